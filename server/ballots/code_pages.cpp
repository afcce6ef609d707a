// The HTML pages of the ballots feature, second half: decode, call a use
// case, render.
//
//   GET  .../districts/{did}/ballot/code?p=..[&problem=voter.code_unknown]
//   POST .../districts/{did}/ballot/code   submit(): 303 to done, or back with the problem
//   GET  .../districts/{did}/ballot/done?p=..&replaced=1
//
// The field takes the voter code (the first time: the server makes the
// resident's credential, and the pages say plainly that this server could
// therefore link the ballot to the code) or the receipt (to change the
// vote). The receipt goes to the confirmation in a short-lived HttpOnly
// cookie (ten minutes, this process only), never in an address.
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
constexpr const char* kReceiptCookie = "sammen_receipt";

bool about_the_voter_code(ErrorCode code) {
  return code == ErrorCode::kVoterCodeMissing || code == ErrorCode::kVoterCodeUnknown ||
         code == ErrorCode::kCodeUsedOnPaper || code == ErrorCode::kNotYourDistrict ||
         code == ErrorCode::kCredentialAlreadyIssued || code == ErrorCode::kReceiptMalformed ||
         code == ErrorCode::kReceiptUnknown;
}

// What the page without scripts cannot promise, said where the code is asked for.
std::string server_blinded_note(const Audience& audience) {
  return "<p class=\"notice\">" + words(credential_screen_messages(), "server_blinded", audience) +
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
               words(screens, "change_choices", audience) + "</a></p>" +
               server_blinded_note(audience);
  page.main += "<form method=\"post\" action=\"" + escape(step_path(v, "/code")) +
               "\" novalidate>" + csrf + hidden_choices(chosen) +
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
  return page;
}

Page done_page(const DistrictView& v, const std::vector<std::string>& chosen, bool replaced,
               const std::string& receipt) {
  const Audience audience = v.audience();
  const Catalog screens = ballot_screen_messages();
  const std::string title = render(screens, "stored", {}, audience);
  Page page = step_page(v, title);
  if (replaced) page.main += "<p class=\"notice\">" + words(screens, "replaced", audience) + "</p>";
  page.main += receipt_section(receipt, audience);
  page.main += "<h2>" + words(screens, "your_ballot", audience) + "</h2>" + chosen_list(v, chosen) +
               "<p>" + words(screens, "can_revote", audience) + "</p><p><a href=\"" +
               escape(with_choices(step_path(v, ""), chosen)) + "\">" +
               words(screens, "change_vote", audience) + "</a></p><p><a href=\"" +
               escape(paths::process_page(v.process().id)) + "\">" + v.own(v.process().title) + "</a></p>";
  return page;
}

// The problem a redirect named (?problem=voter.code_unknown), if it is one
// about the voter code.
std::optional<Problem> named_problem(const Form& query) {
  const std::optional<ErrorCode> code = error_code_from_wire_id(query.value("problem"));
  if (!code || !about_the_voter_code(*code)) return std::nullopt;
  return Problem{*code, kCodeField};
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
    BallotSubmission submission{"", "", v.ballot(chosen), v.language};
    (sammen::credentials::looks_like_receipt(typed) ? submission.receipt : submission.voter_code) =
        typed;
    const Result<BallotReceipt> receipt =
        submit(pages->stores, submission, req.remote_addr, pages->now());
    if (receipt.ok()) {
      const std::string kept =
          receipt.value().receipt.empty() ? submission.receipt : receipt.value().receipt;
      set_cookie(res, kReceiptCookie, kept,
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
                        cookie(req, kReceiptCookie).value_or("")));
  });
}

}  // namespace sammen::server::ballots
