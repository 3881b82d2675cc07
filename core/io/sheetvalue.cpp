#include "sheetvalue.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTime>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace SheetValue {

QString number(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == 0)
        return QStringLiteral("0");
    // 15 significant digits, as a spreadsheet shows them.
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", value);
    const double rounded = std::strtod(buf, nullptr);
    const double a = std::fabs(rounded);
    if (a >= 1e21 || a < 1e-9)
        return QString::number(rounded, 'g', QLocale::FloatingPointShortest);
    return QString::number(rounded, 'f', QLocale::FloatingPointShortest);
}

QString numberText(QStringView text)
{
    const QStringView t = text.trimmed();
    bool ok = false;
    const double d = t.toDouble(&ok);
    return ok ? number(d) : t.toString();
}

QString fromSerial(double serial, DateKind kind, bool date1904)
{
    if (kind == DateKind::None || !std::isfinite(serial) || serial < 0 || serial > 2958466)
        return number(serial);
    double days = std::floor(serial);
    qint64 seconds = qint64(std::llround((serial - days) * 86400.0));
    if (seconds >= 86400) {
        days += 1;
        seconds -= 86400;
    }
    if (kind == DateKind::Time && serial < 1)
        return QTime(0, 0).addSecs(int(seconds)).toString(QStringLiteral("HH:mm:ss"));
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(qint64(days));
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(qint64(days));
    else if (days >= 1)
        // Days 1 to 59 (1900-01-01 to 1900-02-28) before the leap day that
        // 1900 did not have; day 60 is that day, read as 02-28.
        date = QDate(1899, 12, 31).addDays(qint64(qMin(days, 59.0)));
    else if (kind == DateKind::Date)
        return number(serial);
    else
        date = QDate(1899, 12, 31); // day 0: "1900-01-00", a time alone
    if (!date.isValid() || date.year() > 9999)
        return number(serial);
    if (kind == DateKind::Date)
        return date.toString(Qt::ISODate);
    return date.toString(Qt::ISODate) + QLatin1Char('T') + QTime(0, 0).addSecs(int(seconds)).toString(QStringLiteral("HH:mm:ss"));
}

DateKind formatKind(QStringView code)
{
    bool date = false, time = false, month = false;
    bool inQuote = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (inQuote) {
            if (c == QLatin1Char('"'))
                inQuote = false;
            continue;
        }
        switch (c.unicode()) {
        case '"': inQuote = true; continue;
        case '\\':
        case '_':
        case '*': ++i; continue; // the next character is literal or padding
        case ';': i = code.size(); continue; // the first section decides
        case '[': {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i);
            const QStringView inner = end < 0 ? code.mid(i + 1) : code.mid(i + 1, end - i - 1);
            // [h]:mm, [mm]:ss, [ss]: elapsed times; [Red], [$-409], [>100]: not.
            if (!inner.isEmpty() && (inner[0].toLower() == QLatin1Char('h') || inner[0].toLower() == QLatin1Char('m')
                                     || inner[0].toLower() == QLatin1Char('s'))) {
                bool letters = true;
                for (QChar ch : inner)
                    letters = letters && ch.toLower() == inner[0].toLower();
                time = time || letters;
            }
            i = end < 0 ? code.size() : end;
            continue;
        }
        default: break;
        }
        switch (c.toLower().unicode()) {
        case 'e': // era year (e, ee), but not the exponent of 0.00E+00
            if (i + 1 < code.size() && (code[i + 1] == QLatin1Char('+') || code[i + 1] == QLatin1Char('-')))
                break;
            date = true;
            break;
        case 'd':
        case 'y': date = true; break;
        case 'h':
        case 's': time = true; break;
        case 'm': month = true; break;
        case 'g': // "General" and its letters
            if (code.mid(i, 7).compare(QLatin1String("general"), Qt::CaseInsensitive) == 0)
                i += 6;
            else
                date = true; // g, gg, ggg: era names
            break;
        default: break;
        }
    }
    // m alone is a month; with h or s it is minutes.
    if (month && !time)
        date = true;
    if (date && time)
        return DateKind::DateTime;
    if (date)
        return DateKind::Date;
    if (time)
        return DateKind::Time;
    return DateKind::None;
}

DateKind builtinKind(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
        return DateKind::Date;
    if (id == 22)
        return DateKind::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47))
        return DateKind::Time;
    return DateKind::None;
}

QString isoText(QStringView text)
{
    const QStringView t = text.trimmed();
    static const QRegularExpression re(QStringLiteral(
        R"(^(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$)"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return t.toString();
    const QDate d(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (!d.isValid())
        return t.toString();
    if (!m.hasCaptured(4))
        return d.toString(Qt::ISODate);
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.hasCaptured(6) ? m.capturedView(6).toInt() : 0);
    if (!time.isValid())
        return t.toString();
    return d.toString(Qt::ISODate) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm:ss"));
}

QString durationText(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(R"(^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:[.,]\d+)?S)?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return text.toString();
    const qint64 h = m.capturedView(1).toLongLong();
    const qint64 min = m.capturedView(2).toLongLong();
    const qint64 s = m.capturedView(3).toLongLong();
    return QStringLiteral("%1:%2:%3").arg(h, 2, 10, QLatin1Char('0')).arg(min, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace SheetValue
