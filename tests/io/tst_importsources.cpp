// ImportSource: the exports of the tools users leave, recognised by their
// headers (data-driven over tests/data/imports/<folder>/expected.json), every
// column given a target, vendor values mapped to the default statuses and
// sources, and each fixture's bytes what its expected.json claims.
#include "importmapping.h"
#include "importsources.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>
#include <QTest>

namespace {

QString importsDir()
{
    return QStringLiteral(QUARRY_TEST_DATA_DIR "/imports");
}

QJsonObject expectedOf(const QString &folder)
{
    QFile f(importsDir() + QLatin1Char('/') + folder + QStringLiteral("/expected.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// Every fixture folder with an expected.json of a text file (a "delimiter").
QStringList textFixtures()
{
    QStringList out;
    const QDir dir(importsDir());
    for (const QString &folder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QJsonObject e = expectedOf(folder);
        if (!e.isEmpty() && e.contains(QStringLiteral("delimiter")) && e.contains(QStringLiteral("headers")))
            out << folder;
    }
    return out;
}

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

/// The single-byte code pages of the fixtures, decoded by hand (Qt decodes
/// UTF-8, UTF-16 and Latin-1 only without ICU's help).
QString decodeSingleByte(const QByteArray &bytes, const QString &encoding)
{
    static const char16_t cp1252[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString out;
    out.reserve(bytes.size());
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        char16_t c = b;
        if (encoding == QLatin1String("Windows-1252") && b >= 0x80 && b < 0xA0) {
            c = cp1252[b - 0x80];
        } else if (encoding == QLatin1String("ISO-8859-15")) {
            switch (b) {
            case 0xA4: c = 0x20AC; break;
            case 0xA6: c = 0x0160; break;
            case 0xA8: c = 0x0161; break;
            case 0xB4: c = 0x017D; break;
            case 0xB8: c = 0x017E; break;
            case 0xBC: c = 0x0152; break;
            case 0xBD: c = 0x0153; break;
            case 0xBE: c = 0x0178; break;
            default: break;
            }
        }
        out.append(QChar(c));
    }
    return out;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder d(QStringDecoder::Utf8);
    const QString s = d.decode(bytes);
    Q_UNUSED(s);
    return !d.hasError();
}

/// The cells of one physical line (the header lines of the fixtures hold no
/// quoted delimiter or line break).
QStringList splitLine(const QString &line, QChar delimiter)
{
    QStringList out;
    for (QString cell : line.split(delimiter)) {
        if (cell.size() >= 2 && cell.startsWith(QLatin1Char('"')) && cell.endsWith(QLatin1Char('"')))
            cell = cell.mid(1, cell.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        out << cell;
    }
    return out;
}

const QSet<QString> &nonFieldTargets()
{
    static const QSet<QString> set{QStringLiteral("full_name"), QStringLiteral("name_prefix"),
                                   QStringLiteral("name_suffix"), QStringLiteral("street_2"), QStringLiteral("extras")};
    return set;
}

} // namespace

class TestImportSources : public QObject
{
    Q_OBJECT

private slots:
    void fixturesExist()
    {
        const QStringList folders = textFixtures();
        for (const char *f : {"google-contacts", "google-contacts-legacy", "outlook-en", "outlook-fr", "outlook-de",
                              "hubspot", "salesforce-dataloader", "salesforce-report", "linkedin-connections", "pipedrive",
                              "zoho-crm", "odoo", "espocrm", "excel-unicode-text", "utf16be-bom", "utf16le-nobom",
                              "excel-csv-1252", "iso-8859-15", "pipe-separated"})
            QVERIFY2(folders.contains(QLatin1String(f)), f);
    }

    void recognised_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QString>("source");
        for (const QString &folder : textFixtures()) {
            const QJsonObject e = expectedOf(folder);
            QTest::addRow("%s", qPrintable(folder))
                << stringsOf(e.value(QStringLiteral("headers"))) << e.value(QStringLiteral("source")).toString();
        }
    }

    /// Each fixture's headers are recognised as its source, and those of no
    /// known shape as nothing.
    void recognised()
    {
        QFETCH(QStringList, headers);
        QFETCH(QString, source);
        const ImportSource *s = recogniseImportSource(headers);
        QCOMPARE(s ? s->id : QString(), source);
        if (s) {
            QVERIFY(!s->name().isEmpty());
            QCOMPARE(ImportSource::byId(source), s);
        }
    }

    void handMadeIsNothing_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addRow("first, last, email") << QStringList{"First Name", "Last Name", "Email"};
        QTest::addRow("spreadsheet") << QStringList{"First Name", "Last Name", "Email", "Company", "Phone", "City", "Country"};
        QTest::addRow("french spreadsheet") << QStringList{"Prénom", "Nom", "Société", "Email", "Téléphone", "Ville"};
        QTest::addRow("name, email, title") << QStringList{"Name", "Email", "Title", "Company", "Lead Source", "Lead Status"};
        QTest::addRow("an id and an owner")
            << QStringList{"ID", "Owner", "First Name", "Last Name", "Company", "Email", "Phone", "Status"};
        QTest::addRow("linkedin without its url")
            << QStringList{"First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"};
        QTest::addRow("two field keys") << QStringList{"first_name", "email"};
        QTest::addRow("empty") << QStringList{};
    }

    void handMadeIsNothing()
    {
        QFETCH(QStringList, headers);
        const ImportSource *s = recogniseImportSource(headers);
        QVERIFY2(!s, qPrintable(s ? s->id : QString()));
    }

    /// The older hand-written fixtures of tests/data/import are real shapes too.
    void olderFixturesRecognised_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("source");
        QTest::addRow("outlook") << "outlook-export.csv" << "outlook";
        QTest::addRow("google legacy") << "google-contacts.csv" << "google-contacts-legacy";
        QTest::addRow("european spreadsheet") << "european-semicolon-cp1252.csv" << "";
        QTest::addRow("duplicates") << "duplicates.csv" << "";
    }

    void olderFixturesRecognised()
    {
        QFETCH(QString, file);
        QFETCH(QString, source);
        QFile f(QStringLiteral(QUARRY_TEST_DATA_DIR "/import/") + file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        QByteArray line = f.readLine().trimmed();
        if (line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        const QString text = QString::fromLatin1(line);
        const QChar delimiter = text.count(QLatin1Char(';')) > text.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
        const ImportSource *s = recogniseImportSource(splitLine(text, delimiter));
        QCOMPARE(s ? s->id : QString(), source);
    }

    void quarryExportRecognised()
    {
        const ImportSource *s = recogniseImportSource({"id", "first_name", "last_name", "company", "email", "created_at"});
        QVERIFY(s);
        QCOMPARE(s->id, QStringLiteral("quarry"));
        QCOMPARE(s->targetOf(QStringLiteral("email")), std::optional<QString>(QStringLiteral("email")));
        QCOMPARE(s->targetOf(QStringLiteral("id")), std::optional<QString>(QString()));
        QCOMPARE(s->targetOf(QStringLiteral("Email")), std::optional<QString>());
    }

    void everyColumnHasATarget_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("unmapped");
        for (const QString &folder : textFixtures()) {
            const QJsonObject e = expectedOf(folder);
            QTest::addRow("%s", qPrintable(folder)) << stringsOf(e.value(QStringLiteral("headers")))
                                                    << e.value(QStringLiteral("source")).toString()
                                                    << stringsOf(e.value(QStringLiteral("unmapped_columns")));
        }
    }

    /// Every header gets a target from the shape or from the generic matcher:
    /// only the ones expected.json lists as unmapped are not imported.
    void everyColumnHasATarget()
    {
        QFETCH(QStringList, headers);
        QFETCH(QString, source);
        QFETCH(QStringList, unmapped);
        const ImportSource *s = source.isEmpty() ? nullptr : ImportSource::byId(source);
        QCOMPARE(!s, source.isEmpty());
        const QList<std::optional<QString>> shaped = s ? s->targetsOf(headers) : QList<std::optional<QString>>(headers.size());
        QCOMPARE(shaped.size(), headers.size());
        const ImportMapping generic = ImportMapping::autoMatch(headers);
        QStringList targetFields = ImportMapping::targetFields();
        QStringList notImported;
        QStringList unknown;
        for (int i = 0; i < headers.size(); ++i) {
            const QString target = shaped.at(i) ? *shaped.at(i) : generic.field(i);
            if (!shaped.at(i) && target.isEmpty())
                unknown << headers.at(i);
            else if (target.isEmpty())
                notImported << headers.at(i);
            else
                QVERIFY2(targetFields.contains(target) || nonFieldTargets().contains(target),
                         qPrintable(headers.at(i) + QStringLiteral(" → ") + target));
        }
        // A shape names each of its columns: the generic matcher is for the others.
        if (s)
            QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QStringLiteral(", "))));
        QCOMPARE(notImported + unknown, unmapped);
    }

    void encoding_data()
    {
        QTest::addColumn<QString>("folder");
        for (const QString &folder : textFixtures())
            QTest::addRow("%s", qPrintable(folder)) << folder;
    }

    /// The bytes of each input file are what expected.json says: its
    /// encoding (byte order mark, NUL bytes, not UTF-8 for the code pages),
    /// and its header line, decoded and split, is expected.json's "headers".
    void encoding()
    {
        QFETCH(QString, folder);
        const QJsonObject e = expectedOf(folder);
        QFile f(importsDir() + QLatin1Char('/') + folder + QLatin1Char('/') + e.value(QStringLiteral("file")).toString());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 16);
        const QString encoding = e.value(QStringLiteral("encoding")).toString();
        QString text;
        if (encoding == QLatin1String("UTF-8")) {
            QVERIFY(isValidUtf8(bytes));
            text = QString::fromUtf8(bytes);
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
        } else if (encoding == QLatin1String("UTF-16LE") || encoding == QLatin1String("UTF-16BE")) {
            const bool le = encoding == QLatin1String("UTF-16LE");
            const bool bom = bytes.startsWith(le ? "\xFF\xFE" : "\xFE\xFF");
            if (!bom) {
                // No BOM: recognised by the NUL byte of each ASCII character.
                QVERIFY(!bytes.startsWith(le ? "\xFE\xFF" : "\xFF\xFE"));
                QCOMPARE(bytes.at(le ? 1 : 0), '\0');
                QVERIFY(bytes.at(le ? 0 : 1) != '\0');
            }
            QVERIFY(bytes.size() % 2 == 0);
            QStringDecoder d(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
            text = d.decode(bom ? bytes.mid(2) : bytes);
            QVERIFY(!d.hasError());
        } else if (encoding == QLatin1String("Windows-1252") || encoding == QLatin1String("ISO-8859-15")
                   || encoding == QLatin1String("ISO-8859-1")) {
            QVERIFY2(!isValidUtf8(bytes), "an 8-bit file with accents is not valid UTF-8");
            QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
            QVERIFY(!bytes.contains('\0'));
            text = decodeSingleByte(bytes, encoding);
            if (encoding == QLatin1String("ISO-8859-15")) {
                QVERIFY(bytes.contains('\xA4')); // €
                QVERIFY(bytes.contains('\xBD')); // œ
                QVERIFY(text.contains(QChar(0x20AC)));
                QVERIFY(text.contains(QChar(0x0153)));
            }
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown encoding ") + encoding));
        }
        QVERIFY2(!text.contains(QChar(0xFFFD)), "undecodable bytes");
        const int headerLine = e.value(QStringLiteral("header_line")).toInt(1);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY(lines.size() > headerLine);
        QString header = lines.at(headerLine - 1);
        if (header.endsWith(QLatin1Char('\r')))
            header.chop(1);
        const QString delimiter = e.value(QStringLiteral("delimiter")).toString();
        QCOMPARE(delimiter.size(), 1);
        QCOMPARE(splitLine(header, delimiter.at(0)), stringsOf(e.value(QStringLiteral("headers"))));
        // The leads and the counts agree with each other.
        const QJsonObject counts = e.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("imported")).toInt(), e.value(QStringLiteral("leads")).toArray().size());
        QCOMPARE(counts.value(QStringLiteral("rejected")).toInt(), e.value(QStringLiteral("rejected")).toArray().size());
    }

    /// The Outlook fixtures are byte for byte Outlook's: every field quoted,
    /// CRLF, no byte order mark.
    void outlookFraming()
    {
        for (const char *folder : {"outlook-en", "outlook-fr", "outlook-de"}) {
            QFile f(importsDir() + QLatin1Char('/') + QLatin1String(folder) + QStringLiteral("/input.csv"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(bytes.startsWith("\""));
            QVERIFY(bytes.endsWith("\"\r\n"));
            QCOMPARE(bytes.count("\n"), bytes.count("\r\n"));
            QVERIFY(bytes.contains("\"0/0/00\"") || bytes.contains("\"0.0.00\""));
        }
    }

    void targets_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QStringList>("targets"); // "?" : unknown to the shape

        QTest::addRow("French Outlook's two Titre")
            << "outlook" << QStringList{"Titre", "Prénom", "Nom", "Titre", "Rue (bureau) 2", "Rue (bureau) 3", "Suffixe"}
            << QStringList{"name_prefix", "first_name", "last_name", "job_title", "street_2", "street_2", "name_suffix"};
        QTest::addRow("English Outlook")
            << "outlook" << QStringList{"Title", "Job Title", "Business Street 2", "Business Street 3", "Suffix", "E-mail 3 Address",
                                        "E-mail 2 Type", "Birthday", "Home Street 2"}
            << QStringList{"name_prefix", "job_title", "street_2", "street_2", "name_suffix", "email", "", "extras", "extras"};
        QTest::addRow("German Outlook")
            << "outlook" << QStringList{"Anrede", "Position", "Straße geschäftlich 2", "Ort", "Ort geschäftlich", "E-Mail 2: Adresse"}
            << QStringList{"name_prefix", "job_title", "street_2", "extras", "city", "email"};
        QTest::addRow("Google numbered groups")
            << "google-contacts"
            << QStringList{"E-mail 3 - Value", "Phone 4 - Value", "Address 1 - Street", "Address 2 - Street", "Website 2 - Value",
                           "Phone 3 - Label", "Something Else"}
            << QStringList{"email", "phone", "street", "extras", "extras", "", "?"};
        QTest::addRow("Salesforce API names in any case")
            << "salesforce-dataloader" << QStringList{"Id", "FirstName", "LEADSOURCE", "OwnerId", "NumberOfEmployees"}
            << QStringList{"external_client_id", "first_name", "source", "extras", "company_size"};
    }

    void targets()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, headers);
        QFETCH(QStringList, targets);
        const ImportSource *s = ImportSource::byId(source);
        QVERIFY(s);
        QStringList got;
        for (const std::optional<QString> &t : s->targetsOf(headers))
            got << (t ? *t : QStringLiteral("?"));
        QCOMPARE(got, targets);
        QCOMPARE(s->targetOf(headers.first()), std::optional<QString>(targets.first()));
    }

    void nearestStatus_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("status");
        const QString tbp = QStringLiteral("To be processed");
        const QString mq = QStringLiteral("Marketing qualification");
        const QString sq = QStringLiteral("Sales qualification");
        const QString nur = QStringLiteral("Nurturing");
        const QString lost = QStringLiteral("Lost");
        QTest::addRow("Salesforce open") << "Open - Not Contacted" << tbp;
        QTest::addRow("Salesforce working") << "Working - Contacted" << mq;
        QTest::addRow("Salesforce converted") << "Closed - Converted" << QString();
        QTest::addRow("Salesforce not converted") << "Closed - Not Converted" << lost;
        QTest::addRow("HubSpot new") << "NEW" << tbp;
        QTest::addRow("HubSpot open") << "Open" << tbp;
        QTest::addRow("HubSpot in progress") << "In Progress" << mq;
        QTest::addRow("HubSpot open deal") << "Open Deal" << sq;
        QTest::addRow("HubSpot open deal, internal") << "OPEN_DEAL" << sq;
        QTest::addRow("HubSpot unqualified") << "Unqualified" << lost;
        QTest::addRow("HubSpot attempted") << "Attempted to Contact" << mq;
        QTest::addRow("HubSpot connected") << "Connected" << mq;
        QTest::addRow("HubSpot bad timing") << "Bad Timing" << nur;
        QTest::addRow("HubSpot MQL") << "Marketing Qualified Lead" << mq;
        QTest::addRow("HubSpot SQL") << "Sales Qualified Lead" << sq;
        QTest::addRow("HubSpot subscriber") << "Subscriber" << nur;
        QTest::addRow("HubSpot customer") << "Customer" << QString();
        QTest::addRow("Zoho contacted") << "Contacted" << mq;
        QTest::addRow("Zoho future") << "Contact in Future" << nur;
        QTest::addRow("Zoho junk") << "Junk Lead" << lost;
        QTest::addRow("Zoho lost") << "Lost Lead" << lost;
        QTest::addRow("Zoho not contacted") << "Not Contacted" << tbp;
        QTest::addRow("Zoho pre-qualified") << "Pre-Qualified" << sq;
        QTest::addRow("Zoho not qualified") << "Not Qualified" << lost;
        QTest::addRow("EspoCRM assigned") << "Assigned" << tbp;
        QTest::addRow("EspoCRM in process") << "In Process" << mq;
        QTest::addRow("EspoCRM recycled") << "Recycled" << nur;
        QTest::addRow("EspoCRM dead") << "Dead" << lost;
        QTest::addRow("EspoCRM converted") << "Converted" << QString();
        QTest::addRow("Odoo qualified") << "Qualified" << sq;
        QTest::addRow("Odoo proposition") << "Proposition" << sq;
        QTest::addRow("Odoo won") << "Won" << QString();
        QTest::addRow("nurture") << "Nurture" << nur;
        QTest::addRow("working") << "Working" << mq;
        QTest::addRow("french new") << "Nouveau" << tbp;
        QTest::addRow("french in progress") << "En cours" << mq;
        QTest::addRow("french qualified") << "Qualifié" << sq;
        QTest::addRow("french lost") << "Perdu" << lost;
        QTest::addRow("default to be processed") << "To be processed" << tbp;
        QTest::addRow("default marketing") << "Marketing qualification" << mq;
        QTest::addRow("default sales") << "Sales qualification" << sq;
        QTest::addRow("default nurturing") << "Nurturing" << nur;
        QTest::addRow("default lost") << "Lost" << lost;
        QTest::addRow("nothing") << "Blue" << QString();
        QTest::addRow("empty") << "" << QString();
    }

    void nearestStatus()
    {
        QFETCH(QString, value);
        QFETCH(QString, status);
        QCOMPARE(nearestDefaultStatus(value), status);
        QCOMPARE(ImportSource::byId(QStringLiteral("hubspot"))->valueFor(QStringLiteral("status"), value), status);
    }

    void valueFor_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("web") << "salesforce-dataloader" << "source" << "Web" << "Website contact form";
        QTest::addRow("web site") << "espocrm" << "source" << "Web Site" << "Website contact form";
        QTest::addRow("web download") << "zoho" << "source" << "Web Download" << "Website contact form";
        QTest::addRow("web research") << "zoho" << "source" << "Web Research" << "";
        QTest::addRow("trade show") << "salesforce-report" << "source" << "Trade Show" << "Trade show";
        QTest::addRow("partner referral") << "salesforce-report" << "source" << "Partner Referral" << "Partner";
        QTest::addRow("employee referral") << "zoho" << "source" << "Employee Referral" << "Referral";
        QTest::addRow("hubspot referrals") << "hubspot" << "source" << "Referrals" << "Referral";
        QTest::addRow("cold call") << "zoho" << "source" << "Cold Call" << "Cold call";
        QTest::addRow("phone inquiry") << "salesforce-dataloader" << "source" << "Phone Inquiry" << "";
        QTest::addRow("purchased list") << "salesforce-dataloader" << "source" << "Purchased List" << "";
        QTest::addRow("webinar") << "hubspot" << "source" << "Webinar" << "Webinar";
        QTest::addRow("french fair") << "odoo" << "source" << "Salon" << "Trade show";
        QTest::addRow("size 120") << "salesforce-dataloader" << "company_size" << "120" << "51-200";
        QTest::addRow("size 8") << "zoho" << "company_size" << "8" << "1-10";
        QTest::addRow("size 1,200") << "hubspot" << "company_size" << "1,200" << "1001+";
        QTest::addRow("size range") << "hubspot" << "company_size" << "201-500" << "201-500";
        QTest::addRow("size words") << "hubspot" << "company_size" << "many" << "";
        QTest::addRow("industry") << "salesforce-dataloader" << "industry" << "Healthcare" << "";
    }

    void valueFor()
    {
        QFETCH(QString, source);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const ImportSource *s = ImportSource::byId(source);
        QVERIFY(s);
        QCOMPARE(s->valueFor(field, value), expected);
        if (field == QLatin1String("source"))
            QCOMPARE(nearestDefaultSource(value), expected);
    }

    void placeholders()
    {
        const ImportSource *outlook = ImportSource::byId(QStringLiteral("outlook"));
        QVERIFY(outlook->isPlaceholder(QStringLiteral("Birthday"), QStringLiteral("0/0/00")));
        QVERIFY(!outlook->isPlaceholder(QStringLiteral("Birthday"), QStringLiteral("3/14/1972")));
        QVERIFY(outlook->isPlaceholder(QStringLiteral("Gender"), QStringLiteral("Unspecified")));
        QVERIFY(outlook->isPlaceholder(QStringLiteral("Sexe"), QStringLiteral("Non spécifié")));
        QVERIFY(outlook->isPlaceholder(QStringLiteral("Geburtstag"), QStringLiteral("0.0.00")));
        QVERIFY(outlook->isPlaceholder(QStringLiteral("Privat"), QStringLiteral("Aus")));
        QVERIFY(!outlook->isPlaceholder(QStringLiteral("Notes"), QStringLiteral("Normal")));
        const ImportSource *google = ImportSource::byId(QStringLiteral("google-contacts"));
        QVERIFY(google->isPlaceholder(QStringLiteral("Labels"), QStringLiteral("* myContacts")));
        QVERIFY(google->isPlaceholder(QStringLiteral("Labels"), QStringLiteral("* starred")));
        QVERIFY(!google->isPlaceholder(QStringLiteral("Labels"), QStringLiteral("Expo 2026")));
        const ImportSource *legacy = ImportSource::byId(QStringLiteral("google-contacts-legacy"));
        QVERIFY(legacy->isPlaceholder(QStringLiteral("Group Membership"), QStringLiteral("* My Contacts")));
    }
};

QTEST_GUILESS_MAIN(TestImportSources)
#include "tst_importsources.moc"
