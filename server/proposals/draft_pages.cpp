// Writing a proposal: a new draft, editing one (with the version check: a
// stale save is told what changed meanwhile and keeps the resident's text
// in the form), and joining one as a co-author by its code.
//
//   GET/POST /html/processes/{pid}/ideas/new
//   GET/POST /html/processes/{pid}/ideas/{id}/edit
//   GET/POST /html/join[?code=...]
#include "core/form_fields.h"
#include "core/html.h"
#include "core/page_paths.h"
#include "proposals/pages.h"
#include "sammen/core/error_table.h"
#include "sammen/proposals/page_messages.h"

namespace sammen::server::proposals {
namespace {

const std::vector<std::string> kTextFields{"title", "description", "district_id", "cost",
                                           "production", "contribution"};

// The text as the form sent it; a cost that is not an amount is a problem.
Result<IdeaText> text_of(const Form& f) {
  IdeaText t;
  t.title = f.value("title");
  t.description = f.value("description");
  t.district_id = f.value("district_id");
  t.contribution = f.value("contribution");
  t.production = kProductionIds.parse(f.value("production")).value_or(ProductionForm::kMunicipal);
  const std::string cost = f.value("cost");
  if (!cost.empty()) {
    const std::optional<Money> amount = parse_kroner(cost);
    if (!amount) return Problem{ErrorCode::kNotAnAmount, "cost"};
    t.cost = *amount;
  }
  return t;
}

// What the form shows: the text, and the cost as typed.
struct Draft {
  IdeaText text;
  std::string cost_typed;
};

std::string draft_form(Pages& p, const httplib::Request& req, httplib::Response& res,
                       const Visit& v, const Process& process, const std::string& action,
                       const Draft& d, const std::vector<FieldError>& errors,
                       std::optional<std::int64_t> based_on, bool may_be_council) {
  const Catalog m = proposal_page_messages();
  const Audience a = v.audience();
  std::vector<std::pair<std::string, std::string>> districts;
  for (const DistrictBudget& b : process.budgets) {
    std::string name = b.district_id;
    if (v.municipality)
      if (const District* found = find_district(*v.municipality, b.district_id)) name = found->name;
    districts.emplace_back(b.district_id, own(name, v));
  }
  std::vector<std::pair<std::string, std::string>> forms;
  for (const ProductionForm f :
       {ProductionForm::kMunicipal, ProductionForm::kCoProduction, ProductionForm::kSelfProduction})
    forms.emplace_back(std::string(kProductionIds.id(f)), escape(production_name(f, v.language())));
  std::string fields =
      input_field({"title", words(m, "field_title", a), d.text.title, words(m, "field_title_hint", a),
                   error_for(errors, "title")}, a) +
      textarea_field({"description", words(m, "field_description", a), d.text.description,
                      words(m, "field_description_hint", a), error_for(errors, "description")}, a) +
      select_field({"district_id", words(m, "field_district", a), d.text.district_id, "",
                    error_for(errors, "district_id")}, districts, a) +
      input_field({"cost", words(m, "field_cost", a), d.cost_typed, words(m, "field_cost_hint", a),
                   error_for(errors, "cost"), "text", "inputmode=\"decimal\""}, a) +
      select_field({"production", words(m, "field_production", a),
                    std::string(kProductionIds.id(d.text.production)), words(m, "field_production_hint", a),
                    error_for(errors, "production")}, forms, a) +
      textarea_field({"contribution", words(m, "field_contribution", a), d.text.contribution,
                      words(m, "field_contribution_hint", a), error_for(errors, "contribution")}, a);
  if (based_on)
    fields += "<input type=\"hidden\" name=\"based_on\" value=\"" + std::to_string(*based_on) + "\">";
  if (may_be_council)
    fields += "<div class=\"choice\"><input type=\"checkbox\" id=\"council\" name=\"council\" value=\"1\"><label for=\"council\">" +
              words(m, "field_council", a) + "</label></div>";
  return post_form(p, req, res, action, fields, words(m, "save_draft", a));
}

std::optional<ProcessDetail> process_of(Pages& p, const httplib::Request& req,
                                        httplib::Response& res) {
  Result<ProcessDetail> d = processes::detail(p.process_stores, path_id(req), p.now());
  if (!d.ok()) {
    send_problem_page(req, res, d.problems());
    return std::nullopt;
  }
  return std::move(d).value();
}

void new_page(Pages& p, const httplib::Request& req, httplib::Response& res, const Visit& v,
              const ProcessDetail& process, const Draft& d, const std::vector<Problem>& problems) {
  const Catalog m = proposal_page_messages();
  const Audience a = v.audience();
  Page page = frame(v, render(m, "new_title", {}, a),
                    {{process.process.title, paths::process_page(process.process.id)},
                     {render(m, "ideas_title", {}, a), paths::ideas_page(process.process.id), false}});
  page.main = account_bar(v, req.path) + page.main + refusal(problems, a, kTextFields) +
              phase_box(phase_now_view(process.process, v.municipality ? zone_of(*v.municipality) : TimeZone::kOslo, v.asker.now, v.language()), a) +
              "<p>" + words(m, "new_intro", a) + "</p>";
  const bool council = role_covers(v.asker.actor.roles, Role::kYouthCouncil) &&
                       (process.process.eligibility.min_age > 0 || process.process.eligibility.max_age > 0);
  page.main += draft_form(p, req, res, v, process.process, paths::ideas_page(process.process.id) + "/new", d,
                          field_errors(problems, kTextFields, a), std::nullopt, council);
  send_page(req, res, refusal_status(problems), page);
}

void edit_page(Pages& p, const httplib::Request& req, httplib::Response& res, const Visit& v,
               const ProcessDetail& process, const IdeaDetail& idea, const Draft& d,
               std::int64_t based_on, const std::vector<Problem>& problems,
               const std::optional<EditConflict>& conflict) {
  const Catalog m = proposal_page_messages();
  const Audience a = v.audience();
  const std::string pid = process.process.id;
  Page page = frame(v, render(m, "edit_title", {}, a),
                    {{process.process.title, paths::process_page(pid)},
                     {render(m, "ideas_title", {}, a), paths::ideas_page(pid), false},
                     {idea.idea.text.title.empty() ? render(m, "untitled", {}, a) : idea.idea.text.title,
                      paths::idea_page(pid, idea.idea.id)}});
  page.main = account_bar(v, req.path) + page.main + refusal(problems, a, kTextFields);
  if (conflict) {
    std::string changed = "<section aria-labelledby=\"meanwhile\"><h2 id=\"meanwhile\">" +
                          words(m, "meanwhile_heading", a) + "</h2><p>" +
                          words(m, "meanwhile_by", a, {{"names", conflict->changed_by}}) +
                          "</p><dl>";
    for (const std::string& field : conflict->changed_fields) {
      std::string now;
      if (field == "title") now = conflict->current.title;
      else if (field == "description") now = conflict->current.description;
      else if (field == "contribution") now = conflict->current.contribution;
      else if (field == "district_id") now = conflict->current.district_id;
      else if (field == "cost") now = kroner_text(conflict->current.cost);
      else if (field == "production") now = production_name(conflict->current.production, v.language());
      changed += "<dt>" + words(m, "field_" + (field == "district_id" ? std::string("district") : field), a) +
                 "</dt><dd class=\"prose\">" + own(now, v) + "</dd>";
    }
    page.main += changed + "</dl><p>" + words(m, "meanwhile_keep", a) + "</p></section>";
  }
  page.main += phase_box(idea.phase, a) +
               draft_form(p, req, res, v, process.process,
                          paths::idea_page(pid, idea.idea.id) + "/edit", d,
                          field_errors(problems, kTextFields, a), based_on, false) +
               "<p><a href=\"" + escape(paths::idea_page(pid, idea.idea.id)) + "\">" +
               words(m, "back_to_idea", a) + "</a></p>";
  send_page(req, res, refusal_status(problems), page);
}

Draft draft_of(const IdeaText& t) {
  return {t, t.cost == 0 ? "" : kroner_text(t.cost)};
}

Draft draft_as_typed(const Form& f) {
  Draft d;
  const Result<IdeaText> t = text_of(f);
  if (t.ok()) d.text = t.value();
  else {
    d.text.title = f.value("title");
    d.text.description = f.value("description");
    d.text.district_id = f.value("district_id");
    d.text.contribution = f.value("contribution");
    d.text.production = kProductionIds.parse(f.value("production")).value_or(ProductionForm::kMunicipal);
  }
  d.cost_typed = f.value("cost");
  return d;
}

void join_page(Pages& p, const httplib::Request& req, httplib::Response& res, const Visit& v,
               const std::string& code, const std::vector<Problem>& problems) {
  const Catalog m = proposal_page_messages();
  const Audience a = v.audience();
  Page page = frame(v, render(m, "join_title", {}, a), {});
  page.main = account_bar(v, req.target) + page.main + refusal(problems, a, {"code"}) +
              "<p>" + words(m, "join_intro", a) + "</p>" +
              post_form(p, req, res, paths::kJoin,
                        input_field({"code", words(m, "join_code", a), code, words(m, "join_code_hint", a),
                                     problems.empty() ? "" : sentence(problems.front(), a), "text",
                                     "autocomplete=\"off\" spellcheck=\"false\""}, a),
                        words(m, "join", a));
  send_page(req, res, refusal_status(problems), page);
}

}  // namespace

void install_draft_pages(Router& router, const std::shared_ptr<Pages>& p) {
  const std::string fresh = std::string(paths::kIdeasPattern) + "/new";
  router.get(fresh, [p](const auto& req, auto& res) {
    const std::optional<Visit> v = visit(*p, req, res, true);
    if (!v) return;
    const std::optional<ProcessDetail> process = process_of(*p, req, res);
    if (process) new_page(*p, req, res, *v, *process, {}, {});
  });
  router.post(fresh, [p](const auto& req, auto& res) {
    const std::optional<Posted> posted = read_post(*p, req, res);
    if (!posted) return;
    const std::optional<ProcessDetail> process = process_of(*p, req, res);
    if (!process) return;
    const Result<IdeaText> text = text_of(posted->form);
    const Result<IdeaDetail> made =
        text.ok() ? start(p->stores, posted->visit.asker, process->process.id,
                          {text.value(), posted->form.value("council") == "1"}, new_idea_id())
                  : Result<IdeaDetail>(text.problems());
    if (made.ok())
      return redirect(res, paths::idea_page(process->process.id, made.value().idea.id) + "/edit?saved=1");
    new_page(*p, req, res, posted->visit, *process, draft_as_typed(posted->form), made.problems());
  });
  const std::string edit = std::string(paths::kIdeaPattern) + "/edit";
  router.get(edit, [p](const auto& req, auto& res) {
    const std::optional<Visit> v = visit(*p, req, res, true);
    if (!v) return;
    const std::optional<ProcessDetail> process = process_of(*p, req, res);
    if (!process) return;
    const Result<IdeaDetail> idea = detail(p->stores, v->asker, path_id(req), path_part(req, 2));
    if (!idea.ok()) return send_problem_page(req, res, idea.problems());
    std::vector<Problem> problems;
    if (!idea.value().can.edit) problems.push_back({ErrorCode::kNotAuthor, ""});
    if (idea.value().idea.stage != ProposalStatus::kDraft) problems = {{ErrorCode::kNotDraft, ""}};
    edit_page(*p, req, res, *v, *process, idea.value(), draft_of(idea.value().idea.text),
              idea.value().idea.version, problems, std::nullopt);
  });
  router.post(edit, [p](const auto& req, auto& res) {
    const std::optional<Posted> posted = read_post(*p, req, res);
    if (!posted) return;
    const std::optional<ProcessDetail> process = process_of(*p, req, res);
    if (!process) return;
    const std::string pid = path_id(req), id = path_part(req, 2);
    const Result<IdeaText> text = text_of(posted->form);
    const std::int64_t based_on = std::strtoll(posted->form.value("based_on").c_str(), nullptr, 10);
    std::vector<Problem> problems;
    std::optional<EditConflict> conflict;
    if (!text.ok()) problems = text.problems();
    else {
      auto saved = save(p->stores, posted->visit.asker, pid, id, {based_on, text.value()});
      if (std::holds_alternative<IdeaDetail>(saved))
        return redirect(res, paths::idea_page(pid, id));
      problems = std::get<SaveRefusal>(saved).problems;
      conflict = std::get<SaveRefusal>(saved).conflict;
    }
    const Result<IdeaDetail> idea = detail(p->stores, posted->visit.asker, pid, id);
    if (!idea.ok()) return send_problem_page(req, res, idea.problems());
    // After a conflict the next save is based on the current version: the
    // resident has been told what changed and decides.
    edit_page(*p, req, res, posted->visit, *process, idea.value(), draft_as_typed(posted->form),
              conflict ? conflict->current_version : based_on, problems, conflict);
  });
  router.get(paths::kJoin, [p](const auto& req, auto& res) {
    const std::optional<Visit> v = visit(*p, req, res, true);
    if (!v) return;
    const Result<Form> query = query_form(req);
    join_page(*p, req, res, *v, query.ok() ? query.value().value("code") : "", {});
  });
  router.post(paths::kJoin, [p](const auto& req, auto& res) {
    const std::optional<Posted> posted = read_post(*p, req, res);
    if (!posted) return;
    const Result<Joined> joined = redeem(p->stores, posted->visit.asker, posted->form.value("code"));
    if (joined.ok())
      return redirect(res, paths::idea_page(joined.value().process_id, joined.value().proposal_id));
    join_page(*p, req, res, posted->visit, posted->form.value("code"), joined.problems());
  });
}

}  // namespace sammen::server::proposals
