#pragma once

#include <QString>

/// Country names as files write them, to ISO 3166-1 alpha-2 codes: the
/// names in English, French, German, Spanish, Italian, Dutch and Portuguese
/// (from ICU's locale data: "Allemagne", "Deutschland", "Alemania"…), the
/// alpha-3 codes ("DEU"), and the usual variants ("USA", "UK", "Holland").
/// Compared without case, accents or punctuation. Imports use it when the
/// country list has no entry of that code or (English) name.
namespace CountryNames {

/// The alpha-2 code (upper case) `text` names, or "" when none.
QString codeFor(const QString &text);

} // namespace CountryNames
