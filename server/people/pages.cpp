#include "people/pages.h"

#include "audit/sqlite_store.h"
#include "core/csrf.h"
#include "core/form_fields.h"
#include "core/html.h"
#include "core/page.h"
#include "core/page_paths.h"
#include "people/sqlite_store.h"
#include "processes/sqlite_store.h"
#include "sammen/core/error_table.h"
#include "sammen/people/page_messages.h"
#include "sammen/people/screen_messages.h"
#include "sammen/processes/content_language.h"

namespace sammen::server::people {
namespace {

struct Pages {
  explicit Pages(const Deps& deps)
      : people(deps.db),
        processes(deps.db),
        audit(deps.db),
        stores{people, processes, audit, deps.db, deps.passwords, deps.attempts},
        gate(deps.gate),
        now(deps.clock) {}
  SqliteStore people;
  processes::SqliteStore processes;
  audit::SqliteStore audit;
  Stores stores;
  Gate& gate;
  Clock now;
  CsrfGuard csrf;
};

std::string csrf_field(Pages& p, const httplib::Request& req, httplib::Response& res) {
  return "<input type=\"hidden\" name=\"" + std::string(CsrfGuard::kField) + "\" value=\"" +
         p.csrf.token(req, res) + "\">";
}

std::string link(const std::string& path, const std::string& label_html) {
  return "<a href=\"" + escape(path) + "\">" + label_html + "</a>";
}

Page frame(Pages& p, Language language, const std::string& title) {
  Page page{language, title, "Sammen"};
  if (const Result<std::optional<Municipality>> m = p.processes.municipality();
      m.ok() && m.value()) {
    page.site = m.value()->name;
    page.site_language = content_language(*m.value());
  }
  page.main = "<h1>" + escape(title) + "</h1>";
  return page;
}

// The POSTed form when its token and origin are this site's; otherwise the
// refusal is sent and nothing is returned.
std::optional<Form> read_post(Pages& p, const httplib::Request& req, httplib::Response& res) {
  Result<Form> form = posted_form(req);
  if (!form.ok()) {
    send_problem_page(req, res, form.problems());
    return std::nullopt;
  }
  if (!p.csrf.accepts(req, form.value()) || !same_origin(req).ok()) {
    send_form_refused_page(req, res);
    return std::nullopt;
  }
  return std::move(form).value();
}

int status_of(const std::vector<Problem>& problems, httplib::Response& res) {
  const Problem& first = problems.front();
  if (first.code == ErrorCode::kTooManyAttempts || first.code == ErrorCode::kServerBusy)
    res.set_header("Retry-After", std::to_string(first.amount));
  return http_status(first.code);
}

// --- sign in -------------------------------------------------------------

const std::vector<std::string> kSignInFields{"email", "password"};

void sign_in_page(Pages& p, const httplib::Request& req, httplib::Response& res, int status,
                  const std::string& next, const std::string& email,
                  const std::vector<Problem>& problems, bool after_sign_up) {
  const Language language = page_language(req);
  const Audience audience{language};
  const Catalog pages = people_page_messages();
  const Catalog screens = people_screen_messages();
  Page page = frame(p, language, render(pages, "sign_in_title", {}, audience));
  const std::vector<FieldError> errors = field_errors(problems, kSignInFields, audience);
  if (!errors.empty()) page.main += error_summary(errors, audience);
  if (after_sign_up) page.main += "<p class=\"notice\">" + words(pages, "sign_up_received", audience) + "</p>";
  page.main += "<p>" + words(pages, "sign_in_intro", audience) + "</p>";
  page.main += "<form method=\"post\" action=\"" + std::string(paths::kSignIn) + "\" novalidate>" +
               csrf_field(p, req, res) + "<input type=\"hidden\" name=\"next\" value=\"" +
               escape(next) + "\">" +
               input_field({"email", words(screens, "email", audience), email, "",
                            error_for(errors, "email"), "email",
                            "autocomplete=\"email\" spellcheck=\"false\""},
                           audience) +
               input_field({"password", words(screens, "password", audience), "", "",
                            error_for(errors, "password"), "password",
                            "autocomplete=\"current-password\""},
                           audience) +
               "<button type=\"submit\">" + words(screens, "sign_in", audience) +
               "</button></form>";
  page.main += "<p>" + words(pages, "no_account", audience) + " " +
               link(std::string(paths::kSignUp) + "?next=" + encode_form_value(next),
                    words(pages, "create_account_link", audience)) +
               "</p>";
  send_page(req, res, status, page);
}

void signed_in_page(Pages& p, const httplib::Request& req, httplib::Response& res,
                    const Actor& who) {
  const Language language = page_language(req);
  const Audience audience{language};
  const Catalog pages = people_page_messages();
  Page page = frame(p, language, render(pages, "sign_in_title", {}, audience));
  page.main += "<p class=\"status\">" + words(pages, "signed_in_as", audience, {{"name", who.name}}) +
               "</p><p>" + link(paths::kSignOut, words(pages, "sign_out_button", audience)) +
               "</p>";
  send_page(req, res, 200, page);
}

// --- sign up -------------------------------------------------------------

const std::vector<std::string> kSignUpFields{"name", "email", "password", "birth_year",
                                             "district_id"};

void sign_up_page(Pages& p, const httplib::Request& req, httplib::Response& res, int status,
                  const Form& given, const std::vector<Problem>& problems) {
  const Language language = page_language(req);
  const Audience audience{language};
  const Catalog pages = people_page_messages();
  const Catalog screens = people_screen_messages();
  Page page = frame(p, language, render(pages, "sign_up_title", {}, audience));
  const std::vector<FieldError> errors = field_errors(problems, kSignUpFields, audience);
  if (!errors.empty()) page.main += error_summary(errors, audience);
  page.main += "<p>" + words(pages, "sign_up_intro", audience) + "</p>";
  std::vector<std::pair<std::string, std::string>> districts{{"", ""}};
  if (const Result<std::optional<Municipality>> m = p.processes.municipality(); m.ok() && m.value())
    for (const District& d : m.value()->districts)
      districts.emplace_back(d.id, escape_in(d.name, content_language(*m.value()), language));
  page.main +=
      "<form method=\"post\" action=\"" + std::string(paths::kSignUp) + "\" novalidate>" +
      csrf_field(p, req, res) + "<input type=\"hidden\" name=\"next\" value=\"" +
      escape(paths::safe_next(given.value("next"))) + "\">" +
      input_field({"name", words(pages, "name", audience), given.value("name"),
                   words(pages, "name_hint", audience), error_for(errors, "name"), "text",
                   "autocomplete=\"name\""},
                  audience) +
      input_field({"email", words(screens, "email", audience), given.value("email"), "",
                   error_for(errors, "email"), "email",
                   "autocomplete=\"email\" spellcheck=\"false\""},
                  audience) +
      input_field({"password", words(screens, "password", audience), "",
                   words(screens, "password_rule", audience, {{"count", static_cast<std::int64_t>(kMinPasswordChars)}}),
                   error_for(errors, "password"), "password", "autocomplete=\"new-password\""},
                  audience) +
      input_field({"birth_year", words(pages, "birth_year", audience), given.value("birth_year"),
                   words(pages, "birth_year_hint", audience), error_for(errors, "birth_year"),
                   "text", "inputmode=\"numeric\" autocomplete=\"bday-year\""},
                  audience) +
      select_field({"district_id", words(pages, "district", audience), given.value("district_id"),
                    "", error_for(errors, "district_id")},
                   districts, audience) +
      "<button type=\"submit\">" + words(pages, "create_account", audience) + "</button></form>";
  page.main += "<p>" + words(pages, "have_account", audience) + " " +
               link(paths::kSignIn, words(pages, "sign_in_title", audience)) + "</p>";
  send_page(req, res, status, page);
}

// A year as the form sent it; 0 (refused by the model) when not a number.
int year_of(const std::string& text) {
  if (text.empty() || text.size() > 4) return 0;
  int year = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return 0;
    year = year * 10 + (c - '0');
  }
  return year;
}

void sign_out_page(Pages& p, const httplib::Request& req, httplib::Response& res, bool done) {
  const Language language = page_language(req);
  const Audience audience{language};
  const Catalog pages = people_page_messages();
  Page page = frame(p, language, render(pages, "sign_out_button", {}, audience));
  const Result<Actor> who = p.gate.page_actor(req, p.now());
  if (done || !who.ok() || !signed_in(who.value())) {
    page.main += "<p class=\"status\">" + words(pages, "signed_out", audience) + "</p><p>" +
                 link(paths::kSignIn, words(pages, "sign_in_title", audience)) + "</p>";
  } else {
    page.main += "<p>" + words(pages, "signed_in_as", audience, {{"name", who.value().name}}) +
                 "</p><form method=\"post\" action=\"" + std::string(paths::kSignOut) + "\">" +
                 csrf_field(p, req, res) + "<button type=\"submit\">" +
                 words(pages, "sign_out_button", audience) + "</button></form>";
  }
  send_page(req, res, 200, page);
}

}  // namespace

void install_pages(Router& router, const Deps& deps) {
  const auto p = std::make_shared<Pages>(deps);
  router.get(paths::kSignIn, [p](const auto& req, auto& res) {
    const Result<Actor> who = p->gate.page_actor(req, p->now());
    if (who.ok() && signed_in(who.value())) return signed_in_page(*p, req, res, who.value());
    const Result<Form> query = query_form(req);
    const std::string next = paths::safe_next(query.ok() ? query.value().value("next") : "");
    sign_in_page(*p, req, res, 200, next, "", {}, query.ok() && query.value().has("welcome"));
  });
  router.post(paths::kSignIn, [p](const auto& req, auto& res) {
    const std::optional<Form> form = read_post(*p, req, res);
    if (!form) return;
    const std::string next = paths::safe_next(form->value("next"));
    const Result<NewSession> session = sign_in(
        p->stores, {form->value("email"), form->value("password")}, {req.remote_addr}, p->now());
    if (!session.ok())
      return sign_in_page(*p, req, res, status_of(session.problems(), res), next,
                          form->value("email"), session.problems(), false);
    res.set_header("Set-Cookie", session_cookie_header(session.value().token, kSessionSeconds,
                                                       p->gate.secure_cookies()));
    redirect(res, next);
  });
  router.get(paths::kSignUp, [p](const auto& req, auto& res) {
    const Result<Form> query = query_form(req);
    sign_up_page(*p, req, res, 200, query.ok() ? query.value() : Form{}, {});
  });
  router.post(paths::kSignUp, [p](const auto& req, auto& res) {
    const std::optional<Form> form = read_post(*p, req, res);
    if (!form) return;
    SignUp asked{form->value("name"), form->value("email"), form->value("password"),
                 year_of(form->value("birth_year")), form->value("district_id"),
                 page_language(req)};
    const Result<SignUpReceived> received = sign_up(p->stores, asked, p->now());
    if (!received.ok())
      return sign_up_page(*p, req, res, status_of(received.problems(), res), *form,
                          received.problems());
    redirect(res, paths::sign_in_page(paths::safe_next(form->value("next"))) + "&welcome=1");
  });
  router.get(paths::kSignOut, [p](const auto& req, auto& res) { sign_out_page(*p, req, res, false); });
  router.post(paths::kSignOut, [p](const auto& req, auto& res) {
    if (!read_post(*p, req, res)) return;
    const Result<Actor> who = p->gate.page_actor(req, p->now());
    if (who.ok() && signed_in(who.value())) {
      const Result<SignedOut> out = sign_out(p->stores, who.value());
      if (!out.ok()) return send_problem_page(req, res, out.problems());
    }
    res.set_header("Set-Cookie", ended_session_cookie_header(p->gate.secure_cookies()));
    sign_out_page(*p, req, res, true);
  });
}

}  // namespace sammen::server::people
