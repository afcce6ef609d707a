// The HTML pages of the ballots feature, first half: decode, call a use
// case, render.
//
//   GET  /html/processes/{pid}/districts/{did}         the district's proposals
//   GET  .../districts/{did}/ballot[?p=..&check=1]     the ballot, with its problems when checked
//   POST .../districts/{did}/ballot                    review the choices, then 303 to the code
#include <set>

#include "ballots/feature.h"
#include "ballots/pages.h"
#include "core/form_errors.h"
#include "core/html.h"
#include "core/page.h"
#include "core/page_paths.h"
#include "sammen/ballots/ballot.h"
#include "sammen/ballots/budget_words.h"
#include "sammen/ballots/screen_messages.h"
#include "sammen/core/error_table.h"
#include "sammen/processes/screen_messages.h"

namespace sammen::server::ballots {
namespace {

// Municipality › process › district, the district linked when `linked`.
std::vector<Crumb> trail(const DistrictView& v, bool linked) {
  return {{v.detail.municipality.name, kHtmlRoot},
          {v.process().title, paths::process_page(v.process().id)},
          {v.name, linked ? paths::district_page(v.process().id, v.budget.district_id) : ""}};
}

Page district_page(const DistrictView& v) {
  const Audience audience = v.audience();
  const Catalog screens = ballot_screen_messages();
  const std::string title = render(screens, "proposals_in", {{"district", v.name}}, audience);
  Page page{v.language, title, v.detail.municipality.name};
  page.site_language = content_language(v.detail.municipality);
  page.main = breadcrumbs(trail(v, false), v.language, page.site_language) + "<h1>" +
              escape(title) + "</h1><p>" +
              words(screens, "budget", audience, {{"budget", v.budget.budget}}) + " · " +
              words(screens, "proposal_count", audience,
                    {{"count", static_cast<std::int64_t>(v.proposals.size())}}) +
              "</p>";
  if (v.detail.voting_open) {
    page.main += "<p class=\"notice\"><a href=\"" + escape(step_path(v, "")) + "\">" +
                 words(screens, "vote_in", audience, {{"district", v.name}}) + "</a></p>";
  } else if (const std::optional<Problem> why = why_voting_is_not_open(v.process(), v.detail.now)) {
    page.main += "<p class=\"status\">" + escape(sentence(*why, audience)) + "</p>";
  }
  page.main += "<ul class=\"cards\">";
  for (const Proposal& p : v.proposals) {
    page.main += "<li><h2><a href=\"" + escape(paths::proposal_page(v.process().id, p.id)) +
                 "\">" + v.own(p.title) + "</a></h2>";
    if (!p.summary.empty()) page.main += "<p>" + v.own(p.summary) + "</p>";
    page.main += "<p class=\"facts\">" +
                 words(process_screen_messages(), "proposal_cost", audience, {{"cost", p.cost}}) +
                 " · " + escape(production_name(p.production, v.language)) + "</p></li>";
  }
  page.main += "</ul>";
  return page;
}

// What the budget box says about the choices as they stand.
std::string budget_box(const DistrictView& v, const Ballot& ballot) {
  const Audience audience = v.audience();
  const Catalog screens = ballot_screen_messages();
  const BudgetBar bar = budget_bar(ballot, v.process());
  std::string html = "<div class=\"budget\" id=\"budget\">";
  if (bar.measure == BudgetBar::Measure::kMoney) {
    html += "<p>" + words(screens, "spent_of_budget", audience,
                          {{"spent", bar.used}, {"budget", bar.limit}}) +
            "</p><p><strong>" +
            escape(money_left_sentence(bar, audience)) +
            "</strong></p>";
    if (bar.minimum > 0)
      html += "<p>" + words(screens, "minimum_spend", audience, {{"minimum", bar.minimum}}) + "</p>";
  } else {
    html += "<p>" + words(screens, "chosen_count", audience, {{"count", bar.used}}) + "</p>";
    if (bar.limit > 0)
      html += "<p>" + words(screens, "at_most", audience, {{"limit", bar.limit}}) + "</p>";
  }
  return html + "<p>" + words(screens, "budget_hint", audience) + "</p></div>";
}

// The district's proposal a problem names (its checkbox is "p-<index>").
std::optional<std::size_t> proposal_of(const Problem& problem, const DistrictView& v) {
  for (std::size_t i = 0; i < v.proposals.size(); ++i)
    if (problem.subject == v.proposals[i].id) return i;
  return std::nullopt;
}

// Problems of the set of choices as a whole (shown at the first checkbox).
bool about_the_choices(ErrorCode code) {
  return code == ErrorCode::kEmptyBallot || code == ErrorCode::kTooManyApprovals ||
         code == ErrorCode::kOverBudget || code == ErrorCode::kUnderMinimumSpend;
}

Page ballot_page(const DistrictView& v, const std::vector<std::string>& chosen,
                 const std::vector<Problem>& problems, const std::string& csrf) {
  const Audience audience = v.audience();
  const Catalog screens = ballot_screen_messages();
  const std::string title = render(screens, "vote_in", {{"district", v.name}}, audience);
  Page page = step_page(v, title);
  page.main += "<p>" +
              words(screens,
                    v.process().ballot.format == BallotFormat::kApproval ? "intro_approval"
                                                                         : "intro_knapsack",
                    audience) +
              "</p>";

  std::vector<FieldError> summary;
  std::vector<std::string> group_errors;  // sentences about the set of choices
  std::vector<std::vector<std::string>> proposal_errors(v.proposals.size());
  for (const Problem& problem : problems) {
    const std::string said = sentence(problem, audience);
    if (const std::optional<std::size_t> i = proposal_of(problem, v)) {
      summary.push_back({"p-" + std::to_string(*i), said});
      proposal_errors[*i].push_back(said);
    } else if (about_the_choices(problem.code) && !v.proposals.empty()) {
      summary.push_back({"p-0", said});
      group_errors.push_back(said);
    } else {
      summary.push_back({"", said});  // about the page as a whole (voting closed, ...)
    }
  }
  if (!summary.empty()) page.main += error_summary(summary, audience);

  const std::set<std::string> picked(chosen.begin(), chosen.end());
  page.main += "<form method=\"post\" action=\"" + escape(step_path(v, "")) + "\" novalidate>" +
               csrf + "<fieldset aria-describedby=\"budget" +
               (group_errors.empty() ? "" : " choices-error") + "\"><legend>" +
               words(screens, "your_ballot", audience) + "</legend>" +
               budget_box(v, v.ballot(chosen));
  for (std::size_t k = 0; k < group_errors.size(); ++k)
    page.main += field_error(k == 0 ? "choices-error" : "choices-error-" + std::to_string(k),
                             group_errors[k], audience);
  for (std::size_t i = 0; i < v.proposals.size(); ++i) {
    const Proposal& p = v.proposals[i];
    const std::string id = "p-" + std::to_string(i);
    // A problem of the whole set is said once, by the fieldset; a proposal's
    // own problem by its checkbox.
    const bool invalid = !proposal_errors[i].empty();
    std::string described = id + "-facts";
    if (invalid) described += " " + id + "-error";
    page.main += "<div class=\"choice\"><input type=\"checkbox\" id=\"" + id +
                 "\" name=\"p\" value=\"" + escape(p.id) + "\"" +
                 (picked.count(p.id) ? " checked" : "") + " aria-describedby=\"" + described +
                 "\"" + (invalid ? " aria-invalid=\"true\"" : "") + "><label for=\"" + id + "\">" +
                 v.own(p.title) + "</label><p class=\"facts\" id=\"" + id + "-facts\">" +
                 words(process_screen_messages(), "proposal_cost", audience, {{"cost", p.cost}}) +
                 "</p>";
    for (const std::string& said : proposal_errors[i])
      page.main += field_error(id + "-error", said, audience);
    page.main += "</div>";
  }
  page.main += "</fieldset><button type=\"submit\">" + words(screens, "next_voter_code", audience) +
               "</button></form>";
  return page;
}

}  // namespace

std::optional<DistrictView> load_district(Routes& pages, const httplib::Request& request,
                                          httplib::Response& response) {
  Result<ProcessDetail> detail =
      processes::detail(pages.process_stores, path_id(request), pages.now());
  if (!detail.ok()) {
    send_problem_page(request, response, detail.problems());
    return std::nullopt;
  }
  const std::string district_id = path_part(request, 2);
  const DistrictBudget* budget = find_budget(detail.value().process, district_id);
  if (!budget) {
    send_problem_page(request, response, {{ErrorCode::kNotFound, request.path}},
                      detail.value().municipality.currency);
    return std::nullopt;
  }
  DistrictView view{std::move(detail).value(), *budget, district_id, {}, page_language(request)};
  if (const District* d = find_district(view.detail.municipality, district_id)) view.name = d->name;
  for (const Proposal& p : view.process().proposals)
    if (p.district_id == district_id && on_ballot(p)) view.proposals.push_back(p);
  return view;
}

std::optional<StepRequest> read_step(Routes& pages, const httplib::Request& request,
                                     httplib::Response& response) {
  std::optional<DistrictView> view = load_district(pages, request, response);
  if (!view) return std::nullopt;
  const bool posted = request.method == "POST";
  Result<Form> fields = posted ? posted_form(request) : query_form(request);
  if (!fields.ok()) {
    send_problem_page(request, response, fields.problems());
    return std::nullopt;
  }
  if (posted && !pages.csrf.accepts(request, fields.value())) {
    send_form_refused_page(request, response);
    return std::nullopt;
  }
  return StepRequest{std::move(*view), std::move(fields).value()};
}

Page step_page(const DistrictView& v, const std::string& title) {
  Page page{v.language, title, v.detail.municipality.name};
  page.site_language = content_language(v.detail.municipality);
  std::vector<Crumb> crumbs = trail(v, true);
  crumbs.push_back({title, "", false});
  page.main = breadcrumbs(crumbs, v.language, page.site_language) + "<h1>" + escape(title) + "</h1>";
  return page;
}

std::string with_choices(const std::string& path, const std::vector<std::string>& proposal_ids,
                         std::vector<Form::Field> more) {
  std::vector<Form::Field> fields;
  for (const std::string& id : proposal_ids) fields.emplace_back("p", id);
  fields.insert(fields.end(), more.begin(), more.end());
  return fields.empty() ? path : path + "?" + encode_form(fields);
}

std::string hidden_choices(const std::vector<std::string>& proposal_ids) {
  std::string html;
  for (const std::string& id : proposal_ids)
    html += "<input type=\"hidden\" name=\"p\" value=\"" + escape(id) + "\">";
  return html;
}

std::string csrf_field(Routes& pages, const httplib::Request& request,
                       httplib::Response& response) {
  return "<input type=\"hidden\" name=\"" + std::string(CsrfGuard::kField) + "\" value=\"" +
         pages.csrf.token(request, response) + "\">";
}

std::string step_path(const DistrictView& view, const std::string& step) {
  return paths::ballot_page(view.process().id, view.budget.district_id) + step;
}

void install_pages(Router& router, const std::shared_ptr<Routes>& pages) {
  router.get(paths::kDistrictPattern, [pages](const auto& req, auto& res) {
    const std::optional<DistrictView> v = load_district(*pages, req, res);
    if (v) send_page(req, res, 200, district_page(*v));
  });
  const std::string ballot = std::string(paths::kDistrictPattern) + "/ballot";
  router.get(ballot, [pages](const auto& req, auto& res) {
    const std::optional<StepRequest> step = read_step(*pages, req, res);
    if (!step) return;
    const DistrictView& v = step->view;
    if (const std::optional<Problem> why = why_voting_is_not_open(v.process(), v.detail.now))
      return send_problem_page(req, res, {*why});
    std::vector<Problem> problems;
    if (step->fields.has("check")) {
      if (const Status s = review(pages->stores, v.ballot(step->chosen()), pages->now()); !s.ok())
        problems = s.problems();
    }
    const std::string csrf = csrf_field(*pages, req, res);
    send_page(req, res, 200, ballot_page(v, step->chosen(), problems, csrf));
  });
  router.post(ballot, [pages](const auto& req, auto& res) {
    const std::optional<StepRequest> step = read_step(*pages, req, res);
    if (!step) return;
    const std::vector<std::string> chosen = step->chosen();
    const Status reviewed = review(pages->stores, step->view.ballot(chosen), pages->now());
    redirect(res, reviewed.ok() ? with_choices(step_path(step->view, "/code"), chosen)
                                : with_choices(step_path(step->view, ""), chosen, {{"check", "1"}}));
  });
  install_code_pages(router, pages);
}

}  // namespace sammen::server::ballots
