#include "leadcodec.h"

#include "fieldlimits.h"
#include "normalize.h"
#include "referencerepository.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("LeadCodec", s); }

/// Rich text reduced to its plain words, for the timeline and tables.
QString plainText(const QString &html)
{
    QString text = html;
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.replace(QRegularExpression(QStringLiteral("<(br|/p|/div|/li)[^>]*>"), QRegularExpression::CaseInsensitiveOption),
                 QStringLiteral(" "));
    text.remove(tags);
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.simplified();
}

QString formatNumber(double v)
{
    return QString::number(v, 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}
} // namespace

QStringList splitList(const QString &text)
{
    // Separators: ',', ';', a line end, and Google Contacts' " ::: " (the
    // spaces go with the trimming). Scanned by hand, not with a regular
    // expression: PCRE matches nothing in a text that is not valid UTF-16 (a
    // lone surrogate, which a UTF-16 file can carry), and the whole cell
    // came back as one item, separators and all.
    QStringList out;
    auto take = [&out](QStringView part) {
        if (const QStringView t = part.trimmed(); !t.isEmpty())
            out << t.toString();
    };
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\n')) {
            take(QStringView(text).mid(start, i - start));
            start = ++i;
        } else if (c == QLatin1Char(':') && QStringView(text).mid(i, 3) == QLatin1String(":::")) {
            take(QStringView(text).mid(start, i - start));
            start = i += 3;
        } else {
            ++i;
        }
    }
    take(QStringView(text).mid(start));
    return out;
}

LeadCodec::LeadCodec(Workspace &ws) : m_ws(ws) {}

QString LeadCodec::referenceName(RefKind kind, qint64 id) const
{
    if (id == 0)
        return {};
    switch (kind) {
    case RefKind::User: {
        const auto u = m_ws.users().find(id);
        return u ? u->name : QString::number(id);
    }
    case RefKind::Status: {
        const auto s = m_ws.statuses().find(id);
        return s ? s->name : QString::number(id);
    }
    case RefKind::Partner:
    case RefKind::Contact: {
        const QString name = recordName(m_ws.database(), kind, id);
        return name.isEmpty() ? QString::number(id) : name;
    }
    case RefKind::None:
        return QString::number(id);
    default: {
        const QString name = m_ws.references().nameOf(kind, id);
        return name.isEmpty() ? QString::number(id) : name;
    }
    }
}

QString LeadCodec::displayText(const LeadField &field, const QVariant &value) const
{
    switch (field.kind) {
    case FieldKind::Text: return value.toString();
    case FieldKind::Html: return plainText(value.toString());
    case FieldKind::Bool: return value.toBool() ? tr("yes") : tr("no");
    case FieldKind::Int: return QString::number(value.toInt());
    case FieldKind::Decimal: return value.isNull() ? QString() : formatNumber(value.toDouble());
    case FieldKind::Date: return value.toDate().toString(Qt::ISODate);
    case FieldKind::DateTime: return value.toDateTime().isValid() ? value.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    case FieldKind::Reference: return referenceName(field.ref, value.toLongLong());
    case FieldKind::Choice: return value.toString().isEmpty() ? QString() : field.choiceLabel(value.toString());
    case FieldKind::EmailList:
    case FieldKind::PhoneList: return value.toStringList().join(QStringLiteral(", "));
    case FieldKind::RefList: {
        QStringList names;
        for (qint64 id : value.value<QList<qint64>>())
            names << referenceName(field.ref, id);
        return names.join(QStringLiteral(", "));
    }
    }
    return value.toString();
}

QString LeadCodec::exportText(const LeadField &field, const QVariant &value) const
{
    switch (field.kind) {
    case FieldKind::Html: return value.toString();
    case FieldKind::Bool: return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case FieldKind::Choice: return value.toString();
    case FieldKind::DateTime: return value.toDateTime().isValid() ? Database::timestamp(value.toDateTime()) : QString();
    case FieldKind::Decimal: return value.isNull() ? QString() : QString::number(value.toDouble(), 'g', 15);
    case FieldKind::Reference:
        if (field.ref == RefKind::User) {
            const auto u = m_ws.users().find(value.toLongLong());
            return u ? u->login : QString();
        }
        if (field.ref == RefKind::Country) {
            const auto c = m_ws.references().find(RefKind::Country, value.toLongLong());
            return c ? c->code : QString();
        }
        return displayText(field, value);
    default: return displayText(field, value);
    }
}

QJsonValue LeadCodec::toJson(const LeadField &field, const QVariant &value) const
{
    switch (field.kind) {
    case FieldKind::Bool: return value.toBool();
    case FieldKind::Int: return value.toInt();
    case FieldKind::Decimal: return value.isNull() ? QJsonValue() : QJsonValue(value.toDouble());
    case FieldKind::Date: return value.toDate().isValid() ? QJsonValue(value.toDate().toString(Qt::ISODate)) : QJsonValue();
    case FieldKind::DateTime: return value.toDateTime().isValid() ? QJsonValue(Database::timestamp(value.toDateTime())) : QJsonValue();
    case FieldKind::Reference:
        if (value.toLongLong() == 0)
            return QJsonValue();
        if (field.ref == RefKind::None)
            return value.toLongLong();
        return exportText(field, value);
    case FieldKind::EmailList:
    case FieldKind::PhoneList: return QJsonArray::fromStringList(value.toStringList());
    case FieldKind::RefList: {
        QJsonArray names;
        for (qint64 id : value.value<QList<qint64>>())
            names << referenceName(field.ref, id);
        return names;
    }
    case FieldKind::Choice: return value.toString().isEmpty() ? QJsonValue() : QJsonValue(value.toString());
    default: return value.toString();
    }
}

QJsonObject LeadCodec::toJson(const Lead &lead) const
{
    QJsonObject o;
    for (const LeadField &f : leadFields())
        o.insert(f.key, toJson(f, f.get(lead)));
    o.insert(QStringLiteral("id"), lead.id);
    o.insert(QStringLiteral("version"), lead.version);
    o.insert(QStringLiteral("display_name"), lead.displayName());
    o.insert(QStringLiteral("merged_into"), lead.mergedInto ? QJsonValue(lead.mergedInto) : QJsonValue());
    if (lead.deletedAt.isValid()) // in the trash (leads --menu trash)
        o.insert(QStringLiteral("deleted_at"), lead.deletedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!lead.convertedContactIds.isEmpty()) {
        QJsonArray contacts;
        for (qint64 id : lead.convertedContactIds)
            contacts << id;
        o.insert(QStringLiteral("converted_contacts"), contacts);
    }
    return o;
}

Result<QVariant> LeadCodec::parse(const LeadField &field, const QString &text, const Lead &context, bool createMissing)
{
    const QString t = text.trimmed();
    const QString label = field.translatedLabel();
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::Html:
        return QVariant(field.kind == FieldKind::Html ? text : t);
    case FieldKind::Bool: {
        const QString v = t.toLower();
        if (v.isEmpty() || QStringList{QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("n"), QStringLiteral("non")}.contains(v))
            return QVariant(false);
        if (QStringList{QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("oui")}.contains(v))
            return QVariant(true);
        return Result<QVariant>::failure(field.key, tr("%1: \"%2\" is not yes or no.").arg(label, t));
    }
    case FieldKind::Int: {
        if (t.isEmpty())
            return QVariant(0);
        bool ok = false;
        const int n = t.toInt(&ok);
        if (!ok)
            return Result<QVariant>::failure(field.key, tr("%1: \"%2\" is not a whole number.").arg(label, t));
        return QVariant(n);
    }
    case FieldKind::Decimal: {
        if (t.isEmpty())
            return QVariant();
        QString n = t;
        n.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
        if (n.contains(QLatin1Char(',')) && !n.contains(QLatin1Char('.')))
            n.replace(QLatin1Char(','), QLatin1Char('.'));
        else
            n.remove(QLatin1Char(','));
        // Qt reads "nan" and "inf" as numbers, and an overflow ("1e999") as
        // an infinity: none of them is an amount or a coordinate.
        bool ok = false;
        const double d = n.toDouble(&ok);
        if (std::isnan(d) || (!ok && !std::isinf(d)))
            return Result<QVariant>::failure(field.key, tr("%1: \"%2\" is not a number.").arg(label, t));
        if (std::isinf(d) || std::fabs(d) > FieldLimits::MaxAmount)
            return Result<QVariant>::failure(field.key, tr("%1: \"%2\" is out of range (from -%3 to %3).")
                                                            .arg(label, t, QLocale().toString(FieldLimits::MaxAmount, 'f', 0)));
        return QVariant(d);
    }
    case FieldKind::Date: {
        if (t.isEmpty())
            return QVariant(QDate());
        for (const QString &fmt : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy"),
                                   QStringLiteral("dd.MM.yyyy"), QStringLiteral("yyyy/MM/dd")}) {
            const QDate d = QDate::fromString(t, fmt);
            if (d.isValid())
                return QVariant(d);
        }
        return Result<QVariant>::failure(field.key, tr("%1: \"%2\" is not a date (use YYYY-MM-DD).").arg(label, t));
    }
    case FieldKind::DateTime: {
        if (t.isEmpty())
            return QVariant(QDateTime());
        const QDateTime dt = Database::fromTimestamp(t);
        if (!dt.isValid())
            return Result<QVariant>::failure(field.key, tr("%1: \"%2\" is not a date and time.").arg(label, t));
        return QVariant(dt);
    }
    case FieldKind::Choice: {
        if (t.isEmpty())
            return QVariant(QString());
        const QString key = Normalize::text(t);
        for (const FieldChoice &c : field.choices)
            if (key == QLatin1String(c.key) || key == Normalize::text(QCoreApplication::translate("LeadField", c.label))
                || key == Normalize::text(QString::fromUtf8(c.label)))
                return QVariant(QString::fromLatin1(c.key));
        QStringList keys;
        for (const FieldChoice &c : field.choices)
            keys << QString::fromLatin1(c.key);
        return Result<QVariant>::failure(field.key, tr("%1: \"%2\" is not one of %3.").arg(label, t, keys.join(QStringLiteral(", "))));
    }
    case FieldKind::EmailList:
    case FieldKind::PhoneList:
        return QVariant(splitList(text));
    case FieldKind::RefList: {
        QList<qint64> ids;
        for (const QString &name : splitList(text)) {
            auto id = m_ws.references().resolve(field.ref, name, createMissing);
            if (!id)
                return Result<QVariant>::failure(field.key, id.problems().first().message);
            if (!ids.contains(id.value()))
                ids << id.value();
        }
        return QVariant::fromValue(ids);
    }
    case FieldKind::Reference: {
        if (t.isEmpty())
            return QVariant(qint64(0));
        bool numeric = false;
        const qint64 asId = t.toLongLong(&numeric);
        switch (field.ref) {
        case RefKind::User: {
            const auto u = m_ws.users().resolve(t);
            if (!u)
                return Result<QVariant>::failure(field.key, tr("%1: there is no user \"%2\".").arg(label, t));
            return QVariant(u->id);
        }
        case RefKind::Status: {
            const auto s = m_ws.statuses().findByName(t);
            if (!s)
                return Result<QVariant>::failure(field.key, tr("%1: there is no status \"%2\".").arg(label, t));
            return QVariant(s->id);
        }
        case RefKind::Partner:
        case RefKind::Contact: {
            const qint64 id = numeric ? asId : recordIdByName(m_ws.database(), field.ref, Normalize::text(t));
            if (id == 0 || !referenceExists(m_ws.database(), field.ref, id))
                return Result<QVariant>::failure(field.key, tr("%1: there is no %2 \"%3\".")
                                                                .arg(label, field.ref == RefKind::Partner ? tr("company") : tr("contact"), t));
            return QVariant(id);
        }
        case RefKind::None:
            return QVariant(asId);
        default: {
            const qint64 parent = field.ref == RefKind::Product ? context.salesDirectionId : 0;
            auto id = m_ws.references().resolve(field.ref, t, createMissing, parent);
            if (!id)
                return Result<QVariant>::failure(field.key, id.problems().first().message);
            return QVariant(id.value());
        }
        }
    }
    }
    return QVariant(t);
}

Result<Lead> LeadCodec::apply(Lead lead, const QList<std::pair<QString, QString>> &assignments, bool createMissing)
{
    Problems problems;
    for (const auto &[key, text] : assignments) {
        const LeadField *f = leadField(key.trimmed());
        if (!f) {
            problems << Problem{key, tr("\"%1\" is not a lead field.").arg(key)};
            continue;
        }
        if (f->readOnly) {
            problems << Problem{f->key, tr("%1 is set by Quarry and cannot be typed.").arg(f->translatedLabel())};
            continue;
        }
        auto value = parse(*f, text, lead, createMissing);
        if (!value) {
            problems << value.problems();
            continue;
        }
        f->set(lead, value.value());
    }
    if (!problems.isEmpty())
        return problems;
    return lead;
}
