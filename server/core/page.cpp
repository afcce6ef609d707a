#include "core/page.h"

#include <cctype>

#include "core/cookies.h"
#include "core/form.h"
#include "core/html.h"
#include "core/http.h"
#include "sammen/core/error_table.h"
#include "sammen/core/money.h"
#include "sammen/core/screen_messages.h"

namespace sammen::server {
namespace {

constexpr const char* kLanguageCookie = "sammen_lang";
constexpr long kLanguageCookieSeconds = 365L * 24 * 60 * 60;

// The request's path with its query, ?lang= set to `language`.
std::string address_in(const httplib::Request& request, Language language) {
  const std::size_t question = request.target.find('?');
  const std::string path = request.target.substr(0, question);
  std::vector<Form::Field> fields;
  if (const Result<Form> query = query_form(request); query.ok()) {
    for (const Form::Field& field : query.value().fields())
      if (field.first != "lang") fields.push_back(field);
  }
  fields.emplace_back("lang", std::string(language_tag(language)));
  return path + "?" + encode_form(fields);
}

std::string language_switch(const httplib::Request& request, Language current) {
  const Audience audience{current};
  std::string html = "<nav class=\"languages\" aria-label=\"" +
                     words(common_screen_messages(), "language_menu", audience) + "\"><ul>";
  for (const Language language : kAllLanguages) {
    const std::string tag(language_tag(language));
    html += "<li><a href=\"" + escape(address_in(request, language)) + "\" lang=\"" + tag +
            "\" hreflang=\"" + tag + "\"" +
            (language == current ? " aria-current=\"true\"" : "") + ">" +
            escape(language_name(language)) + "</a></li>";
  }
  return html + "</ul></nav>";
}

std::string meta(const char* attribute, const char* name, const std::string& content) {
  return std::string("<meta ") + attribute + "=\"" + name + "\" content=\"" + escape(content) +
         "\">";
}

std::string head(const Page& page) {
  const Audience audience{page.language};
  std::string html = "<meta charset=\"utf-8\">";
  html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
  html += "<title>" +
          words(common_screen_messages(), "page_title", audience,
                {{"page", page.title}, {"site", page.site}}) +
          "</title>";
  html += "<link rel=\"stylesheet\" href=\"" + std::string(kStylesheetPath) + "\">";
  if (page.open_graph) {
    const OpenGraph& og = *page.open_graph;
    html += meta("name", "description", og.description);
    html += meta("property", "og:title", og.title);
    html += meta("property", "og:description", og.description);
    html += meta("property", "og:type", og.type);
    html += meta("property", "og:url", og.url);
    html += meta("property", "og:site_name", page.site);
  }
  for (const std::string& script : page.scripts)
    html += "<script src=\"" + escape(script) + "\" defer></script>";
  return html;
}

std::string document(const httplib::Request& request, const Page& page) {
  const Audience audience{page.language};
  const Catalog common = common_screen_messages();
  std::string html = "<!DOCTYPE html>\n<html lang=\"" + std::string(language_tag(page.language)) +
                     "\"><head>" + head(page) + "</head><body>";
  html += "<a class=\"skip\" href=\"#main\">" + words(common, "skip_to_content", audience) + "</a>";
  html += "<header class=\"site\"><p class=\"site-name\"><a href=\"" + std::string(kHtmlRoot) +
          "\">" + escape_in(page.site, page.site_language, page.language) + "</a></p>" + language_switch(request, page.language) +
          "</header>";
  html += "<main id=\"main\" tabindex=\"-1\">" + page.main + "</main>";
  html += "<footer class=\"site\"><p><a href=\"/\">" + words(common, "canvas_version", audience) +
          "</a></p></footer>";
  return html + "</body></html>\n";
}

// Pages are never cached (the security headers are set for every answer:
// security_headers.h).
void set_page_headers(httplib::Response& response) {
  response.set_header("Cache-Control", "no-store");
}

Page message_page(const httplib::Request& request, const std::string& main) {
  Page page;
  page.language = page_language(request);
  page.title = render(common_screen_messages(), "error_title", {}, {page.language});
  page.site = "Sammen";
  page.main = "<h1>" + escape(page.title) + "</h1>" + main + "<p><a href=\"" +
              std::string(kHtmlRoot) + "\">" +
              words(common_screen_messages(), "front_page", {page.language}) + "</a></p>";
  return page;
}

}  // namespace

Result<Form> query_form(const httplib::Request& request) {
  const std::size_t question = request.target.find('?');
  if (question == std::string::npos) return Form();
  return parse_form(std::string_view(request.target).substr(question + 1));
}

Result<Form> posted_form(const httplib::Request& request) {
  std::string type = request.get_header_value("Content-Type");
  type = type.substr(0, type.find(';'));
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  if (type != "application/x-www-form-urlencoded")
    return Problem{ErrorCode::kBadRequest, "Content-Type"};
  return parse_form(request.body);
}

Language page_language(const httplib::Request& request) {
  if (request.has_param("lang")) {
    if (const std::optional<Language> l = language_from_tag(request.get_param_value("lang")))
      return *l;
  }
  if (const std::optional<std::string> chosen = cookie(request, kLanguageCookie)) {
    if (const std::optional<Language> l = language_from_tag(*chosen)) return *l;
  }
  return request_language(request);
}

void send_page(const httplib::Request& request, httplib::Response& response, int status,
               const Page& page) {
  if (request.has_param("lang") && language_from_tag(request.get_param_value("lang"))) {
    set_cookie(response, kLanguageCookie, language_tag(page.language),
               {"/", true, "Lax", kLanguageCookieSeconds});
  }
  set_page_headers(response);
  response.set_header("Content-Language", std::string(language_tag(page.language)));
  response.status = status;
  response.set_content(document(request, page), kHtmlContentType);
}

void redirect(httplib::Response& response, const std::string& location) {
  set_page_headers(response);
  response.status = 303;
  response.set_header("Location", location);
  response.set_content("", "text/plain; charset=utf-8");
}

void send_problem_page(const httplib::Request& request, httplib::Response& response,
                       const std::vector<Problem>& problems, std::string_view currency) {
  const Audience audience{page_language(request), currency};
  std::string main = "<ul class=\"problems\">";
  for (const Problem& problem : problems) main += "<li>" + escape(sentence(problem, audience)) + "</li>";
  main += "</ul>";
  send_page(request, response, http_status(problems.front().code), message_page(request, main));
}

void send_form_refused_page(const httplib::Request& request, httplib::Response& response) {
  const std::string main =
      "<p>" + words(common_screen_messages(), "form_refused", {page_language(request)}) + "</p>";
  send_page(request, response, 403, message_page(request, main));
}

std::string breadcrumbs(const std::vector<Crumb>& trail, Language language,
                        std::optional<Language> written_in) {
  std::string html = "<nav class=\"crumbs\" aria-label=\"" +
                     words(common_screen_messages(), "breadcrumbs", {language}) + "\"><ol>";
  for (std::size_t i = 0; i < trail.size(); ++i) {
    const std::string label =
        trail[i].authored ? escape_in(trail[i].label, written_in, language) : escape(trail[i].label);
    html += i + 1 == trail.size()
                ? "<li><span aria-current=\"page\">" + label + "</span></li>"
                : "<li><a href=\"" + escape(trail[i].path) + "\">" + label + "</a></li>";
  }
  return html + "</ol></nav>";
}

std::string words(const Catalog& catalog, std::string_view key, const Audience& audience,
                  MessageArgs args) {
  return escape(render(catalog, key, args, audience));
}

std::string amount_html(std::int64_t minor_units, const Audience& audience) {
  return "<span class=\"amount\">" +
         escape(format_money(minor_units, audience.currency, audience.language)) + "</span>";
}

std::string absolute_url(const httplib::Request& request, const std::string& path) {
  const std::string host = request.get_header_value("Host");
  return "http://" + (host.empty() ? std::string("localhost") : host) + path;
}

void send_stylesheet(httplib::Response& response) {
  response.set_header("Cache-Control", "no-cache");
  response.set_content(std::string(stylesheet()), "text/css; charset=utf-8");
}

}  // namespace sammen::server
