#pragma once

#include <QString>
#include <QStringView>

/// How the spreadsheet readers (XlsxReader, OdsReader) turn stored cell
/// values into the text a person reads in the sheet, so that an import sees
/// "42", "0.1" and "2026-03-02" rather than "42.0", "0.1000000001" and
/// "46083".
namespace SheetValue {

/// What a number format shows of a serial date-time.
enum class DateKind { None, Date, DateTime, Time };

/// `value` as a person reads it: at most 15 significant digits (what a
/// spreadsheet shows; the binary noise past them is dropped), the shortest
/// text that gives the same value back, without exponent between 1e-9 and
/// 1e21 ("42", "0.1", "33612345678", "1234.5").
QString number(double value);
/// Like number() for the text of a stored number ("4.2E1", " 42 "); text that
/// is no number comes back trimmed as it is.
QString numberText(QStringView text);

/// The serial day number `serial` of a spreadsheet (days since 1899-12-30,
/// with the 1900 leap-year bug below day 61, or since 1904-01-01 when
/// `date1904`) as ISO text: "yyyy-MM-dd" for DateKind::Date,
/// "yyyy-MM-ddTHH:mm:ss" for DateTime, "HH:mm:ss" for Time below one day
/// (a longer one is a DateTime). Seconds are rounded. A serial outside
/// years 1900 to 9999 comes back as number(serial).
QString fromSerial(double serial, DateKind kind, bool date1904);

/// Which DateKind an Excel number format code shows ("yyyy-mm-dd", "d/m/yy
/// h:mm", "[$-409]mmmm d, yyyy", "0.00" → None): d, y, h, s and m letters
/// outside quoted text, escapes and brackets (but [h], [mm], [ss] elapsed
/// times count), in its first section.
DateKind formatKind(QStringView formatCode);
/// The DateKind of Excel's built-in number format `id` (14–17, 22: dates;
/// 18–21, 45–47: times; 27–36, 50–58: East Asian dates).
DateKind builtinKind(int id);

/// An ISO 8601 date or date-time as stored (ODS office:date-value, an OOXML
/// t="d" cell: "2026-03-02", "2026-03-02T10:30:00.000", with a zone or not)
/// as "yyyy-MM-dd", or "yyyy-MM-ddTHH:mm:ss" when it has a time; other text
/// comes back trimmed as it is.
QString isoText(QStringView text);
/// An ISO 8601 duration as ODS stores a time ("PT10H30M00S") as "HH:mm:ss";
/// other text comes back as it is.
QString durationText(QStringView text);

} // namespace SheetValue
