// One proposal's page: its text, authors, stage and every decision, and the
// forms of what the visitor may do with it now.
//
//   GET /html/processes/{pid}/ideas/{id}
#include "core/form_fields.h"
#include "core/html.h"
#include "core/page_paths.h"
#include "proposals/pages.h"
#include "sammen/core/error_table.h"
#include "sammen/processes/screen_messages.h"
#include "sammen/proposals/page_messages.h"

namespace sammen::server::proposals {
namespace {

std::string p_(const std::string& html, const char* css = nullptr) {
  return std::string("<p") + (css ? std::string(" class=\"") + css + "\"" : "") + ">" + html +
         "</p>";
}

std::string section(const std::string& id, const std::string& heading, const std::string& body) {
  return "<section aria-labelledby=\"" + id + "\"><h2 id=\"" + id + "\">" + heading + "</h2>" +
         body + "</section>";
}

std::string history_line(const Event& e, const Visit& v) {
  const Catalog m = proposal_page_messages();
  std::string line = words(m, "event." + std::string(kEventKindIds.id(e.kind)), v.audience(),
                           {{"who", e.by_name.empty() ? render(m, "someone", {}, v.audience()) : e.by_name},
                            {"amount", e.amount}});
  line = "<li>" + line + " <span class=\"facts\">" + local_time(e.at, v) + "</span>";
  if (!e.text.empty()) line += p_(own(e.text, v), "prose");
  return line + "</li>";
}

// The forms of what the visitor may do, each posting to .../{id}/{action}.
std::string actions_html(Pages& p, const httplib::Request& req, httplib::Response& res,
                         const Visit& v, const IdeaDetail& d) {
  const Catalog m = proposal_page_messages();
  const Audience a = v.audience();
  const Idea& idea = d.idea;
  const std::string base = paths::idea_page(idea.process_id, idea.id) + "/";
  std::string html;
  if (d.can.edit)
    html += p_("<a href=\"" + escape(base + "edit") + "\">" + words(m, "edit_draft", a) + "</a>");
  if (d.can.submit)
    html += post_form(p, req, res, base + "submit", p_(words(m, "submit_hint", a)),
                      words(m, "submit", a));
  if (d.can.invite) {
    if (!idea.invite_code.empty())
      html += p_(words(m, "invite_code_is", a)) + p_(escape(idea.invite_code), "code") +
              p_(words(m, "invite_link_is", a) + " <a href=\"" +
                 escape(std::string(paths::kJoin) + "?code=" + idea.invite_code) + "\">" +
                 escape(std::string(paths::kJoin) + "?code=" + idea.invite_code) + "</a>");
    else
      html += post_form(p, req, res, base + "invite", "", words(m, "make_invite", a));
  }
  if (d.can.support)
    html += post_form(p, req, res, base + "support",
                      "<input type=\"hidden\" name=\"supports\" value=\"" +
                          std::string(d.supported_by_you ? "0" : "1") + "\">",
                      words(m, d.supported_by_you ? "unsupport" : "support", a));
  if (d.can.answer)
    for (const Question& q : idea.questions)
      if (q.answer.empty()) {
        const std::string id = "answer-" + std::to_string(q.number);
        html += post_form(p, req, res, base + "answer",
                          "<input type=\"hidden\" name=\"number\" value=\"" +
                              std::to_string(q.number) + "\">" +
                              textarea_field({id, words(m, "answer_label", a, {{"question", q.text}}), "", "", ""}, a),
                          words(m, "answer", a));
      }
  if (d.can.review) {
    std::string review;
    if (idea.stage == ProposalStatus::kSubmitted)
      review += post_form(p, req, res, base + "accept", "", words(m, "accept", a)) +
                post_form(p, req, res, base + "reject",
                          textarea_field({"reject-reason", words(m, "reject_reason", a), "", words(m, "reason_public", a), ""}, a),
                          words(m, "reject", a)) +
                post_form(p, req, res, base + "merge",
                          input_field({"merge-into", words(m, "merge_into_label", a), "", words(m, "merge_into_hint", a), ""}, a),
                          words(m, "merge", a));
    review += post_form(p, req, res, base + "cost",
                        input_field({"cost-new", words(m, "new_cost", a), kroner_text(idea.text.cost), "", "", "text", "inputmode=\"decimal\""}, a) +
                            textarea_field({"cost-reason", words(m, "cost_reason", a), "", words(m, "reason_public", a), ""}, a),
                        words(m, "correct_cost", a)) +
              post_form(p, req, res, base + "ask",
                        textarea_field({"question", words(m, "question_label", a), "", "", ""}, a),
                        words(m, "ask", a));
    html += section("review", words(m, "review_heading", a), review);
  }
  if (d.can.moderate) {
    const bool hidden = idea.hidden;
    html += section("moderation", words(m, "moderation_heading", a),
                    post_form(p, req, res, base + (hidden ? "restore" : "hide"),
                              textarea_field({"moderation-reason", words(m, "moderation_reason", a), "", words(m, "moderation_hint", a), ""}, a),
                              words(m, hidden ? "restore" : "hide", a)));
  }
  if (d.can.progress) {
    std::vector<std::pair<std::string, std::string>> statuses;
    for (const WorkStatus w : {WorkStatus::kPlanned, WorkStatus::kStarted, WorkStatus::kDone})
      statuses.emplace_back(std::string(kWorkStatusIds.id(w)), work_name(w, a));
    html += section("progress", words(m, "progress_heading", a),
                    post_form(p, req, res, base + "progress",
                              select_field({"work-status", words(m, "work_status", a), "planned", "", ""}, statuses, a) +
                                  input_field({"work-percent", words(m, "work_percent", a), std::to_string(d.idea.updates.empty() ? 0 : d.idea.updates.back().percent), "", "", "text", "inputmode=\"numeric\""}, a) +
                                  textarea_field({"work-text", words(m, "work_text", a), "", "", ""}, a),
                              words(m, "post_progress", a)));
  }
  return html;
}

Page idea_page(Pages& p, const httplib::Request& req, httplib::Response& res, const Visit& v,
               const ProcessDetail& process, const IdeaDetail& d,
               const std::vector<Problem>& problems) {
  const Catalog m = proposal_page_messages();
  const Audience a = v.audience();
  const Idea& idea = d.idea;
  const std::string title =
      idea.text.title.empty() ? render(m, "untitled", {}, a) : idea.text.title;
  Page page = frame(v, title,
                    {{process.process.title, paths::process_page(idea.process_id)},
                     {render(m, "ideas_title", {}, a), paths::ideas_page(idea.process_id), false}});
  page.main = account_bar(v, req.path) + page.main + refusal(problems, a);
  page.main += p_(words(m, "stage_is", a, {{"stage", stage_name(d.stage, a)}}), "status");
  if (idea.hidden)
    page.main += p_(words(m, "hidden_because", a, {{"reason", idea.hidden_reason}}), "notice");
  if (!idea.rejection_reason.empty())
    page.main += p_(words(m, "rejected_because", a, {{"reason", idea.rejection_reason}}), "notice");
  if (!idea.merged_into.empty())
    page.main += p_(words(m, "merged_into", a) + " <a href=\"" +
                        escape(paths::idea_page(idea.process_id, idea.merged_into)) + "\">" +
                        escape(idea.merged_into) + "</a>", "notice");
  page.main += phase_box(d.phase, a);
  page.main += p_(words(m, "by", a, {{"authors", d.authors_label}}), "facts");
  page.main += p_(words(process_screen_messages(), "proposal_cost", a, {{"cost", idea.text.cost}}) +
                      " · " + escape(production_name(idea.text.production, v.language())),
                  "facts");
  page.main += description_html(idea.text.description, v);
  if (!idea.text.contribution.empty())
    page.main += section("contribution", words(m, "contribution_heading", a),
                         p_(own(idea.text.contribution, v), "prose"));
  if (!idea.cost_changes.empty()) {
    std::string body = "<ul>";
    for (const CostChange& c : idea.cost_changes)
      body += "<li>" + words(m, "cost_change", a, {{"from", c.from}, {"to", c.to}, {"who", c.by_name}}) +
              " <span class=\"facts\">" + local_time(c.at, v) + "</span>" +
              p_(own(c.reason, v), "prose") + "</li>";
    page.main += section("costs", words(m, "costs_heading", a), body + "</ul>");
  }
  if (!idea.questions.empty()) {
    std::string body = "<ul>";
    for (const Question& q : idea.questions) {
      body += "<li>" + p_(words(m, "asked_by", a, {{"who", q.asked_by_name}}) + " " + local_time(q.asked_at, v), "facts") +
              p_(own(q.text, v), "prose");
      body += q.answer.empty()
                  ? p_(words(m, "not_answered", a))
                  : p_(words(m, "answered_by", a, {{"who", q.answered_by_name}}) + " " + local_time(q.answered_at, v), "facts") +
                        p_(own(q.answer, v), "prose");
      body += "</li>";
    }
    page.main += section("questions", words(m, "questions_heading", a), body + "</ul>");
  }
  if (!idea.updates.empty()) {
    std::string body = "<ol>";
    for (const WorkUpdate& u : idea.updates)
      body += "<li>" + p_(work_name(u.status, a) + " · " + words(m, "percent_done", a, {{"percent", std::int64_t{u.percent}}}) +
                              " · " + local_time(u.at, v), "facts") +
              p_(own(u.text, v), "prose") + "</li>";
    page.main += section("timeline", words(m, "timeline_heading", a), body + "</ol>");
  }
  page.main += actions_html(p, req, res, v, d);
  std::string history = "<ol>";
  for (const Event& e : idea.history) history += history_line(e, v);
  page.main += section("history", words(m, "history_heading", a), history + "</ol>");
  return page;
}

}  // namespace

void send_idea_page(Pages& p, const httplib::Request& req, httplib::Response& res,
                    const Visit& v, const std::string& pid, const std::string& id,
                    const std::vector<Problem>& problems) {
  const Result<ProcessDetail> process = processes::detail(p.process_stores, pid, p.now());
  if (!process.ok()) return send_problem_page(req, res, process.problems());
  const Result<IdeaDetail> d = detail(p.stores, v.asker, pid, id);
  if (!d.ok()) return send_problem_page(req, res, d.problems());
  send_page(req, res, refusal_status(problems),
            idea_page(p, req, res, v, process.value(), d.value(), problems));
}

void install_idea_page(Router& router, const std::shared_ptr<Pages>& p) {
  router.get(paths::kIdeaPattern, [p](const auto& req, auto& res) {
    const std::optional<Visit> v = visit(*p, req, res, false);
    if (v) send_idea_page(*p, req, res, *v, path_id(req), path_part(req, 2), {});
  });
}

}  // namespace sammen::server::proposals
