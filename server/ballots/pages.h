// What the ballot pages share: the district a page is about, the resident's
// choices as a page carries them, and the stores the pages call on.
//
// Between steps the choices travel as repeated "p" fields (in the query of a
// redirect, or as hidden fields); the voter code only ever travels in a
// POSTed body, never in an address. pages.cpp renders the district and the
// ballot; code_pages.cpp the voter code and the confirmation.
#pragma once

#include <httplib.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ballots/routes.h"
#include "core/form.h"
#include "core/html.h"
#include "core/page.h"
#include "sammen/core/catalog.h"
#include "sammen/processes/content_language.h"

namespace sammen::server::ballots {

// The district a page is about, in its process as it stands now.
struct DistrictView {
  ProcessDetail detail;
  DistrictBudget budget;
  std::string name;                      // the district's name for people
  std::vector<Proposal> proposals;       // on the ballot, in the process's order
  Language language = Language::kNorwegianBokmal;

  const Process& process() const { return detail.process; }
  Audience audience() const { return {language, detail.municipality.currency}; }
  // A title or name of the municipality's own, escaped and marked with its language.
  std::string own(std::string_view text) const {
    return escape_in(text, content_language(detail.municipality), language);
  }
  Ballot ballot(std::vector<std::string> proposal_ids) const {
    return {process().id, budget.district_id, std::move(proposal_ids)};
  }
};

// The process and district the route captured; when there is none, sends
// the problem page and returns nothing.
std::optional<DistrictView> load_district(Routes& pages, const httplib::Request& request,
                                          httplib::Response& response);

// A request to one step of the ballot: its district and its fields (the
// query of a GET; the body of a POST, whose CSRF token is checked). When
// anything is wrong, sends the page that says so and returns nothing.
struct StepRequest {
  DistrictView view;
  Form fields;
  std::vector<std::string> chosen() const { return fields.values("p"); }
};
std::optional<StepRequest> read_step(Routes& pages, const httplib::Request& request,
                                     httplib::Response& response);

// A page of a step: the trail to the district, then `title` as its <h1>.
Page step_page(const DistrictView& view, const std::string& title);

// `path` with the choices (and `more` fields) as its query.
std::string with_choices(const std::string& path, const std::vector<std::string>& proposal_ids,
                         std::vector<Form::Field> more = {});
// The choices as hidden fields of a form.
std::string hidden_choices(const std::vector<std::string>& proposal_ids);
// <input type="hidden" name="csrf" ...> for this browser.
std::string csrf_field(Routes& pages, const httplib::Request& request,
                       httplib::Response& response);

// The path of a step of the ballot ("", "/code", "/done").
std::string step_path(const DistrictView& view, const std::string& step);

// The voter code and confirmation pages (code_pages.cpp).
void install_code_pages(Router& router, const std::shared_ptr<Routes>& pages);

}  // namespace sammen::server::ballots
