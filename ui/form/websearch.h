#pragma once

#include "lead.h"

#include <QUrl>

/// Web searches from a lead: the company in a search engine and the person
/// on LinkedIn. The search engine is a setting ("websearch/engine", a URL
/// with %1 for the words; DuckDuckGo by default).
namespace WebSearch {

/// The search of the company (with its city), or an empty URL without one.
QUrl companyUrl(const Lead &lead);
/// The LinkedIn people search for the person (and company), or empty.
QUrl personUrl(const Lead &lead);
/// Opens `url` in the desktop's browser.
bool open(const QUrl &url);

} // namespace WebSearch
