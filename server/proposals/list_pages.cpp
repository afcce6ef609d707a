// The lists: a process's proposals with their stage, my proposals with my
// notices, the youth council's workspace, and all funded work.
//
//   GET  /html/processes/{pid}/ideas     public proposals, the phase now, "write a proposal"
//   GET  /html/processes/{pid}/council   the youth council's drafts in a youth process
//   GET  /html/mine                      my proposals and notices; POST /html/mine/read
//   GET  /html/funded                    every selected proposal and where its work stands
#include "core/html.h"
#include "core/page_paths.h"
#include "proposals/pages.h"
#include "sammen/core/error_table.h"
#include "sammen/processes/screen_messages.h"
#include "sammen/proposals/page_messages.h"

namespace sammen::server::proposals {
namespace {

std::string card(const IdeaSummary& s, const Visit& v) {
  const Audience a = v.audience();
  const Catalog m = proposal_page_messages();
  std::string html = "<li><h2><a href=\"" + escape(paths::idea_page(s.process_id, s.id)) + "\">" +
                     (s.title.empty() ? words(m, "untitled", a) : own(s.title, v)) + "</a></h2>";
  html += "<p><span class=\"stage\">" + stage_name(s.stage, a) + "</span></p>";
  html += "<p class=\"facts\">" + words(m, "by", a, {{"authors", s.authors_label}}) + " · " +
          words(process_screen_messages(), "proposal_cost", a, {{"cost", s.cost}}) + "</p>";
  if (s.work != WorkStatus::kNone)
    html += "<p class=\"facts\">" + work_name(s.work, a) + " · " +
            words(m, "percent_done", a, {{"percent", std::int64_t{s.percent}}}) + "</p>";
  return html + "</li>";
}

std::string cards(const std::vector<IdeaSummary>& ideas, const Visit& v, const std::string& empty) {
  if (ideas.empty()) return "<p>" + empty + "</p>";
  std::string html = "<ul class=\"cards\">";
  for (const IdeaSummary& s : ideas) html += card(s, v);
  return html + "</ul>";
}

void ideas_page(Pages& p, const httplib::Request& req, httplib::Response& res, const Visit& v) {
  const Catalog m = proposal_page_messages();
  const Audience a = v.audience();
  const Result<ProcessDetail> process = processes::detail(p.process_stores, path_id(req), p.now());
  if (!process.ok()) return send_problem_page(req, res, process.problems());
  const Result<IdeaList> list = list_public(p.stores, v.asker, path_id(req));
  if (!list.ok()) return send_problem_page(req, res, list.problems());
  const std::string pid = process.value().process.id;
  Page page = frame(v, render(m, "ideas_title", {}, a), {{process.value().process.title, paths::process_page(pid)}});
  page.main = account_bar(v, req.path) + page.main + phase_box(list.value().phase, a);
  page.main += "<p><a href=\"" + escape(paths::ideas_page(pid) + "/new") + "\">" +
               words(m, "write_new", a) + "</a> · <a href=\"" + std::string(paths::kJoin) + "\">" +
               words(m, "join_title", a) + "</a> · <a href=\"" + escape(paths::council_page(pid)) +
               "\">" + words(m, "council_title", a) + "</a></p>";
  page.main += cards(list.value().ideas, v, words(m, "no_ideas", a));
  send_page(req, res, 200, page);
}

void council_page(Pages& p, const httplib::Request& req, httplib::Response& res, const Visit& v) {
  const Catalog m = proposal_page_messages();
  const Audience a = v.audience();
  const Result<ProcessDetail> process = processes::detail(p.process_stores, path_id(req), p.now());
  if (!process.ok()) return send_problem_page(req, res, process.problems());
  const std::string pid = process.value().process.id;
  Page page = frame(v, render(m, "council_title", {}, a), {{process.value().process.title, paths::process_page(pid)}});
  page.main = account_bar(v, req.path) + page.main;
  if (const Status member = require_role(v.asker.actor, Role::kYouthCouncil); !member.ok()) {
    page.main += refusal(member.problems(), a);
    return send_page(req, res, refusal_status(member.problems()), page);
  }
  const Result<MyIdeas> mine_now = mine(p.stores, v.asker);
  if (!mine_now.ok()) return send_problem_page(req, res, mine_now.problems());
  std::vector<IdeaSummary> council;
  for (const IdeaSummary& s : mine_now.value().ideas)
    if (s.council && s.process_id == pid) council.push_back(s);
  page.main += "<p>" + words(m, "council_intro", a) + "</p><p><a href=\"" +
               escape(paths::ideas_page(pid) + "/new") + "\">" + words(m, "write_new", a) +
               "</a></p>" + cards(council, v, words(m, "no_council_ideas", a));
  send_page(req, res, 200, page);
}

void mine_page(Pages& p, const httplib::Request& req, httplib::Response& res, const Visit& v) {
  const Catalog m = proposal_page_messages();
  const Audience a = v.audience();
  const Result<MyIdeas> mine_now = mine(p.stores, v.asker);
  if (!mine_now.ok()) return send_problem_page(req, res, mine_now.problems());
  Page page = frame(v, render(m, "mine_title", {}, a), {});
  page.main = account_bar(v, req.path) + page.main;
  page.main += "<section aria-labelledby=\"notices\"><h2 id=\"notices\">" +
               words(m, "notices_heading", a, {{"count", mine_now.value().unread}}) + "</h2>";
  if (mine_now.value().notices.empty()) page.main += "<p>" + words(m, "no_notices", a) + "</p>";
  else {
    page.main += "<ul>";
    for (const Notice& n : mine_now.value().notices)
      page.main += std::string("<li") + (n.read ? "" : " class=\"unread\"") + ">" +
                   (n.read ? "" : words(m, "unread", a) + " ") + "<a href=\"" +
                   escape(paths::idea_page(n.process_id, n.proposal_id)) + "\">" + own(n.text, v) +
                   "</a> <span class=\"facts\">" + local_time(n.at, v) + "</span></li>";
    page.main += "</ul>";
    if (mine_now.value().unread > 0)
      page.main += post_form(p, req, res, std::string(paths::kMine) + "/read", "",
                             words(m, "mark_read", a), "secondary");
  }
  page.main += "</section><section aria-labelledby=\"my-ideas\"><h2 id=\"my-ideas\">" +
               words(m, "my_ideas_heading", a) + "</h2>" +
               cards(mine_now.value().ideas, v, words(m, "no_my_ideas", a)) + "</section>";
  send_page(req, res, 200, page);
}

void funded_page(Pages& p, const httplib::Request& req, httplib::Response& res, const Visit& v) {
  const Catalog m = proposal_page_messages();
  const Audience a = v.audience();
  const Result<FundedWork> work = funded(p.stores, v.asker);
  if (!work.ok()) return send_problem_page(req, res, work.problems());
  Page page = frame(v, render(m, "funded_title", {}, a), {});
  page.main = account_bar(v, req.path) + page.main + "<p>" + words(m, "funded_intro", a) + "</p>";
  if (work.value().items.empty()) page.main += "<p>" + words(m, "no_funded", a) + "</p>";
  else {
    page.main += "<ul class=\"cards\">";
    for (const FundedItem& item : work.value().items) {
      std::string html = card(item.idea, v);
      if (item.latest) {
        html.resize(html.size() - 5);  // before </li>
        html += "<p class=\"prose\">" + own(item.latest->text, v) + " <span class=\"facts\">" +
                local_time(item.latest->at, v) + "</span></p></li>";
      }
      page.main += html;
    }
    page.main += "</ul>";
  }
  send_page(req, res, 200, page);
}

}  // namespace

void install_list_pages(Router& router, const std::shared_ptr<Pages>& p) {
  router.get(paths::kIdeasPattern, [p](const auto& req, auto& res) {
    if (const std::optional<Visit> v = visit(*p, req, res, false)) ideas_page(*p, req, res, *v);
  });
  router.get(paths::kCouncilPattern, [p](const auto& req, auto& res) {
    if (const std::optional<Visit> v = visit(*p, req, res, true)) council_page(*p, req, res, *v);
  });
  router.get(paths::kMine, [p](const auto& req, auto& res) {
    if (const std::optional<Visit> v = visit(*p, req, res, true)) mine_page(*p, req, res, *v);
  });
  router.post(std::string(paths::kMine) + "/read", [p](const auto& req, auto& res) {
    const std::optional<Posted> posted = read_post(*p, req, res);
    if (!posted) return;
    const Result<MyIdeas> read = read_notices(p->stores, posted->visit.asker, {});
    if (!read.ok()) return send_problem_page(req, res, read.problems());
    redirect(res, paths::kMine);
  });
  router.get(paths::kFunded, [p](const auto& req, auto& res) {
    if (const std::optional<Visit> v = visit(*p, req, res, false)) funded_page(*p, req, res, *v);
  });
}

}  // namespace sammen::server::proposals
