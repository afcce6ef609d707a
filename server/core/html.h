// HTML text: any text made safe to put in a page.
//
// escape() turns & < > " ' into character references, so the result is
// always text, in element content and in a quoted attribute value alike
// (a proposal titled "<script>" shows as those characters). Bytes that are
// not well-formed UTF-8 become U+FFFD, so a page is always valid UTF-8.
// Everything a page shows that did not come from its own markup goes
// through escape(): titles, names, ids from the URL, catalog sentences;
// texts in another language than the page's through escape_in().
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "sammen/core/language.h"

namespace sammen::server {

std::string escape(std::string_view text);

// Text written in `written_in` (a title, a name), escaped; wrapped in
// <span lang="..."> when that is not the page's language.
std::string escape_in(std::string_view text, std::optional<Language> written_in,
                      Language page_language);

}  // namespace sammen::server
