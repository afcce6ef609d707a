// What the proposals feature's HTML pages share: the stores and the CSRF
// guard they hold, who is visiting, the frame of a page (the account bar,
// the phase box: which phase is open, until when in local time, what the
// visitor can do now), the words for stages, and how a refusal is shown.
//
// A refusal of the model (wrong phase, wrong role, too old, ...) is shown
// as its sentences in an error summary at the top of the page it came
// from, with the problem's 4xx status. Descriptions are shown by
// description_html(), the one place that turns a description into HTML.
#pragma once

#include <httplib.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "audit/sqlite_store.h"
#include "core/csrf.h"
#include "core/feature.h"
#include "core/form_errors.h"
#include "core/page.h"
#include "people/sqlite_store.h"
#include "processes/sqlite_store.h"
#include "processes/use_cases.h"
#include "proposals/sqlite_store.h"
#include "proposals/use_cases.h"

namespace sammen::server::proposals {

struct Pages {
  Pages(const Deps& deps, std::mutex& writes)
      : ideas(deps.db),
        processes(deps.db),
        people(deps.db),
        audit(deps.db),
        stores{ideas, processes, people, deps.db, deps.voting, writes},
        process_stores{processes, deps.voting, audit, deps.db},
        gate(deps.gate),
        now(deps.clock) {}
  SqliteStore ideas;
  processes::SqliteStore processes;
  people::SqliteStore people;
  audit::SqliteStore audit;
  Stores stores;
  processes::Stores process_stores;
  Gate& gate;
  Clock now;
  CsrfGuard csrf;
};

// Who visits, in which language; the municipality for the frame.
struct Visit {
  Asker asker;
  std::optional<Municipality> municipality;
  bool signed_in() const { return sammen::signed_in(asker.actor); }
  Language language() const { return asker.language; }
  // Refers to `municipality`: valid while this visit lives.
  Audience audience() const {
    return {asker.language, municipality ? std::string_view(municipality->currency) : "NOK"};
  }
};

// The visit of a GET; when `need_sign_in` and nobody is signed in, answers
// with a redirect to the sign-in page (coming back here) and returns nothing.
std::optional<Visit> visit(Pages& p, const httplib::Request& req, httplib::Response& res,
                           bool need_sign_in);

// A POST: its form (bounded) after its CSRF token and origin are checked,
// and the visit; nothing (the refusal or sign-in redirect sent) otherwise.
struct Posted {
  Visit visit;
  Form form;
};
std::optional<Posted> read_post(Pages& p, const httplib::Request& req, httplib::Response& res);

// A page with the account bar, the trail and `title` as its <h1>.
Page frame(const Visit& v, const std::string& title, std::vector<Crumb> trail);
// "Sign in" (coming back to `here`), or who is signed in, my proposals, sign out.
std::string account_bar(const Visit& v, const std::string& here);
// The phase box: the phase open now and until when, and what one can do now.
std::string phase_box(const PhaseNow& phase, const Audience& audience);
// The error summary of `problems` and the status to send it with.
std::string refusal(const std::vector<Problem>& problems, const Audience& audience,
                    const std::vector<std::string>& field_ids = {});
int refusal_status(const std::vector<Problem>& problems);

std::string csrf_field(Pages& p, const httplib::Request& req, httplib::Response& res);
// A form of one button that POSTs to `action`, with `fields_html` before the button.
std::string post_form(Pages& p, const httplib::Request& req, httplib::Response& res,
                      const std::string& action, const std::string& fields_html,
                      const std::string& button_html, const std::string& css_class = "");

std::string stage_name(ProposalStatus stage, const Audience& audience);
std::string work_name(WorkStatus work, const Audience& audience);
std::string local_time(UnixSeconds at, const Visit& v);
// A description as HTML: escaped paragraphs (one per blank-line block).
std::string description_html(const std::string& description, const Visit& v);
// Text the municipality or a resident wrote, escaped and marked with its language.
std::string own(const std::string& text, const Visit& v);

// An amount in kroner as a resident types it ("1500", "1 500", "1500,50"),
// in øre; nothing when it is not one.
std::optional<Money> parse_kroner(const std::string& text);
std::string kroner_text(Money amount);

// A new proposal's id and a new co-author code (routes.cpp), random.
std::string new_idea_id();
std::string new_invite_code();

// Every page; `writes` is the mutex the API's writes take too.
void install_pages(Router& router, const Deps& deps, std::mutex& writes);

// The page's routes (list_pages.cpp, idea_page.cpp, draft_pages.cpp, actions.cpp).
void install_list_pages(Router& router, const std::shared_ptr<Pages>& p);
void install_idea_page(Router& router, const std::shared_ptr<Pages>& p);
void install_draft_pages(Router& router, const std::shared_ptr<Pages>& p);
void install_actions(Router& router, const std::shared_ptr<Pages>& p);

// One proposal's page with `problems` above (idea_page.cpp), for the actions.
void send_idea_page(Pages& p, const httplib::Request& req, httplib::Response& res,
                    const Visit& v, const std::string& pid, const std::string& id,
                    const std::vector<Problem>& problems);

}  // namespace sammen::server::proposals
