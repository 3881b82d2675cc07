#include "fieldlimits.h"

#include "lead.h"
#include "leadfield.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("FieldLimits", s); }

/// Characters as people count them: a surrogate pair (an emoji, a rare
/// ideogram) is one.
qsizetype codePoints(QStringView text)
{
    qsizetype n = text.size();
    for (QChar c : text)
        if (c.isLowSurrogate())
            --n;
    return n;
}

/// Free-text lead fields that hold sentences on several lines (the lead
/// form edits them in a multi-line editor).
bool isMultiLineLeadField(const QString &key)
{
    static const QStringList keys = {QStringLiteral("description"), QStringLiteral("requirements"),
                                     QStringLiteral("implementation_options"), QStringLiteral("terms_comment"),
                                     QStringLiteral("selection_criteria"), QStringLiteral("criteria_compliance"),
                                     QStringLiteral("deal_comment"), QStringLiteral("decision_influence"),
                                     QStringLiteral("goal"), QStringLiteral("lost_comment"),
                                     QStringLiteral("extras")};
    return keys.contains(key);
}
} // namespace

int FieldLimits::maxLength(TextShape shape)
{
    switch (shape) {
    case TextShape::Name: return NameLength;
    case TextShape::Email: return EmailLength;
    case TextShape::Phone: return PhoneLength;
    case TextShape::Website: return WebsiteLength;
    case TextShape::Login: return LoginLength;
    case TextShape::ReferenceName: return ReferenceNameLength;
    case TextShape::Code: return CodeLength;
    case TextShape::Line:
    case TextShape::Street: return LineLength;
    case TextShape::MultiLine: return MultiLineLength;
    }
    return LineLength;
}

bool FieldLimits::isMultiLine(TextShape shape)
{
    return shape == TextShape::MultiLine || shape == TextShape::Street;
}

TextShape FieldLimits::shapeOf(const LeadField &field)
{
    if (field.kind == FieldKind::Html || isMultiLineLeadField(field.key))
        return TextShape::MultiLine;
    // The second line of a postal address joins the street (Outlook's
    // Street 2, a vCard ADR): a street may hold line ends, at a line's length.
    if (field.key == QLatin1String("street"))
        return TextShape::Street;
    if (field.kind == FieldKind::EmailList)
        return TextShape::Email;
    if (field.kind == FieldKind::PhoneList || field.key == QLatin1String("mobile"))
        return TextShape::Phone;
    if (field.kind == FieldKind::Choice)
        return TextShape::Code;
    static const QStringList names = {QStringLiteral("title"), QStringLiteral("first_name"), QStringLiteral("middle_name"),
                                      QStringLiteral("last_name"), QStringLiteral("company"), QStringLiteral("city"),
                                      QStringLiteral("region"), QStringLiteral("decision_maker")};
    if (names.contains(field.key))
        return TextShape::Name;
    if (field.key == QLatin1String("website"))
        return TextShape::Website;
    static const QStringList codes = {QStringLiteral("tin"), QStringLiteral("external_client_id"), QStringLiteral("postal_code")};
    if (codes.contains(field.key))
        return TextShape::Code;
    return TextShape::Line;
}

qsizetype FieldLimits::forbiddenCharacter(const QString &text, TextShape shape)
{
    const bool multiLine = isMultiLine(shape);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isControl(c))
            continue;
        if (multiLine && (c == u'\t' || c == u'\n' || c == u'\r'))
            continue;
        return i;
    }
    return -1;
}

Problems FieldLimits::checkText(const QString &field, const QString &label, const QString &text, TextShape shape)
{
    Problems p;
    const int max = maxLength(shape);
    // size() counts UTF-16 units, never fewer than code points: the count is
    // needed only above the limit.
    if (text.size() > max) {
        if (const qsizetype n = codePoints(text); n > max)
            p << Problem{field, tr("%1 is longer than %L2 characters (%L3).").arg(label).arg(max).arg(n)};
    }
    if (const qsizetype at = forbiddenCharacter(text, shape); at >= 0)
        p << Problem{field, tr("%1 holds a control character (U+%2) at position %L3.")
                                .arg(label)
                                .arg(QString::number(text.at(at).unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')))
                                .arg(codePoints(QStringView(text).left(at)) + 1)};
    return p;
}

Problems FieldLimits::checkNumber(const QString &field, const QString &label, const std::optional<double> &value,
                                  double maxMagnitude)
{
    if (!value)
        return {};
    const double v = *value;
    // NaN compares false with everything: without this it passes every range
    // check and is stored as an empty value; an infinity would reach the
    // opportunity's amount.
    if (std::isnan(v))
        return {Problem{field, tr("%1 must be a number.").arg(label)}};
    if (std::isinf(v) || std::fabs(v) > maxMagnitude)
        return {Problem{field, tr("%1 must be between -%2 and %2.").arg(label, QLocale().toString(maxMagnitude, 'f', 0))}};
    return {};
}

Problems FieldLimits::checkLead(const Lead &lead)
{
    // Runs on every row of an import: the shapes are worked out once, and
    // the labels are translated only for a value that is refused.
    static const QList<TextShape> shapes = [] {
        QList<TextShape> out;
        for (const LeadField &f : leadFields())
            out << shapeOf(f);
        return out;
    }();
    auto fine = [](const QString &text, TextShape shape) {
        return text.size() <= maxLength(shape) && forbiddenCharacter(text, shape) < 0;
    };
    Problems p;
    const QList<LeadField> &fields = leadFields();
    for (qsizetype n = 0; n < fields.size(); ++n) {
        const LeadField &f = fields.at(n);
        switch (f.kind) {
        case FieldKind::Text:
        case FieldKind::Html:
        case FieldKind::Choice: {
            const QString text = f.get(lead).toString();
            if (!fine(text, shapes.at(n)))
                p << checkText(f.key, f.translatedLabel(), text, shapes.at(n));
            break;
        }
        case FieldKind::EmailList:
        case FieldKind::PhoneList: {
            const QStringList items = f.get(lead).toStringList();
            for (qsizetype i = 0; i < items.size(); ++i)
                if (!fine(items.at(i), shapes.at(n)))
                    p << checkText(f.key, items.size() == 1 ? f.translatedLabel() : tr("%1 (item %2)").arg(f.translatedLabel()).arg(i + 1),
                                   items.at(i), shapes.at(n));
            break;
        }
        case FieldKind::Decimal: {
            const QVariant v = f.get(lead);
            if (const double d = v.toDouble(); !v.isNull() && !(std::isfinite(d) && std::fabs(d) <= MaxAmount))
                p << checkNumber(f.key, f.translatedLabel(), d);
            break;
        }
        default: break;
        }
    }
    return p;
}
