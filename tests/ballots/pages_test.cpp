// The ballot on the HTML path: forms with CSRF tokens, POST then redirect,
// the model's problems beside their fields, the voter code and the
// confirmation, all against the real routes over 127.0.0.1 and real SQLite.
#include "page_client.h"

namespace sammen::testing {
namespace {

using BallotPages = PageTest;

const std::string kBallot = "/html/processes/innbyggerbudsjett-2027/districts/sentrum/ballot";

std::size_t stored(TestDatabase& t) { return t.ballots->all(server::demo::kProcessId).value().size(); }

// The receipt a confirmation page shows, or "".
std::string receipt_on(const std::string& html) {
  const std::string start = "<p class=\"receipt\"><code>";
  const std::size_t at = html.find(start);
  if (at == std::string::npos) return "";
  const std::size_t from = at + start.size();
  return html.substr(from, html.find("</code>", from) - from);
}

TEST_F(BallotPages, TheDistrictPageListsItsProposalsAndLeadsToTheBallot) {
  const std::string html = page(kSentrum);
  EXPECT_NE(html.find("<h1>Forslag i Sentrum</h1>"), std::string::npos);
  EXPECT_NE(html.find("href=\"/html/processes/innbyggerbudsjett-2027/proposals/leksekafe\""),
            std::string::npos);
  EXPECT_NE(html.find("<a href=\"" + kBallot + "\">Stem i Sentrum</a>"), std::string::npos);
}

TEST_F(BallotPages, TheBallotHasLabelledCheckboxesInAFieldset) {
  const std::string html = page(kBallot + "?p=leksekafe");
  EXPECT_NE(html.find("<fieldset aria-describedby=\"budget\"><legend>Stemmeseddelen din</legend>"),
            std::string::npos);
  EXPECT_NE(html.find("<input type=\"checkbox\" id=\"p-0\" name=\"p\" value=\"leksekafe\" checked "
                      "aria-describedby=\"p-0-facts\"><label for=\"p-0\">"),
            std::string::npos);
  EXPECT_NE(html.find("Brukt 180\u00a0000\u00a0kr av 2\u00a0500\u00a0000\u00a0kr"), std::string::npos);
  EXPECT_NE(html.find("Igjen: 2\u00a0320\u00a0000\u00a0kr"), std::string::npos);
}

TEST_F(BallotPages, EveryFormRejectsAMissingToken) {
  csrf();  // the cookie is there, the field is not
  for (const std::string& path : {kBallot, kBallot + "/code"}) {
    const httplib::Result r =
        browser_->post(path, {{"p", "leksekafe"}, {"voter_code", voter_code()}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 403) << path;
    EXPECT_NE(r->body.find("Skjemaet ble ikke sendt"), std::string::npos) << path;
  }
  EXPECT_EQ(stored(t_), 0u);
}

TEST_F(BallotPages, EveryFormRejectsAWrongToken) {
  const std::string token = csrf();
  std::string wrong = token;
  wrong[0] = wrong[0] == 'a' ? 'b' : 'a';
  for (const std::string& path : {kBallot, kBallot + "/code"}) {
    const httplib::Result r = browser_->post(
        path, {{"csrf", wrong}, {"p", "leksekafe"}, {"voter_code", voter_code()}}, {});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 403) << path;
  }
  EXPECT_EQ(stored(t_), 0u);
}

TEST_F(BallotPages, EveryFormRejectsATokenWithoutItsCookie) {
  const std::string token = csrf();
  browser_->forget_cookies();
  for (const std::string& path : {kBallot, kBallot + "/code"}) {
    const httplib::Result r = browser_->post(
        path, {{"csrf", token}, {"p", "leksekafe"}, {"voter_code", voter_code()}}, {});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 403) << path;
  }
  // Another browser's cookie with this browser's field is refused too.
  browser_->set_cookie("sammen_csrf", std::string(64, 'a'));
  EXPECT_EQ(browser_->post(kBallot, {{"csrf", token}, {"p", "leksekafe"}})->status, 403);
  EXPECT_EQ(stored(t_), 0u);
}

TEST_F(BallotPages, TheRefusalIsInTheResidentsLanguage) {
  csrf();
  const httplib::Result r = browser_->post(kBallot + "?lang=en", {{"p", "leksekafe"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  EXPECT_NE(r->body.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(r->body.find("The form was not sent"), std::string::npos);
}

TEST_F(BallotPages, GoodChoicesRedirectToTheVoterCode) {
  const httplib::Result r =
      browser_->post(kBallot, {{"csrf", csrf()}, {"p", "leksekafe"}, {"p", "it-kurs-biblioteket"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 303);
  EXPECT_EQ(r->get_header_value("Location"), kBallot + "/code?p=leksekafe&p=it-kurs-biblioteket");
  const std::string html = page(r->get_header_value("Location"));
  EXPECT_NE(
      html.find("<label class=\"field\" for=\"voter-code\">Stemmekode eller kvittering</label>"),
      std::string::npos);
  EXPECT_NE(html.find("Skript er slått av eller virker ikke på denne siden, så serveren lager "
                      "kvitteringen for deg når du stemmer."),
            std::string::npos)
      << "the page says plainly what it cannot promise";
  EXPECT_NE(html.find("<input type=\"hidden\" name=\"p\" value=\"it-kurs-biblioteket\">"),
            std::string::npos);
  EXPECT_NE(html.find("Sum: 300\u00a0000\u00a0kr"), std::string::npos);
}

TEST_F(BallotPages, ProblemsComeBackBesideTheirFieldsWithAFocusedSummary) {
  const httplib::Result r = browser_->post(
      kBallot, {{"csrf", csrf()}, {"p", "innbyggerparken"}, {"p", "elvepromenaden-lys"},
                {"p", "leksekafe"}, {"p", "it-kurs-biblioteket"}, {"p", "utlanssentral"}});
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 303);
  const std::string location = r->get_header_value("Location");
  EXPECT_NE(location.find("&check=1"), std::string::npos) << location;
  const std::string html = page(location);
  EXPECT_NE(html.find("<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-"
                      "title\"><h2 id=\"error-summary-title\" tabindex=\"-1\" autofocus>"
                      "Ett problem må rettes</h2><ul><li><a href=\"#p-0\">Valgene dine koster"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<p id=\"choices-error\" class=\"error\">Feil: Valgene dine koster"),
            std::string::npos);
  EXPECT_NE(html.find("<fieldset aria-describedby=\"budget choices-error\">"), std::string::npos)
      << "the fieldset says a problem of the whole set, once";
  EXPECT_NE(html.find("aria-describedby=\"p-0-facts\">"), std::string::npos);
  EXPECT_EQ(stored(t_), 0u);
}

TEST_F(BallotPages, AnEmptyBallotIsAProblemOfTheModel) {
  const httplib::Result r = browser_->post(kBallot, {{"csrf", csrf()}});
  ASSERT_EQ(r->status, 303);
  EXPECT_NE(page(r->get_header_value("Location")).find("Feil: Velg minst ett forslag."),
            std::string::npos);
}

TEST_F(BallotPages, AProblemWithOneProposalStandsBesideIt) {
  const std::string html = page(kBallot + "?p=leksekafe&p=leksekafe&check=1");
  EXPECT_NE(html.find("<a href=\"#p-0\">Forslaget «leksekafe» er valgt mer enn én gang."),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<p id=\"p-0-error\" class=\"error\">Feil: Forslaget"), std::string::npos);
  EXPECT_NE(html.find("aria-describedby=\"p-0-facts p-0-error\" aria-invalid=\"true\""),
            std::string::npos);
}

TEST_F(BallotPages, AWrongVoterCodeComesBackAtTheCodeField) {
  const std::string token = csrf();
  const httplib::Result r = browser_->post(
      kBallot + "/code", {{"csrf", token}, {"p", "leksekafe"}, {"voter_code", "ELV-0000-00"}});
  ASSERT_EQ(r->status, 303);
  const std::string location = r->get_header_value("Location");
  EXPECT_EQ(location, kBallot + "/code?p=leksekafe&problem=voter.code_unknown");
  const std::string html = page(location);
  EXPECT_NE(html.find("<li><a href=\"#voter-code\">Stemmekoden finnes ikke i manntallet"),
            std::string::npos);
  EXPECT_NE(html.find("aria-describedby=\"voter-code-hint voter-code-error\" aria-invalid=\"true\""),
            std::string::npos);
  EXPECT_EQ(stored(t_), 0u);
}

TEST_F(BallotPages, WrongVoterCodesAreSlowedDownWithTheSecondsToWait) {
  const std::string token = csrf();
  int status = 0;
  std::string retry_after, body;
  for (int attempt = 0; attempt < 12 && status != 429; ++attempt) {
    const httplib::Result r = browser_->post(
        kBallot + "/code", {{"csrf", token}, {"p", "leksekafe"}, {"voter_code", "ELV-0000-00"}});
    ASSERT_TRUE(r);
    status = r->status;
    retry_after = r->get_header_value("Retry-After");
    body = r->body;
  }
  ASSERT_EQ(status, 429);
  EXPECT_FALSE(retry_after.empty());
  EXPECT_NE(body.find("For mange mislykkede forsøk. Prøv igjen om"), std::string::npos);
  EXPECT_NE(body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_EQ(stored(t_), 0u);
}

TEST_F(BallotPages, CastingStoresTheBallotAndConfirmsIt) {
  const std::string token = csrf();
  const httplib::Result r =
      browser_->post(kBallot + "/code", {{"csrf", token}, {"p", "leksekafe"},
                                         {"p", "it-kurs-biblioteket"}, {"voter_code", voter_code()}});
  ASSERT_EQ(r->status, 303);
  const std::string location = r->get_header_value("Location");
  EXPECT_EQ(location, kBallot + "/done?p=leksekafe&p=it-kurs-biblioteket&replaced=0");
  EXPECT_EQ(location.find(voter_code()), std::string::npos) << "the code never travels in an address";
  const auto all = t_.ballots->all(server::demo::kProcessId).value();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].ballot.proposal_ids, (std::vector<std::string>{"leksekafe", "it-kurs-biblioteket"}));
  const std::string html = page(location);
  EXPECT_NE(html.find("<h1>Takk! Stemmen din er lagret.</h1>"), std::string::npos);
  EXPECT_EQ(html.find("Den erstatter"), std::string::npos);
  // The receipt, from a cookie, never from the address.
  const std::string receipt = receipt_on(html);
  EXPECT_EQ(receipt.size(), 59u) << html;
  EXPECT_EQ(location.find(receipt), std::string::npos);
  EXPECT_NE(html.find("Ta vare på denne kvitteringen"), std::string::npos);
  EXPECT_NE(html.find(all[0].mark), std::string::npos) << "the mark to look for in the result";
}

TEST_F(BallotPages, TheReceiptReplacesTheBallotAndSaysSo) {
  const std::string token = csrf();
  const httplib::Result first = browser_->post(
      kBallot + "/code", {{"csrf", token}, {"p", "leksekafe"}, {"voter_code", voter_code()}});
  const std::string receipt = receipt_on(page(first->get_header_value("Location")));
  const httplib::Result r = browser_->post(
      kBallot + "/code", {{"csrf", token}, {"p", "utlanssentral"}, {"voter_code", receipt}});
  ASSERT_EQ(r->status, 303);
  EXPECT_EQ(r->get_header_value("Location"), kBallot + "/done?p=utlanssentral&replaced=1");
  EXPECT_NE(page(r->get_header_value("Location"))
                .find("Den erstatter stemmen du ga tidligere med samme kvittering."),
            std::string::npos);
  EXPECT_EQ(stored(t_), 1u);
}

TEST_F(BallotPages, TheSameCodeAgainIsSentBackWithTheSentence) {
  const std::string token = csrf();
  browser_->post(kBallot + "/code",
                 {{"csrf", token}, {"p", "leksekafe"}, {"voter_code", voter_code()}});
  const httplib::Result r = browser_->post(
      kBallot + "/code", {{"csrf", token}, {"p", "utlanssentral"}, {"voter_code", voter_code()}});
  ASSERT_EQ(r->status, 303);
  EXPECT_EQ(r->get_header_value("Location"),
            kBallot + "/code?p=utlanssentral&problem=credential.already_issued");
  EXPECT_NE(page(r->get_header_value("Location"))
                .find("Denne stemmekoden er allerede brukt til å stemme."),
            std::string::npos);
  EXPECT_EQ(stored(t_), 1u);
}

TEST_F(BallotPages, AFormThatIsNotAFormIsA400Page) {
  const std::string token = csrf();
  httplib::Headers headers = {{"Cookie", "sammen_csrf=" + browser_->cookie("sammen_csrf")}};
  const httplib::Result json =
      server_->client().Post(kBallot, headers, "{\"p\":\"leksekafe\"}", "application/json");
  ASSERT_TRUE(json);
  EXPECT_EQ(json->status, 400);
  EXPECT_EQ(json->get_header_value("Content-Type"), "text/html; charset=utf-8");
  const httplib::Result broken = server_->client().Post(
      kBallot, headers, "csrf=" + token + "&p=%E0%80", "application/x-www-form-urlencoded");
  EXPECT_EQ(broken->status, 400);
}

TEST_F(BallotPages, AnOversizedFormIsA413Page) {
  const httplib::Result r = browser_->post(kBallot, {{"csrf", csrf()}, {"p", std::string(20000, 'x')}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_NE(r->body.find("<html lang=\"nb\">"), std::string::npos);
}

TEST_F(BallotPages, UnknownDistrictsAndProcessesAre404Pages) {
  EXPECT_NE(page("/html/processes/innbyggerbudsjett-2027/districts/atlantis/ballot", 404)
                .find("<h1>Noe gikk galt</h1>"),
            std::string::npos);
  page("/html/processes/nope/districts/sentrum", 404);
}

TEST_F(BallotPages, AClosedVoteSaysWhyInsteadOfAForm) {
  server_->now = kSeedTime + 400 * kDay;
  const std::string html = page(kBallot, 409);
  EXPECT_NE(html.find("Avstemningen er avsluttet."), std::string::npos) << html;
  EXPECT_EQ(html.find("<form"), std::string::npos);
}

TEST_F(BallotPages, EveryPageEscapesHostileText) {
  give_everything_hostile_names();
  const std::string token = csrf();
  const httplib::Result done =
      browser_->post(kBallot + "/code", {{"csrf", token}, {"p", "leksekafe"}, {"voter_code", voter_code()}});
  ASSERT_EQ(done->status, 303);
  for (const std::string& path : {std::string(kSentrum), kBallot + "?p=leksekafe&check=1",
                                  kBallot + "/code?p=leksekafe", done->get_header_value("Location")}) {
    std::string html = page(path);
    // The ballot script is a file of this site; nothing else is a script.
    const std::string ballot_script = "<script src=\"/html-ballot.js\" defer></script>";
    if (const std::size_t at = html.find(ballot_script); at != std::string::npos)
      html.erase(at, ballot_script.size());
    EXPECT_EQ(html.find("<script"), std::string::npos) << path;
    EXPECT_EQ(html.find("<img"), std::string::npos) << path;
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos) << path;
  }
}

}  // namespace
}  // namespace sammen::testing
