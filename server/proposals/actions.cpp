// What the forms of a proposal's page do: decode, call the use case, and
// 303 back to the proposal, or show it again with the model's refusal.
//
//   POST /html/processes/{pid}/ideas/{id}/submit, invite, support, answer,
//        accept, reject, cost, merge, ask, hide, restore, progress
#include "core/page_paths.h"
#include "proposals/pages.h"
#include "sammen/core/error_table.h"

namespace sammen::server::proposals {
namespace {

// A whole number 0..100 as typed; -1 when it is not one.
int percent_of(const std::string& text) {
  if (text.empty() || text.size() > 3) return -1;
  int n = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

// The step a form asks for, from its fields; or the problem with them.
Result<StepRequest> step_of(const std::string& action, const Form& f) {
  StepRequest s;
  if (action == "submit") s.step = Step::kSubmit;
  else if (action == "accept") s.step = Step::kAccept;
  else if (action == "support") {
    s.step = Step::kSupport;
    s.supports = f.value("supports") != "0";
  } else if (action == "reject") {
    s.step = Step::kReject;
    s.text = f.value("reject-reason");
  } else if (action == "hide" || action == "restore") {
    s.step = action == "hide" ? Step::kHide : Step::kRestore;
    s.text = f.value("moderation-reason");
  } else if (action == "ask") {
    s.step = Step::kAsk;
    s.text = f.value("question");
  } else if (action == "answer") {
    s.step = Step::kAnswer;
    s.number = percent_of(f.value("number").substr(0, 3));
    s.text = f.value("answer-" + f.value("number"));
  } else if (action == "cost") {
    s.step = Step::kCost;
    const std::optional<Money> cost = parse_kroner(f.value("cost-new"));
    if (!cost) return Problem{ErrorCode::kNotAnAmount, "cost-new"};
    s.cost = *cost;
    s.text = f.value("cost-reason");
  } else if (action == "progress") {
    s.step = Step::kProgress;
    const std::optional<WorkStatus> status = kWorkStatusIds.parse(f.value("work-status"));
    if (!status || *status == WorkStatus::kNone) return Problem{ErrorCode::kWrongType, "work-status"};
    const int percent = percent_of(f.value("work-percent"));
    if (percent < 0) return Problem{ErrorCode::kNotAWholeNumber, "work-percent"};
    s.progress = {*status, percent, f.value("work-text"), ""};
  } else {
    return Problem{ErrorCode::kNotFound, action};
  }
  return s;
}

}  // namespace

void install_actions(Router& router, const std::shared_ptr<Pages>& p) {
  const std::string pattern = std::string(paths::kIdeaPattern) +
      "/(submit|invite|support|answer|accept|reject|cost|merge|ask|hide|restore|progress)";
  router.post(pattern, [p](const auto& req, auto& res) {
    const std::optional<Posted> posted = read_post(*p, req, res);
    if (!posted) return;
    const std::string pid = path_id(req), id = path_part(req, 2), action = path_part(req, 3);
    const Asker& a = posted->visit.asker;
    std::vector<Problem> problems;
    std::string target = id;
    if (action == "invite") {
      const Result<Invite> made = invite(p->stores, a, pid, id, new_invite_code());
      if (!made.ok()) problems = made.problems();
    } else if (action == "merge") {
      const Result<IdeaDetail> merged = merge_into(p->stores, a, pid, id, posted->form.value("merge-into"));
      if (merged.ok()) target = merged.value().idea.id;
      else problems = merged.problems();
    } else {
      const Result<StepRequest> step = step_of(action, posted->form);
      const Result<IdeaDetail> done = step.ok() ? apply(p->stores, a, pid, id, step.value())
                                                : Result<IdeaDetail>(step.problems());
      if (!done.ok()) problems = done.problems();
    }
    if (problems.empty()) return redirect(res, paths::idea_page(pid, target));
    send_idea_page(*p, req, res, posted->visit, pid, id, problems);
  });
}

}  // namespace sammen::server::proposals
