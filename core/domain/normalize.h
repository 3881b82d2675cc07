#pragma once

#include <QString>

/// The stored keys that search, sort and duplicate detection compare.
/// All are computed in C++: SQLite's lower() and LIKE fold ASCII only.
namespace Normalize {

/// Case- and accent-folded text with white space collapsed: "  Ærø  Łódź "
/// becomes "aero lodz", "Weiß" becomes "weiss". Punctuation is kept.
QString text(const QString &value);

/// An email trimmed and lower-cased ("" when blank).
QString email(const QString &value);

/// A phone number in canonical E.164 form ("+33123456789") when it parses
/// for `region` (ISO 3166 alpha-2, the lead's country or the user's locale);
/// otherwise its digits alone (with a leading '+' kept), so that equal
/// unparseable numbers still compare equal. "" when it has no digit.
QString phone(const QString &value, const QString &region);

/// Whether `value` parses as a possible phone number for `region`.
bool isValidPhone(const QString &value, const QString &region);

/// The national significant number of a canonical phone ("+14155552671"
/// → "4155552671"), as people dial it at home without the trunk prefix;
/// "" when `e164` is not in canonical form.
QString nationalDigits(const QString &e164);

/// The digits of a TIN.
QString digits(const QString &value);

/// The default region for phone numbers: the user's locale territory code.
QString defaultRegion();

/// The same functions without their fast paths (a per-character table for
/// Latin letters, a cache of phone number shapes): what the fast paths must
/// always equal. For tests and the benchmark.
namespace Reference {
QString text(const QString &value);
QString phone(const QString &value, const QString &region);
bool isValidPhone(const QString &value, const QString &region);
} // namespace Reference

} // namespace Normalize
