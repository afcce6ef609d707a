// The proposals pages' frame and helpers (pages.h); install_pages().
#include "proposals/pages.h"

#include "core/form_fields.h"
#include "core/html.h"
#include "core/markdown.h"
#include "core/page_paths.h"
#include "sammen/core/error_table.h"
#include "sammen/core/language.h"
#include "sammen/people/page_messages.h"
#include "sammen/processes/content_language.h"
#include "sammen/proposals/local_time.h"
#include "sammen/proposals/page_messages.h"
#include "sammen/proposals/screen_messages.h"

namespace sammen::server::proposals {
namespace {

// Descriptions are up to 10 000 characters: a bigger form than the ballot's.
constexpr FormLimits kPageFormLimits{64 * 1024, 64, 64, 40 * 1024};

Visit visit_of(Pages& p, const httplib::Request& req, Actor actor) {
  Visit v{{std::move(actor), p.now(), page_language(req)}, std::nullopt};
  if (const Result<std::optional<Municipality>> m = p.processes.municipality(); m.ok() && m.value())
    v.municipality = *m.value();
  return v;
}

}  // namespace

std::optional<Visit> visit(Pages& p, const httplib::Request& req, httplib::Response& res,
                           bool need_sign_in) {
  const Result<Actor> who = p.gate.page_actor(req, p.now());
  if (!who.ok()) {
    send_problem_page(req, res, who.problems());
    return std::nullopt;
  }
  if (need_sign_in && !signed_in(who.value())) {
    redirect(res, paths::sign_in_page(req.target));
    return std::nullopt;
  }
  return visit_of(p, req, who.value());
}

std::optional<Posted> read_post(Pages& p, const httplib::Request& req, httplib::Response& res) {
  std::string type = req.get_header_value("Content-Type");
  if (type.rfind("application/x-www-form-urlencoded", 0) != 0) {
    send_problem_page(req, res, {{ErrorCode::kBadRequest, "Content-Type"}});
    return std::nullopt;
  }
  Result<Form> form = parse_form(req.body, kPageFormLimits);
  if (!form.ok()) {
    send_problem_page(req, res, form.problems());
    return std::nullopt;
  }
  if (!p.csrf.accepts(req, form.value()) || !same_origin(req).ok()) {
    send_form_refused_page(req, res);
    return std::nullopt;
  }
  std::optional<Visit> v = visit(p, req, res, false);
  if (!v) return std::nullopt;
  if (!v->signed_in()) {
    const std::string back = req.get_header_value("Referer");
    redirect(res, paths::sign_in_page(paths::safe_next(back.substr(std::min(back.find("/html"), back.size())))));
    return std::nullopt;
  }
  return Posted{std::move(*v), std::move(form).value()};
}

std::string account_bar(const Visit& v, const std::string& here) {
  const Catalog words_of = proposal_page_messages();
  const Catalog people = people_page_messages();
  std::string html = "<nav class=\"account\" aria-label=\"" +
                     words(words_of, "account_nav", v.audience()) + "\"><p>";
  if (v.signed_in()) {
    html += words(people, "signed_in_as", v.audience(), {{"name", v.asker.actor.name}}) +
            " <a href=\"" + std::string(paths::kMine) + "\">" +
            words(words_of, "mine_title", v.audience()) + "</a> · <a href=\"" +
            std::string(paths::kSignOut) + "\">" + words(people, "sign_out_button", v.audience()) +
            "</a>";
  } else {
    html += "<a href=\"" + escape(paths::sign_in_page(here)) + "\">" +
            words(people, "sign_in_title", v.audience()) + "</a>";
  }
  return html + "</p></nav>";
}

Page frame(const Visit& v, const std::string& title, std::vector<Crumb> trail) {
  Page page{v.language(), title, v.municipality ? v.municipality->name : "Sammen"};
  if (v.municipality) page.site_language = content_language(*v.municipality);
  std::vector<Crumb> crumbs{{page.site, kHtmlRoot}};
  crumbs.insert(crumbs.end(), trail.begin(), trail.end());
  crumbs.push_back({title, "", false});
  page.main = breadcrumbs(crumbs, v.language(), page.site_language) + "<h1>" + escape(title) +
              "</h1>";
  return page;
}

std::string phase_box(const PhaseNow& phase, const Audience& audience) {
  std::string html = "<div class=\"notice\" role=\"status\"><h2>" +
                     words(proposal_page_messages(), "now_heading", audience) + "</h2>";
  for (const std::string& said : phase.can_do) html += "<p>" + escape(said) + "</p>";
  return html + "</div>";
}

std::string refusal(const std::vector<Problem>& problems, const Audience& audience,
                    const std::vector<std::string>& field_ids) {
  if (problems.empty()) return "";
  return error_summary(field_errors(problems, field_ids, audience), audience);
}

int refusal_status(const std::vector<Problem>& problems) {
  return problems.empty() ? 200 : http_status(problems.front().code);
}

std::string csrf_field(Pages& p, const httplib::Request& req, httplib::Response& res) {
  return "<input type=\"hidden\" name=\"" + std::string(CsrfGuard::kField) + "\" value=\"" +
         p.csrf.token(req, res) + "\">";
}

std::string post_form(Pages& p, const httplib::Request& req, httplib::Response& res,
                      const std::string& action, const std::string& fields_html,
                      const std::string& button_html, const std::string& css_class) {
  return "<form method=\"post\" action=\"" + escape(action) + "\"" +
         (css_class.empty() ? "" : " class=\"" + css_class + "\"") + " novalidate>" +
         csrf_field(p, req, res) + fields_html + "<button type=\"submit\">" + button_html +
         "</button></form>";
}

std::string stage_name(ProposalStatus stage, const Audience& audience) {
  return words(proposal_page_messages(),
               "stage." + std::string(kProposalStatusIds.id(stage)), audience);
}

std::string work_name(WorkStatus work, const Audience& audience) {
  return words(proposal_page_messages(), "work." + std::string(kWorkStatusIds.id(work)),
               audience);
}

std::string local_time(UnixSeconds at, const Visit& v) {
  const TimeZone zone = v.municipality ? zone_of(*v.municipality) : TimeZone::kOslo;
  return escape(format_local(zone, at, v.language()));
}

std::string own(const std::string& text, const Visit& v) {
  return escape_in(text, v.municipality ? content_language(*v.municipality) : std::nullopt,
                   v.language());
}

std::string description_html(const std::string& description, const Visit& v) {
  // The authors' Markdown, rendered safely (core/markdown.h); their headings
  // start at h3, under the page's h1 and its sections' h2.
  const std::optional<Language> written_in =
      v.municipality ? content_language(*v.municipality) : std::nullopt;
  const std::string lang = written_in && *written_in != v.language()
                               ? " lang=\"" + std::string(language_tag(*written_in)) + "\""
                               : "";
  return "<div class=\"prose\"" + lang + ">" + markdown_to_safe_html(description, 3) + "</div>";
}

std::optional<Money> parse_kroner(const std::string& text) {
  Money whole = 0;
  int digits = 0, decimals = -1, cents = 0;
  for (const char c : text) {
    if (c == ' ') continue;
    if (c == ',' || c == '.') {
      if (decimals >= 0 || digits == 0) return std::nullopt;
      decimals = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (decimals >= 0) {
      if (++decimals > 2) return std::nullopt;
      cents = cents * 10 + (c - '0');
    } else {
      if (++digits > 12) return std::nullopt;
      whole = whole * 10 + (c - '0');
    }
  }
  if (digits == 0) return std::nullopt;
  if (decimals == 1) cents *= 10;
  return whole * 100 + cents;
}

std::string kroner_text(Money amount) {
  std::string text = std::to_string(amount / 100);
  if (amount % 100 != 0) {
    const int cents = static_cast<int>(amount % 100);
    text += (cents < 10 ? ",0" : ",") + std::to_string(cents);
  }
  return text;
}

void install_pages(Router& router, const Deps& deps, std::mutex& writes) {
  const auto p = std::make_shared<Pages>(deps, writes);
  install_list_pages(router, p);
  install_draft_pages(router, p);
  install_actions(router, p);
  install_idea_page(router, p);
}

}  // namespace sammen::server::proposals
