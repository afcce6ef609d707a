// The HTML pages of the processes feature: decode, call a use case, render.
//
//   GET /html/                              the municipality's processes
//   GET /html/processes/{pid}               a process with its districts
//   GET /html/processes/{pid}/proposals/{id} one proposal, with Open Graph
//   GET /html/style.css                     the stylesheet of every page
#include "core/html.h"
#include "core/page.h"
#include "core/page_paths.h"
#include "processes/routes.h"
#include "sammen/ballots/screen_messages.h"
#include "sammen/core/error_table.h"
#include "sammen/processes/content_language.h"
#include "sammen/processes/messages.h"
#include "sammen/processes/screen_messages.h"
#include "sammen/proposals/page_messages.h"
#include "sammen/people/page_messages.h"
#include "sammen/results/screen_messages.h"

namespace sammen::server::processes {
namespace {

std::string paragraph(const std::string& html, const char* css_class = nullptr) {
  return std::string("<p") + (css_class ? std::string(" class=\"") + css_class + "\"" : "") + ">" +
         html + "</p>";
}

std::string phase_sentence(std::optional<PhaseKind> phase, const Audience& audience) {
  const Catalog screens = process_screen_messages();
  return phase ? words(screens, "phase", audience, {{"phase", phase_name(*phase, audience.language)}})
               : words(screens, "no_phase", audience);
}

Page front_page(const ProcessList& list, Language language) {
  const Audience audience{language};
  const Catalog screens = process_screen_messages();
  Page page(language, "", "");
  page.site = list.municipality ? list.municipality->name : "Sammen";
  if (list.municipality) page.site_language = content_language(*list.municipality);
  page.title = render(screens, "processes_heading", {{"municipality", page.site}}, audience);
  page.main = "<h1>" + escape(page.title) + "</h1>" +
              paragraph("<a href=\"" + std::string(paths::kFunded) + "\">" +
                        words(proposal_page_messages(), "funded_title", audience) + "</a> · <a href=\"" +
                        std::string(paths::kMine) + "\">" +
                        words(proposal_page_messages(), "mine_title", audience) + "</a> · <a href=\"" +
                        std::string(paths::kSignIn) + "\">" +
                        words(people_page_messages(), "sign_in_title", audience) + "</a>");
  if (list.processes.empty()) {
    page.main += paragraph(words(screens, "no_processes", audience));
    return page;
  }
  page.main += "<ul class=\"cards\">";
  for (const ProcessSummary& p : list.processes) {
    page.main += "<li><h2><a href=\"" + escape(paths::process_page(p.id)) + "\">" +
                 escape_in(p.title, page.site_language, language) + "</a></h2>" + paragraph(phase_sentence(p.phase, audience));
    if (p.voting_open) page.main += paragraph(words(screens, "voting_open", audience), "status");
    if (p.result_published)
      page.main += paragraph(words(screens, "result_published", audience), "status");
    page.main += "</li>";
  }
  page.main += "</ul>";
  return page;
}

// Whether residents can vote now, said plainly.
std::string voting_state(const ProcessDetail& d, const Audience& audience) {
  const Catalog screens = process_screen_messages();
  if (d.voting_open) return paragraph(words(screens, "voting_open", audience), "status");
  if (!rung_allows(d.process.rung, Action::kVote))
    return paragraph(words(screens, "cannot_vote", audience), "status");
  if (const std::optional<Problem> why = why_voting_is_not_open(d.process, d.now))
    return paragraph(escape(sentence(*why, audience)), "status");
  return "";
}

Page process_page(const ProcessDetail& d, Language language) {
  const Audience audience{language, d.municipality.currency};
  const Catalog ballots = ballot_screen_messages();
  const std::optional<Language> written = content_language(d.municipality);
  Page page{language, d.process.title, d.municipality.name};
  page.site_language = written;
  page.main = breadcrumbs({{d.municipality.name, kHtmlRoot}, {d.process.title, ""}}, language,
                          written) +
              "<h1>" + escape_in(d.process.title, written, language) + "</h1>";
  if (!d.process.description.empty())
    page.main += paragraph(escape_in(d.process.description, written, language));
  page.main += paragraph(phase_sentence(d.phase, audience));
  page.main += paragraph(escape(rung_promise(d.process.rung, language)));
  page.main += voting_state(d, audience);
  if (d.process.result_published) {
    page.main += paragraph("<a href=\"" + escape(paths::results_page(d.process.id)) + "\">" +
                           words(result_screen_messages(), "see_result", audience) + "</a>");
  }
  page.main += paragraph("<a href=\"" + escape(paths::ideas_page(d.process.id)) + "\">" +
                         words(proposal_page_messages(), "ideas_title", audience) + "</a>");
  page.main += "<h2>" + words(process_screen_messages(), "districts", audience) +
               "</h2><ul class=\"cards\">";
  for (const DistrictBudget& budget : d.process.budgets) {
    const District* district = find_district(d.municipality, budget.district_id);
    std::int64_t count = 0;
    for (const Proposal& p : d.process.proposals)
      count += p.district_id == budget.district_id && on_ballot(p) ? 1 : 0;
    page.main += "<li><h3><a href=\"" +
                 escape(paths::district_page(d.process.id, budget.district_id)) + "\">" +
                 escape_in(district ? district->name : budget.district_id, written, language) +
                 "</a></h3>" +
                 paragraph(words(ballots, "budget", audience, {{"budget", budget.budget}}) + " · " +
                               words(ballots, "proposal_count", audience, {{"count", count}}),
                           "facts") +
                 "</li>";
  }
  page.main += "</ul>";
  return page;
}

Page proposal_page(const httplib::Request& request, const ProcessDetail& d, const Proposal& p,
                   Language language) {
  const Audience audience{language, d.municipality.currency};
  const Catalog screens = process_screen_messages();
  const District* district = find_district(d.municipality, p.district_id);
  const std::string district_name = district ? district->name : p.district_id;
  const std::optional<Language> written = content_language(d.municipality);
  Page page{language, p.title, d.municipality.name};
  page.site_language = written;
  page.main = breadcrumbs({{d.municipality.name, kHtmlRoot},
                           {d.process.title, paths::process_page(d.process.id)},
                           {district_name, paths::district_page(d.process.id, p.district_id)},
                           {p.title, ""}},
                          language, written) +
              "<h1>" + escape_in(p.title, written, language) + "</h1>";
  if (!p.summary.empty()) page.main += paragraph(escape_in(p.summary, written, language));
  page.main += paragraph(words(screens, "proposal_cost", audience, {{"cost", p.cost}}), "facts") +
               paragraph(words(screens, "proposal_district", audience,
                               {{"district", district_name}}),
                         "facts") +
               paragraph(escape(production_name(p.production, language)), "facts");
  if (d.voting_open && on_ballot(p)) {
    page.main += paragraph("<a href=\"" + escape(paths::ballot_page(d.process.id, p.district_id)) +
                           "\">" +
                           words(ballot_screen_messages(), "vote_in", audience,
                                 {{"district", district_name}}) +
                           "</a>");
  }
  page.main += paragraph("<a href=\"" + escape(paths::idea_page(d.process.id, p.id)) + "\">" +
                         words(proposal_page_messages(), "see_life", audience) + "</a>");
  const std::string cost = render(screens, "proposal_cost", {{"cost", p.cost}}, audience);
  page.open_graph = OpenGraph{p.title, p.summary.empty() ? cost : p.summary + " " + cost,
                              absolute_url(request, paths::proposal_page(d.process.id, p.id)),
                              "article"};
  return page;
}

}  // namespace

void install_pages(Router& router, const std::shared_ptr<Routes>& pages) {
  router.get(kStylesheetPath, [](const auto&, auto& res) { send_stylesheet(res); });
  router.get("/html", [](const auto&, auto& res) { redirect(res, kHtmlRoot); });
  router.get(kHtmlRoot, [pages](const auto& req, auto& res) {
    const Result<ProcessList> processes = list(pages->stores, pages->now());
    if (!processes.ok()) return send_problem_page(req, res, processes.problems());
    send_page(req, res, 200, front_page(processes.value(), page_language(req)));
  });
  router.get(paths::kProcessPattern, [pages](const auto& req, auto& res) {
    const Result<ProcessDetail> d = detail(pages->stores, path_id(req), pages->now());
    if (!d.ok()) return send_problem_page(req, res, d.problems());
    send_page(req, res, 200, process_page(d.value(), page_language(req)));
  });
  router.get(paths::kProposalPattern, [pages](const auto& req, auto& res) {
    const Result<ProcessDetail> d = detail(pages->stores, path_id(req), pages->now());
    if (!d.ok()) return send_problem_page(req, res, d.problems());
    const Proposal* proposal = find_proposal(d.value().process, path_part(req, 2));
    if (!proposal) return send_problem_page(req, res, {{ErrorCode::kNotFound, req.path}});
    send_page(req, res, 200, proposal_page(req, d.value(), *proposal, page_language(req)));
  });
}

}  // namespace sammen::server::processes
