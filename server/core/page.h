// Page: one page of the HTML path, in one language, and how it is sent.
//
// Every page has the same frame: <html lang>, a <title>, the one stylesheet,
// a skip link to <main id="main">, a language switch (the same address in
// nb, da and en, each link marked with its own lang) and the site's name
// linking to /html/. Handlers give the title and the <main> content, already
// escaped, and the scripts a page loads, if any (files of this site, never
// inline); send_page() marks the page not to be cached (its CSP and the
// other security headers come from security_headers.h, like every
// answer's) and keeps a ?lang= choice in a cookie. Errors are pages too, in
// the resident's language. Nothing here knows a feature.
#pragma once

#include <httplib.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/form.h"
#include "sammen/core/catalog.h"
#include "sammen/core/problem.h"

namespace sammen::server {

inline constexpr const char* kHtmlRoot = "/html/";
inline constexpr const char* kStylesheetPath = "/html/style.css";
inline constexpr const char* kHtmlContentType = "text/html; charset=utf-8";

// What a link pasted into a message shows (Open Graph); plain text.
struct OpenGraph {
  std::string title;
  std::string description;
  std::string url;  // absolute
  std::string type = "website";
};

struct Page {
  Page() = default;
  Page(Language language, std::string title, std::string site)
      : language(language), title(std::move(title)), site(std::move(site)) {}

  Language language = Language::kNorwegianBokmal;
  std::string title;  // plain text: the <title>
  std::string site;   // plain text: who runs the site (the municipality), or "Sammen"
  std::optional<Language> site_language;  // the language `site` is written in
  std::string main;   // HTML: the content of <main>
  std::optional<OpenGraph> open_graph;
  // Paths of this site's scripts the page loads (deferred). Only the pages
  // security_headers.h lets run scripts name any; every page works without.
  std::vector<std::string> scripts;
};

// The fields of the request's query (what follows '?'), read by parse_form().
Result<Form> query_form(const httplib::Request& request);
// The fields of a POSTed form; kBadRequest unless it is
// application/x-www-form-urlencoded.
Result<Form> posted_form(const httplib::Request& request);

// ?lang=, else the language cookie, else Accept-Language, else Bokmål.
Language page_language(const httplib::Request& request);

void send_page(const httplib::Request& request, httplib::Response& response, int status,
               const Page& page);

// 303 See Other to `location` (a path of this site): the answer to every POST.
void redirect(httplib::Response& response, const std::string& location);

// A page that says each problem's sentence, with the status of the first.
void send_problem_page(const httplib::Request& request, httplib::Response& response,
                       const std::vector<Problem>& problems, std::string_view currency = "NOK");

// 403: the form's token was missing or wrong; nothing was done.
void send_form_refused_page(const httplib::Request& request, httplib::Response& response);

// One step of a "you are here" trail: plain text and the path it links to.
struct Crumb {
  std::string label;
  std::string path;
  bool authored = true;  // a name or title in `written_in`, not a catalog's words
};
// The trail as a labelled <nav>; the last step is the page itself (no link).
std::string breadcrumbs(const std::vector<Crumb>& trail, Language language,
                        std::optional<Language> written_in);

// A catalog's message, rendered and escaped.
std::string words(const Catalog& catalog, std::string_view key, const Audience& audience,
                  MessageArgs args = {});

// An amount that never breaks across lines.
std::string amount_html(std::int64_t minor_units, const Audience& audience);

// http://HOST/path, with the Host the request named (for og:url).
std::string absolute_url(const httplib::Request& request, const std::string& path);

// The one stylesheet of the HTML path, served at kStylesheetPath.
std::string_view stylesheet();
void send_stylesheet(httplib::Response& response);

}  // namespace sammen::server
