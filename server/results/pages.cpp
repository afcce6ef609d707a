// The HTML page of the results feature: decode, call the use cases, render.
//
//   GET /html/processes/{pid}/results   the published result, each proposal explained
#include "core/html.h"
#include "core/page.h"
#include "core/page_paths.h"
#include "results/routes.h"
#include "sammen/processes/content_language.h"
#include "sammen/results/explanation.h"
#include "sammen/results/screen_messages.h"

namespace sammen::server::results {
namespace {

std::string district_section(const DistrictTally& district, const PublishedTally& published,
                             const Municipality& municipality, const Audience& audience) {
  const Catalog screens = result_screen_messages();
  const District* named = find_district(municipality, district.district_id);
  const std::string name = named ? named->name : district.district_id;
  std::string html = "<section aria-labelledby=\"d-" + escape(district.district_id) + "\"><h2 id=\"d-" +
                     escape(district.district_id) + "\">" +
                     escape_in(name, content_language(municipality), audience.language) +
                     "</h2><p>" +
                     words(screens, "spent_of_budget", audience,
                           {{"spent", district.spent}, {"budget", district.budget}}) +
                     " · " +
                     words(screens, "ballots_counted", audience, {{"count", district.ballots}}) +
                     "</p><ul class=\"cards\">";
  for (const ProposalOutcome& outcome : district.proposals) {
    const Proposal* proposal = find_proposal(published.process, outcome.proposal_id);
    const bool funded = outcome.verdict == counting::Verdict::kFunded;
    html += "<li><h3><a href=\"" +
            escape(paths::proposal_page(published.process.id, outcome.proposal_id)) + "\">" +
            escape_in(proposal ? proposal->title : outcome.proposal_id,
                      content_language(municipality), audience.language) +
            "</a></h3><p class=\"verdict " + (funded ? "funded" : "not-funded") + "\">" +
            words(screens, funded ? "funded" : "not_funded", audience) + " · " +
            words(screens, "votes", audience, {{"count", outcome.votes}}) + "</p><p>" +
            escape(explain(outcome, published.process, audience)) + "</p></li>";
  }
  return html + "</ul></section>";
}

Page result_page(const PublishedTally& published, const Municipality& municipality) {
  const Audience audience{published.language, published.currency};
  const Catalog screens = result_screen_messages();
  const Tally& tally = published.tally;
  const std::string title =
      render(screens, "title", {{"process", published.process.title}}, audience);
  Page page{published.language, title, municipality.name};
  page.site_language = content_language(municipality);
  page.main =
      breadcrumbs({{municipality.name, kHtmlRoot},
                   {published.process.title, paths::process_page(published.process.id)},
                   {title, "", false}},
                  published.language, page.site_language) +
      "<h1>" + escape(title) + "</h1><p>" +
      words(screens, tally.binding ? "binding" : "advisory", audience) + "</p><p>" +
      words(screens, "ballots_counted", audience, {{"count", tally.ballots}}) + "</p><p>" +
      words(screens, "rule", audience, {{"rule", rule_name(tally.rule, published.language)}}) +
      "</p><p>" +
      words(screens, "tie_break", audience,
            {{"tie_break", tie_break_name(tally.tie_break, published.language)}}) +
      "</p>";
  for (const DistrictTally& district : tally.districts)
    page.main += district_section(district, published, municipality, audience);
  page.main += "<p>" + words(screens, "fingerprint", audience) + "</p><p class=\"fingerprint\">" +
               escape(tally.ballots_fingerprint) + "</p>";
  if (!tally.ballots_file_sha256.empty()) {
    page.main += "<p><a href=\"/api/v1/processes/" + escape(encode_form_value(tally.process_id)) +
                 "/ballots.pb\">" + words(screens, "ballots_file", audience) +
                 "</a></p><p class=\"fingerprint\">" + escape(tally.ballots_file_sha256) + "</p>";
  }
  return page;
}

}  // namespace

void install_pages(Router& router, const std::shared_ptr<Routes>& pages) {
  router.get(std::string(paths::kProcessPattern) + "/results", [pages](const auto& req,
                                                                       auto& res) {
    const Language language = page_language(req);
    const Result<ProcessDetail> d = processes::detail(pages->process_stores, path_id(req),
                                                      pages->now());
    if (!d.ok()) return send_problem_page(req, res, d.problems());
    const Result<PublishedTally> published = show(pages->stores, path_id(req), language);
    if (!published.ok()) return send_problem_page(req, res, published.problems());
    send_page(req, res, 200, result_page(published.value(), d.value().municipality));
  });
}

}  // namespace sammen::server::results
