// The HTML pages of the ballots feature, second half: decode, call a use
// case, render.
//
//   GET  .../districts/{did}/ballot/code?p=..[&problem=voter.code_unknown]
//   POST .../districts/{did}/ballot/code   submit(): 303 to done, or back with the problem
//   GET  .../districts/{did}/ballot/done?p=..&replaced=1
//
// The field takes the voter code or the receipt (to change the vote). With
// a voter code, the resident's credential is made one of two ways:
//   - by the browser: the ballot script (web/html-ballot.js, loaded by both
//     pages) blinds it, gets it for the voter code through the API, and
//     sends this form with the receipt in the hidden "receipt" field and no
//     voter code. The page then says the ballot is secret even from the
//     server.
//   - by the server, when the script does not run: the form carries the code
//     and the server makes the credential (submit()), and the pages say
//     plainly that this server could therefore link the ballot to the code.
// The script's problems come back as ?problem=ID (and &wait=N seconds),
// said beside the field like the server's own. The receipt and who made it
// go to the confirmation in a short-lived HttpOnly cookie (ten minutes, this
// process only), never in an address.
#include <charconv>
#include <string_view>
#include <utility>

#include "ballots/feature.h"
#include "ballots/pages.h"
#include "core/cookies.h"
#include "core/form_errors.h"
#include "core/html.h"
#include "core/page.h"
#include "core/page_paths.h"
#include "sammen/ballots/ballot.h"
#include "sammen/ballots/screen_messages.h"
#include "sammen/core/error_table.h"
#include "sammen/credentials/receipt.h"
#include "sammen/credentials/screen_messages.h"
#include "sammen/processes/screen_messages.h"

namespace sammen::server::ballots {
namespace {

constexpr const char* kCodeField = "voter_code";
constexpr const char* kReceiptField = "receipt";  // filled by the ballot script
constexpr const char* kReceiptCookie = "sammen_receipt";
constexpr const char* kBallotScript = "/html-ballot.js";
constexpr const char* kBlindingModule = "/client/html-ballot.wasm";

// The receipt of the ballot just cast and who made it: the browser (the
// ballot script blinded it), the server (a voter code without the script),
// or nobody this time (a receipt typed in to change the vote). The cookie
// holds "browser:RECEIPT", "server:RECEIPT" or "typed:RECEIPT".
enum class MadeBy { kBrowser, kServer, kTyped };
struct KeptReceipt {
  MadeBy made_by = MadeBy::kTyped;
  std::string receipt;
};
constexpr std::pair<MadeBy, std::string_view> kMadeByNames[] = {
    {MadeBy::kBrowser, "browser"}, {MadeBy::kServer, "server"}, {MadeBy::kTyped, "typed"}};

std::string cookie_value(const KeptReceipt& kept) {
  for (const auto& [made_by, name] : kMadeByNames)
    if (made_by == kept.made_by) return std::string(name) + ":" + kept.receipt;
  return kept.receipt;
}

KeptReceipt kept_receipt(std::string_view value) {
  const std::size_t colon = value.find(':');
  for (const auto& [made_by, name] : kMadeByNames) {
    if (colon != std::string_view::npos && value.substr(0, colon) == name)
      return {made_by, std::string(value.substr(colon + 1))};
  }
  return {MadeBy::kTyped, std::string(value)};
}

bool about_the_voter_code(ErrorCode code) {
  return code == ErrorCode::kVoterCodeMissing || code == ErrorCode::kVoterCodeUnknown ||
         code == ErrorCode::kCodeUsedOnPaper || code == ErrorCode::kNotYourDistrict ||
         code == ErrorCode::kCredentialAlreadyIssued || code == ErrorCode::kReceiptMalformed ||
         code == ErrorCode::kReceiptUnknown;
}

// Problems the voter-code field can say when a redirect names them: those
// of the code or receipt, and what the ballot script met on its way.
bool said_at_the_field(ErrorCode code) {
  return about_the_voter_code(code) || code == ErrorCode::kTooManyAttempts ||
         code == ErrorCode::kCredentialProofFailed || code == ErrorCode::kCredentialMalformed ||
         code == ErrorCode::kStorageFailed || code == ErrorCode::kServerBusy ||
         code == ErrorCode::kInternal;
}

// Where the code is asked for: what the page promises about the receipt.
// The server makes it (said plainly, and shown until the ballot script takes
// over), or the browser does (hidden until the script runs).
std::string blinding_notes(const Audience& audience) {
  const Catalog screens = credential_screen_messages();
  return "<p class=\"notice\" id=\"server-blinds\">" + words(screens, "server_blinds", audience) +
         "</p><p class=\"notice\" id=\"browser-blinds\" hidden>" +
         words(screens, "browser_blinds", audience) + "</p>";
}

// On the confirmation: what the way the receipt was made means.
std::string made_by_note(MadeBy made_by, const Audience& audience) {
  if (made_by == MadeBy::kTyped) return "";
  return "<p class=\"notice\">" +
         words(credential_screen_messages(),
               made_by == MadeBy::kBrowser ? "browser_blinded" : "server_blinded", audience) +
         "</p>";
}

// The receipt and what to keep, on the confirmation.
std::string receipt_section(const std::string& receipt_text, const Audience& audience) {
  const std::optional<sammen::credentials::Receipt> receipt =
      sammen::credentials::parse_receipt(receipt_text);
  if (!receipt) return "";
  const Catalog screens = credential_screen_messages();
  return "<h2>" + words(screens, "receipt", audience) + "</h2><p class=\"receipt\"><code>" +
         escape(sammen::credentials::receipt_text(*receipt)) + "</code></p><p>" +
         words(screens, "keep_receipt", audience) + "</p><p>" +
         escape(render(screens, "mark", {{"mark", sammen::credentials::ballot_mark(*receipt)}},
                       audience)) +
         "</p>";
}

// The chosen proposals, each with its cost, and what they cost together.
std::string chosen_list(const DistrictView& v, const std::vector<std::string>& chosen) {
  const Audience audience = v.audience();
  std::string html = "<ul>";
  for (const std::string& id : chosen) {
    const Proposal* p = find_proposal(v.process(), id);
    html += "<li>" + v.own(p ? p->title : id) + " – " +
            (p ? amount_html(p->cost, audience) : "") + "</li>";
  }
  html += "</ul>";
  if (v.process().ballot.format == BallotFormat::kKnapsack) {
    html += "<p><strong>" +
            words(ballot_screen_messages(), "total", audience,
                  {{"total", ballot_cost(v.ballot(chosen), v.process())}}) +
            "</strong></p>";
  }
  return html;
}

Page code_page(const DistrictView& v, const std::vector<std::string>& chosen,
               const std::optional<Problem>& problem, const std::string& csrf) {
  const Audience audience = v.audience();
  const Catalog screens = ballot_screen_messages();
  const std::string title = render(screens, "your_ballot", {}, audience);
  Page page = step_page(v, title);
  const std::string said = problem ? sentence(*problem, audience) : "";
  if (problem) page.main += error_summary({{"voter-code", said}}, audience);
  page.main += chosen_list(v, chosen) + "<p><a href=\"" +
               escape(with_choices(step_path(v, ""), chosen)) + "\">" +
               words(screens, "change_choices", audience) + "</a></p>" + blinding_notes(audience);
  // The ballot script reads the process, the district and its module from the form.
  page.main += "<form id=\"code-form\" method=\"post\" action=\"" +
               escape(step_path(v, "/code")) + "\" data-process=\"" + escape(v.process().id) +
               "\" data-district=\"" + escape(v.budget.district_id) + "\" data-module=\"" +
               kBlindingModule + "\" novalidate>" + csrf + hidden_choices(chosen) +
               "<input type=\"hidden\" name=\"" + kReceiptField + "\" value=\"\">" +
               "<label class=\"field\" for=\"voter-code\">" + words(screens, "voter_code", audience) +
               "</label><p class=\"hint\" id=\"voter-code-hint\">" +
               words(screens, "voter_code_help", audience) + "</p>";
  if (problem) page.main += field_error("voter-code-error", said, audience);
  page.main += std::string("<input type=\"text\" id=\"voter-code\" name=\"") + kCodeField +
               "\" autocomplete=\"off\" autocapitalize=\"characters\" spellcheck=\"false\" "
               "aria-describedby=\"voter-code-hint" +
               (problem ? " voter-code-error\" aria-invalid=\"true\"" : "\"") + ">" +
               "<button type=\"submit\">" + words(screens, "submit", audience) +
               "</button></form>";
  page.scripts = {kBallotScript};
  return page;
}

Page done_page(const DistrictView& v, const std::vector<std::string>& chosen, bool replaced,
               const KeptReceipt& kept) {
  const Audience audience = v.audience();
  const Catalog screens = ballot_screen_messages();
  const std::string title = render(screens, "stored", {}, audience);
  Page page = step_page(v, title);
  if (replaced) page.main += "<p class=\"notice\">" + words(screens, "replaced", audience) + "</p>";
  // The ballot script forgets the credential it kept for this process.
  page.main += "<div id=\"ballot-stored\" data-process=\"" + escape(v.process().id) + "\">" +
               receipt_section(kept.receipt, audience) + made_by_note(kept.made_by, audience) +
               "</div>";
  page.main += "<h2>" + words(screens, "your_ballot", audience) + "</h2>" + chosen_list(v, chosen) +
               "<p>" + words(screens, "can_revote", audience) + "</p><p><a href=\"" +
               escape(with_choices(step_path(v, ""), chosen)) + "\">" +
               words(screens, "change_vote", audience) + "</a></p><p><a href=\"" +
               escape(paths::process_page(v.process().id)) + "\">" + v.own(v.process().title) + "</a></p>";
  page.scripts = {kBallotScript};
  return page;
}

// The problem a redirect named (?problem=voter.code_unknown, with &wait=N
// for the seconds to wait), as the field says it; any other problem is the
// server's trouble.
std::optional<Problem> named_problem(const Form& query) {
  const std::optional<ErrorCode> code = error_code_from_wire_id(query.value("problem"));
  if (!code) return std::nullopt;
  if (!said_at_the_field(*code)) return Problem{ErrorCode::kInternal, kCodeField};
  const std::string wait = query.value("wait");
  std::int64_t seconds = 0;
  const auto [end, error] = std::from_chars(wait.data(), wait.data() + wait.size(), seconds);
  if (error != std::errc() || end != wait.data() + wait.size() || seconds < 0 || seconds > 86400)
    seconds = 0;
  return Problem{*code, kCodeField, seconds};
}

}  // namespace

void install_code_pages(Router& router, const std::shared_ptr<Routes>& pages) {
  const std::string ballot = std::string(paths::kDistrictPattern) + "/ballot";
  router.get(ballot + "/code", [pages](const auto& req, auto& res) {
    const std::optional<StepRequest> step = read_step(*pages, req, res);
    if (!step) return;
    const std::vector<std::string> chosen = step->chosen();
    if (!review(pages->stores, step->view.ballot(chosen), pages->now()).ok())
      return redirect(res, with_choices(step_path(step->view, ""), chosen, {{"check", "1"}}));
    const std::string csrf = csrf_field(*pages, req, res);
    send_page(req, res, 200, code_page(step->view, chosen, named_problem(step->fields), csrf));
  });
  router.post(ballot + "/code", [pages](const auto& req, auto& res) {
    const std::optional<StepRequest> step = read_step(*pages, req, res);
    if (!step) return;
    const DistrictView& v = step->view;
    const std::vector<std::string> chosen = step->chosen();
    const std::string typed = step->fields.value(kCodeField);
    const std::string made_in_browser = step->fields.value(kReceiptField);
    BallotSubmission submission{"", "", v.ballot(chosen), v.language};
    MadeBy made_by = MadeBy::kServer;
    if (!made_in_browser.empty()) {
      submission.receipt = made_in_browser;
      made_by = MadeBy::kBrowser;
    } else if (sammen::credentials::looks_like_receipt(typed)) {
      submission.receipt = typed;
      made_by = MadeBy::kTyped;
    } else {
      submission.voter_code = typed;
    }
    const Result<BallotReceipt> receipt =
        submit(pages->stores, submission, req.remote_addr, pages->now());
    if (receipt.ok()) {
      const std::string kept =
          receipt.value().receipt.empty() ? submission.receipt : receipt.value().receipt;
      set_cookie(res, kReceiptCookie, cookie_value({made_by, kept}),
                 {paths::process_page(v.process().id), true, "Strict", 600});
      return redirect(res, with_choices(step_path(v, "/done"), chosen,
                                        {{"replaced", receipt.value().replaced ? "1" : "0"}}));
    }
    const Problem& first = receipt.first_problem();
    if (http_status(first.code) >= 500)
      return send_problem_page(req, res, receipt.problems(), v.detail.municipality.currency);
    if (first.code == ErrorCode::kTooManyAttempts) {  // said at once, with the seconds to wait
      res.set_header("Retry-After", std::to_string(first.amount));
      const Problem slow_down{first.code, kCodeField, first.amount, first.limit};
      return send_page(req, res, 429, code_page(v, chosen, slow_down, csrf_field(*pages, req, res)));
    }
    if (about_the_voter_code(first.code)) {
      return redirect(res, with_choices(step_path(v, "/code"), chosen,
                                        {{"problem", std::string(wire_id(first.code))}}));
    }
    redirect(res, with_choices(step_path(v, ""), chosen, {{"check", "1"}}));
  });
  router.get(ballot + "/done", [pages](const auto& req, auto& res) {
    const std::optional<StepRequest> step = read_step(*pages, req, res);
    if (!step) return;
    send_page(req, res, 200,
              done_page(step->view, step->chosen(), step->fields.value("replaced") == "1",
                        kept_receipt(cookie(req, kReceiptCookie).value_or(""))));
  });
}

}  // namespace sammen::server::ballots
