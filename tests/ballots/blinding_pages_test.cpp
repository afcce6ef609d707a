// The HTML path's two ways to make a resident's receipt, each said plainly:
// the ballot script blinds it in the browser and the form then carries the
// receipt and no voter code (the ballot is secret even from the server), or,
// without the script, the server makes it from the code (and could link the
// two). Against the real routes over 127.0.0.1 and real SQLite.
#include "core/html.h"
#include "credential_client.h"
#include "page_client.h"
#include "sammen/core/error_table.h"
#include "sammen/credentials/screen_messages.h"

namespace sammen::testing {
namespace {

using BlindingPages = PageTest;

const std::string kSentrumBallot =
    "/html/processes/innbyggerbudsjett-2027/districts/sentrum/ballot";
const std::string kProcessApi = "/api/v1/processes/innbyggerbudsjett-2027";

// A sentence of the credentials' screen catalog in Bokmål, as a page has it.
std::string said(std::string_view key) {
  return server::escape(
      render(credential_screen_messages(), key, {}, {Language::kNorwegianBokmal}));
}

bool has(const std::string& html, const std::string& part) {
  return html.find(part) != std::string::npos;
}

// The receipt the confirmation at `location` shows, or "".
std::string shown_receipt(const std::string& html) {
  const std::string start = "<p class=\"receipt\"><code>";
  const std::size_t at = html.find(start);
  if (at == std::string::npos) return "";
  return html.substr(at + start.size(), 59);
}

TEST_F(BlindingPages, TheCodePageLoadsTheScriptAndSaysPlainlyThatTheServerMakesTheReceipt) {
  const std::string html = page(kSentrumBallot + "/code?p=leksekafe");
  EXPECT_TRUE(has(html, "<script src=\"/html-ballot.js\" defer></script>")) << html;
  EXPECT_TRUE(
      has(html, "<form id=\"code-form\" method=\"post\" action=\"" + kSentrumBallot +
                    "/code\" data-process=\"innbyggerbudsjett-2027\" data-district=\"sentrum\""
                    " data-module=\"/client/html-ballot.wasm\" novalidate>"));
  EXPECT_TRUE(has(html, "<input type=\"hidden\" name=\"receipt\" value=\"\">"));
  // Without the script, the warning is what the resident reads; the promise
  // stays hidden until the script runs.
  EXPECT_TRUE(
      has(html, "<p class=\"notice\" id=\"server-blinds\">" + said("server_blinds") + "</p>"));
  EXPECT_TRUE(
      has(html, "<p class=\"notice\" id=\"browser-blinds\" hidden>" + said("browser_blinds")));
}

TEST_F(BlindingPages, AReceiptMadeInTheBrowserCastsTheBallotWithoutTheCode) {
  const std::string token = csrf();
  httplib::Client api = server_->client();
  const IssuedCredential c = blind_credential(api, kProcessApi, voter_code(), "sentrum");
  ASSERT_EQ(c.status, 201) << c.body;
  const httplib::Result r = browser_->post(
      kSentrumBallot + "/code", {{"csrf", token}, {"p", "leksekafe"}, {"receipt", c.receipt}});
  ASSERT_EQ(r->status, 303);
  EXPECT_EQ(r->get_header_value("Location"), kSentrumBallot + "/done?p=leksekafe&replaced=0");
  const auto all = t_.ballots->all(server::demo::kProcessId).value();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].mark, c.mark);
  const std::string html = page(r->get_header_value("Location"));
  EXPECT_EQ(shown_receipt(html), c.receipt);
  EXPECT_TRUE(has(html, c.mark));
  EXPECT_TRUE(has(html, said("browser_blinded"))) << "secret even from the server";
  EXPECT_FALSE(has(html, said("server_blinded")));
  EXPECT_TRUE(has(html, "<div id=\"ballot-stored\" data-process=\"innbyggerbudsjett-2027\">"));
}

TEST_F(BlindingPages, AVoterCodeWithoutTheScriptSaysTheServerMadeTheReceipt) {
  const httplib::Result r =
      browser_->post(kSentrumBallot + "/code",
                     {{"csrf", csrf()}, {"p", "leksekafe"}, {"voter_code", voter_code()}});
  ASSERT_EQ(r->status, 303);
  const std::string html = page(r->get_header_value("Location"));
  EXPECT_EQ(shown_receipt(html).size(), 59u);
  EXPECT_TRUE(has(html, said("server_blinded"))) << html;
  EXPECT_FALSE(has(html, said("browser_blinded")));
}

TEST_F(BlindingPages, AReceiptTypedInToChangeTheVoteSaysNeither) {
  const std::string token = csrf();
  const httplib::Result first =
      browser_->post(kSentrumBallot + "/code",
                     {{"csrf", token}, {"p", "leksekafe"}, {"voter_code", voter_code()}});
  const std::string receipt = shown_receipt(page(first->get_header_value("Location")));
  const httplib::Result again = browser_->post(
      kSentrumBallot + "/code", {{"csrf", token}, {"p", "utlanssentral"}, {"voter_code", receipt}});
  ASSERT_EQ(again->status, 303);
  const std::string html = page(again->get_header_value("Location"));
  EXPECT_EQ(shown_receipt(html), receipt);
  EXPECT_FALSE(has(html, said("server_blinded")));
  EXPECT_FALSE(has(html, said("browser_blinded")));
}

TEST_F(BlindingPages, ACodeSentBesideABrowserReceiptIsNeitherCheckedNorUsed) {
  const std::string token = csrf();
  httplib::Client api = server_->client();
  const IssuedCredential c = blind_credential(api, kProcessApi, voter_code(0), "sentrum");
  ASSERT_EQ(c.status, 201) << c.body;
  const httplib::Result r = browser_->post(
      kSentrumBallot + "/code",
      {{"csrf", token}, {"p", "leksekafe"}, {"receipt", c.receipt}, {"voter_code", voter_code(1)}});
  ASSERT_EQ(r->status, 303);
  EXPECT_EQ(t_.ballots->all(server::demo::kProcessId).value().at(0).mark, c.mark);
  EXPECT_EQ(blind_credential(api, kProcessApi, voter_code(1), "sentrum").status, 201)
      << "the other code still has its own credential to get";
}

TEST_F(BlindingPages, AReceiptFieldThatIsNotOneComesBackAtTheCodeField) {
  const httplib::Result r = browser_->post(
      kSentrumBallot + "/code", {{"csrf", csrf()}, {"p", "leksekafe"}, {"receipt", "ABCD"}});
  ASSERT_EQ(r->status, 303);
  EXPECT_EQ(r->get_header_value("Location"),
            kSentrumBallot + "/code?p=leksekafe&problem=credential.receipt_malformed");
  EXPECT_EQ(t_.ballots->all(server::demo::kProcessId).value().size(), 0u);
}

TEST_F(BlindingPages, WhatTheScriptMetIsSaidBesideTheField) {
  const Audience nb{Language::kNorwegianBokmal, "NOK"};
  const std::string code = kSentrumBallot + "/code?p=leksekafe";
  const std::string waiting = page(code + "&problem=auth.too_many_attempts&wait=30");
  EXPECT_TRUE(has(waiting, server::escape(sentence({ErrorCode::kTooManyAttempts, "", 30}, nb))))
      << waiting;
  EXPECT_TRUE(has(waiting, "aria-invalid=\"true\""));
  EXPECT_TRUE(has(page(code + "&problem=credential.proof_failed"),
                  server::escape(sentence({ErrorCode::kCredentialProofFailed, ""}, nb))));
  EXPECT_TRUE(has(page(code + "&problem=setup.frozen"),
                  server::escape(sentence({ErrorCode::kInternal, ""}, nb))))
      << "anything else is the server's trouble";
  EXPECT_FALSE(has(page(code + "&problem=no.such.problem"), "aria-invalid"));
}

}  // namespace
}  // namespace sammen::testing
