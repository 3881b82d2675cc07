// LeadCodec, text and JSON to a lead and back, on a real workspace
// (fuzzworkspace.h). The input is a JSON object {"field": value, …} (the
// shape `LeadCodec::toJson` writes and scripts send back), or else lines of
// FIELD=VALUE (the CLI's `lead add` / `lead set`); a first byte '!' parses
// without creating missing tags, functions and lists. Any input: no crash,
// no hang. Where the input decodes into a lead (after dropping the
// assignments it refuses, as a person would correct them):
//  - the codec's export text of every field parses back into the same value
//    (a decimal: into one with the same export text, 15 digits);
//  - the lead's JSON (toJson), read back field by field, gives the same lead
//    and the same JSON again;
//  - displayText of every field is not empty when the value is not blank.
#include "fuzzworkspace.h"

#include "leadcodec.h"
#include "leadfield.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

namespace {

using Assignments = QList<std::pair<QString, QString>>;

/// A JSON value as the text of an assignment: what a script means by it.
QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts << jsonText(item);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

/// The fields a person may type, from a JSON object in its key order.
Assignments fromJson(const QJsonObject &o, bool typedOnly)
{
    Assignments out;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (typedOnly) {
            const LeadField *f = leadField(it.key());
            if (!f || f->readOnly)
                continue;
        }
        out << std::pair{it.key(), jsonText(it.value())};
    }
    return out;
}

Assignments fromLines(const QString &text)
{
    Assignments out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        out << (eq < 0 ? std::pair{line, QString()} : std::pair{line.left(eq), line.mid(eq + 1)});
    }
    return out;
}

/// `assignments` in leadFields() order, so that a sales direction comes
/// before its product whatever the order of the input.
Assignments inFieldOrder(const Assignments &assignments)
{
    Assignments out;
    for (const LeadField &f : leadFields())
        for (const auto &[key, text] : assignments)
            if (key == f.key)
                out << std::pair{key, text};
    return out;
}

QString describeValue(const QVariant &v)
{
    if (v.canConvert<QList<qint64>>() && v.userType() == qMetaTypeId<QList<qint64>>()) {
        QStringList ids;
        for (qint64 id : v.value<QList<qint64>>())
            ids << QString::number(id);
        return QStringLiteral("[%1]").arg(ids.join(QLatin1Char(',')));
    }
    if (v.userType() == QMetaType::QStringList)
        return QStringLiteral("[%1]").arg(v.toStringList().join(QStringLiteral("|")));
    return QStringLiteral("%1(%2)").arg(QString::fromLatin1(v.typeName()), v.toString());
}

/// Whether two values of `f` are the same to the codec.
bool same(const LeadCodec &codec, const LeadField &f, const QVariant &a, const QVariant &b, bool exact)
{
    if (f.kind == FieldKind::Decimal && !exact)
        return codec.exportText(f, a) == codec.exportText(f, b);
    if (f.kind == FieldKind::Decimal || f.kind == FieldKind::DateTime || f.kind == FieldKind::Date)
        return a.isNull() == b.isNull() && (a.isNull() || a == b);
    return a == b;
}

void compareLeads(const LeadCodec &codec, const Lead &expected, const Lead &got, bool exact, const char *how)
{
    for (const LeadField &f : leadFields()) {
        if (f.readOnly)
            continue;
        const QVariant a = f.get(expected);
        const QVariant b = f.get(got);
        if (!same(codec, f, a, b, exact))
            qFatal("%s: field %s was %s, read back %s", how, qPrintable(f.key), qPrintable(describeValue(a)),
                   qPrintable(describeValue(b)));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool createMissing = !text.startsWith(QLatin1Char('!'));
    if (!createMissing)
        text.remove(0, 1);

    FuzzWorkspace::Input input;
    LeadCodec &codec = input.ws().codec();

    Assignments assignments;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        assignments = fromJson(doc.object(), false);
    else
        assignments = fromLines(text);
    if (assignments.size() > 64)
        return 0;

    auto decoded = codec.apply(Lead{}, assignments, createMissing);
    if (!decoded) {
        // Drop what was refused (unknown and read-only fields, values that
        // do not parse) and take the rest, as a person correcting them would.
        QSet<QString> refused;
        for (const Problem &p : decoded.problems())
            refused.insert(p.field);
        Assignments kept;
        for (const auto &[key, value] : std::as_const(assignments)) {
            const LeadField *f = leadField(key.trimmed());
            if (f && !f->readOnly && !refused.contains(f->key) && !refused.contains(key))
                kept << std::pair{key, value};
        }
        decoded = codec.apply(Lead{}, kept, createMissing);
        if (!decoded)
            return 0; // a value that parses alone and not after another (a product of another direction)
    }
    const Lead lead = decoded.value();

    for (const LeadField &f : leadFields()) {
        const QVariant v = f.get(lead);
        const QString shown = codec.displayText(f, v);
        if (!f.isBlank(lead) && shown.isEmpty() && f.kind != FieldKind::Html && f.kind != FieldKind::Text)
            qFatal("field %s holds %s but displays as nothing", qPrintable(f.key), qPrintable(describeValue(v)));
    }

    // The export text of every field parses back (nothing is created now:
    // what the lead names exists).
    Assignments exported;
    for (const LeadField &f : leadFields())
        if (!f.readOnly)
            exported << std::pair{f.key, codec.exportText(f, f.get(lead))};
    auto fromText = codec.apply(Lead{}, exported, false);
    if (!fromText)
        qFatal("the export text of a decoded lead does not parse back: %s", qPrintable(fromText.errorText()));
    compareLeads(codec, lead, fromText.value(), false, "export text");

    // The JSON of the lead reads back into the same lead, and the same JSON.
    const QJsonObject json = codec.toJson(lead);
    auto fromJsonLead = codec.apply(Lead{}, inFieldOrder(fromJson(json, true)), false);
    if (!fromJsonLead)
        qFatal("the JSON of a decoded lead does not read back: %s\n%s", qPrintable(fromJsonLead.errorText()),
               QJsonDocument(json).toJson().constData());
    compareLeads(codec, lead, fromJsonLead.value(), true, "JSON");
    const QJsonObject again = codec.toJson(fromJsonLead.value());
    if (again != json)
        qFatal("the JSON of a lead read back from JSON differs:\n%s\n%s", QJsonDocument(json).toJson().constData(),
               QJsonDocument(again).toJson().constData());
    return 0;
}
