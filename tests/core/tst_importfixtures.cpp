// Every file under tests/data/imports/<source>/ imported end to end into a
// fresh database and compared with its expected.json: the shape recognised,
// the header row, the encoding and delimiter, the counts, the columns not
// imported, each created lead's values and each rejected row's reason. The
// inputs are the exports of the tools our users leave, byte for byte; the
// expected files say what a demanding user expects of them (see
// tests/data/imports/README.md for the format and where each shape comes
// from).
#include "csvformat.h"
#include "importservice.h"
#include "leadcodec.h"
#include "leadfield.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TestHelpers;

namespace {

QString importsDir()
{
    return QStringLiteral(QUARRY_TEST_DATA_DIR "/imports");
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// Encodings that decode the same bytes the same way for the text these
/// files hold: a Latin-1 file without bytes 0x80-0x9F is Windows-1252 too.
bool sameEncoding(const QString &expected, const QString &actual)
{
    TextEncoding e, a;
    if (!textEncodingFromName(expected, &e) || !textEncodingFromName(actual, &a))
        return false;
    auto family = [](TextEncoding x) {
        return x == TextEncoding::Latin1 ? TextEncoding::Windows1252 : x;
    };
    return family(e) == family(a);
}

/// A value as compared: strings trimmed, numbers as numbers, arrays item by item.
bool sameValue(const QJsonValue &expected, const QJsonValue &actual)
{
    if (expected.isString())
        return actual.isString() && expected.toString().trimmed() == actual.toString().trimmed();
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray(), a = actual.toArray();
        if (!actual.isArray() || e.size() != a.size())
            return false;
        for (qsizetype i = 0; i < e.size(); ++i)
            if (!sameValue(e.at(i), a.at(i)))
                return false;
        return true;
    }
    if (expected.isDouble())
        return actual.isDouble() && qFuzzyCompare(expected.toDouble() + 1.0, actual.toDouble() + 1.0);
    if (expected.isNull())
        return actual.isNull() || (actual.isString() && actual.toString().isEmpty()) || (actual.isDouble() && actual.toDouble() == 0);
    return expected == actual;
}

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

} // namespace

class TestImportFixtures : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir dir(importsDir());
        const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        int n = 0;
        for (const QString &f : folders)
            if (QFile::exists(dir.filePath(f + QStringLiteral("/expected.json")))) {
                QTest::newRow(qPrintable(f)) << dir.filePath(f);
                ++n;
            }
        if (n == 0)
            QTest::newRow("none") << QString();
    }

    void fixtures()
    {
        QFETCH(QString, folder);
        QVERIFY2(!folder.isEmpty(), "no fixture under tests/data/imports");
        const QJsonObject expected = readJson(folder + QStringLiteral("/expected.json"));
        QVERIFY2(!expected.isEmpty(), "expected.json does not parse");
        const QString input = folder + QLatin1Char('/') + expected.value(QStringLiteral("file")).toString();
        QVERIFY2(QFile::exists(input), qPrintable(input));

        TestWorkspace tw;
        Workspace &ws = tw.ws();
        // Leads stored before the import (duplicate cases).
        QList<qint64> before;
        for (const QJsonValue &v : expected.value(QStringLiteral("existing")).toArray()) {
            QList<std::pair<QString, QString>> assignments;
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                QString text;
                if (it.value().isArray()) {
                    QStringList items;
                    for (const QJsonValue &item : it.value().toArray())
                        items << item.toString();
                    text = items.join(QStringLiteral(", "));
                } else {
                    text = it.value().toVariant().toString();
                }
                assignments << std::pair{it.key(), text};
            }
            auto lead = ws.codec().apply(Lead{}, assignments, true);
            QVERIFY2(lead, qPrintable(lead.errorText()));
            before << tw.addLead(lead.value());
        }

        ImportOptions options;
        const QJsonObject o = expected.value(QStringLiteral("options")).toObject();
        options.createMissing = o.value(QStringLiteral("create_missing")).toBool();
        if (o.contains(QStringLiteral("on_duplicate")))
            QVERIFY(duplicatePolicyFromKey(o.value(QStringLiteral("on_duplicate")).toString(), &options.onDuplicate));
        options.headerRow = o.value(QStringLiteral("header_row")).toInteger(0);
        options.sheet = o.value(QStringLiteral("sheet")).toString();
        if (const QString mapping = folder + QStringLiteral("/mapping.json"); QFile::exists(mapping)) {
            auto m = ImportMapping::load(mapping);
            QVERIFY2(m, qPrintable(m.errorText()));
            options.mapping = m.value();
        }
        QTemporaryDir out;
        options.reportPath = out.filePath(QStringLiteral("rejected.csv"));

        auto result = ImportService(ws).run(input, options);
        QVERIFY2(result, qPrintable(result.errorText()));
        const ImportSummary &s = result.value();

        if (expected.contains(QStringLiteral("source")))
            QCOMPARE(s.source, expected.value(QStringLiteral("source")).toString());
        if (expected.contains(QStringLiteral("header_line")))
            QCOMPARE(s.headerLine, expected.value(QStringLiteral("header_line")).toInteger());
        if (expected.contains(QStringLiteral("headers"))) {
            QStringList headers;
            for (const QJsonValue &h : expected.value(QStringLiteral("headers")).toArray())
                headers << h.toString();
            QCOMPARE(s.mapping.headers(), headers);
        }
        if (s.kind == TableKind::Csv && expected.contains(QStringLiteral("encoding")))
            QVERIFY2(sameEncoding(expected.value(QStringLiteral("encoding")).toString(), s.format.encoding),
                     qPrintable(QStringLiteral("read as %1").arg(s.format.encoding)));
        if (s.kind == TableKind::Csv && expected.contains(QStringLiteral("delimiter")))
            QCOMPARE(QString(s.format.delimiter), expected.value(QStringLiteral("delimiter")).toString());
        if (expected.contains(QStringLiteral("unmapped_columns"))) {
            QStringList unmapped;
            for (const QJsonValue &h : expected.value(QStringLiteral("unmapped_columns")).toArray())
                unmapped << h.toString();
            QCOMPARE(s.unmappedColumns, unmapped);
        }

        QStringList rejected;
        for (const RejectedRow &r : s.firstRejected)
            rejected << QStringLiteral("line %1: %2").arg(r.line).arg(r.reason);
        const QJsonObject counts = expected.value(QStringLiteral("counts")).toObject();
        auto count = [&](const char *key) { return counts.value(QLatin1String(key)).toInteger(); };
        const QString got = QStringLiteral("read %1 imported %2 updated %3 skipped %4 rejected %5 (%6)")
                                .arg(s.counts.read)
                                .arg(s.counts.imported)
                                .arg(s.counts.updated)
                                .arg(s.counts.skipped)
                                .arg(s.counts.rejected)
                                .arg(rejected.join(QStringLiteral("; ")));
        QVERIFY2(s.counts.read == count("read") && s.counts.imported == count("imported") && s.counts.updated == count("updated")
                     && s.counts.skipped == count("skipped") && s.counts.rejected == count("rejected"),
                 qPrintable(got));

        for (const QJsonValue &v : expected.value(QStringLiteral("rejected")).toArray()) {
            const QJsonObject r = v.toObject();
            const qint64 line = r.value(QStringLiteral("line")).toInteger();
            const QString reason = r.value(QStringLiteral("reason_contains")).toString();
            bool found = false;
            for (const RejectedRow &row : s.firstRejected)
                found = found || (row.line == line && row.reason.contains(reason, Qt::CaseInsensitive));
            QVERIFY2(found, qPrintable(QStringLiteral("line %1 rejected for \"%2\"; got: %3").arg(line).arg(reason, rejected.join(QStringLiteral("; ")))));
        }

        // The created leads in file order (ids follow it), the existing ones left out.
        QList<Lead> created;
        for (qint64 id : ws.leadRepository().ids(LeadFilter{}))
            if (!before.contains(id))
                created << *ws.leadRepository().find(id);
        std::sort(created.begin(), created.end(), [](const Lead &a, const Lead &b) { return a.id < b.id; });
        const QJsonArray leads = expected.value(QStringLiteral("leads")).toArray();
        QCOMPARE(created.size(), leads.size());
        for (qsizetype i = 0; i < leads.size(); ++i) {
            const QJsonObject want = leads.at(i).toObject();
            const QJsonObject have = ws.codec().toJson(created.at(i));
            for (auto it = want.begin(); it != want.end(); ++it) {
                // "<field>_contains" / "<field>_excludes": pieces of text the
                // field must (not) hold.
                const bool contains = it.key().endsWith(QLatin1String("_contains"));
                const bool excludes = it.key().endsWith(QLatin1String("_excludes"));
                if (contains || excludes) {
                    const QString field = it.key().chopped(contains ? 9 : 9);
                    QVERIFY2(have.contains(field), qPrintable(QStringLiteral("no field %1").arg(field)));
                    const QString text = have.value(field).toString();
                    for (const QJsonValue &piece : it.value().toArray())
                        QVERIFY2(text.contains(piece.toString()) == contains,
                                 qPrintable(QStringLiteral("lead %1 (%2): %3 %4 \"%5\"; it is: %6")
                                                .arg(i + 1)
                                                .arg(created.at(i).displayName(), field,
                                                     contains ? QStringLiteral("lacks") : QStringLiteral("holds"), piece.toString(), text)));
                    continue;
                }
                QVERIFY2(have.contains(it.key()), qPrintable(QStringLiteral("no field %1").arg(it.key())));
                QJsonValue want = it.value(), got = have.value(it.key());
                if (const LeadField *f = leadField(it.key()); f && f->kind == FieldKind::RefList) {
                    // Tags and lists are sets: their order is the ids'.
                    auto sorted = [](const QJsonValue &v) {
                        QStringList items;
                        for (const QJsonValue &x : v.toArray())
                            items << x.toString();
                        items.sort();
                        return QJsonValue(QJsonArray::fromStringList(items));
                    };
                    want = sorted(want);
                    got = sorted(got);
                }
                QVERIFY2(sameValue(want, got),
                         qPrintable(QStringLiteral("lead %1 (%2), %3: expected %4, got %5")
                                        .arg(i + 1)
                                        .arg(created.at(i).displayName(), it.key(), shown(it.value()), shown(have.value(it.key())))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestImportFixtures)
#include "tst_importfixtures.moc"
