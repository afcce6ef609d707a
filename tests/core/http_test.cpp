// The HTTP adapter: a use case's Result to a status and a JSON body.
#include "core/http.h"

#include <gtest/gtest.h>

#include "sammen/ballots/wire.h"

namespace sammen::testing {
namespace {

using server::Recipient;

Json body_of(const httplib::Response& res) {
  return Json::parse(res.body, nullptr, false);
}

TEST(Reply, AValueIsItsJsonWithTheStatusGiven) {
  httplib::Response res;
  server::reply(res, Recipient{}, Result<OwnBallot>(OwnBallot{{"p", "sentrum", {"park"}}, "m"}),
                201);
  EXPECT_EQ(res.status, 201);
  EXPECT_EQ(res.get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(body_of(res)["mark"], "m");
}

TEST(Reply, ProblemsAreTheErrorEnvelopeWithTheFirstProblemsStatus) {
  httplib::Response res;
  server::reply(res, Recipient{Language::kEnglish},
                Result<OwnBallot>(std::vector<Problem>{{ErrorCode::kVoterCodeUnknown, "voter_code"},
                                                       {ErrorCode::kEmptyBallot, ""}}));
  EXPECT_EQ(res.status, 403);
  EXPECT_EQ(body_of(res)["error"]["code"], "voter.code_unknown");
  EXPECT_EQ(body_of(res)["error"]["problems"].size(), 2u);
}

TEST(Reply, AmountsAreSaidInTheRecipientsCurrencyAskedOnlyForErrors) {
  int asked = 0;
  const Recipient danish{Language::kDanish, [&] {
                           ++asked;
                           return std::string("DKK");
                         }};
  httplib::Response ok;
  server::reply(ok, danish, Result<OwnBallot>(OwnBallot{}));
  EXPECT_EQ(asked, 0);
  httplib::Response res;
  server::reply(res, danish, Result<OwnBallot>(Problem{ErrorCode::kOverBudget, "x", 300, 200}));
  EXPECT_EQ(asked, 1);
  EXPECT_EQ(
      body_of(res)["error"]["message"],
      "Budgettet er på 2\u00a0kr., og dine valg koster 3\u00a0kr., altså 1\u00a0kr. for meget.");
}

TEST(RequestLanguage, QueryThenBodyThenAcceptLanguageThenBokmal) {
  httplib::Request req;
  EXPECT_EQ(server::request_language(req), Language::kNorwegianBokmal);
  req.headers.emplace("Accept-Language", "fr, da;q=0.8, en;q=0.9");
  EXPECT_EQ(server::request_language(req), Language::kEnglish);
  EXPECT_EQ(server::request_language(req, Language::kDanish), Language::kDanish);
  req.params.emplace("lang", "nn");
  EXPECT_EQ(server::request_language(req, Language::kDanish), Language::kNorwegianBokmal);
}

TEST(RequestLanguage, TheBodysLanguageIsReadEvenFromABodyThatFailsToDecode) {
  EXPECT_EQ(server::body_language(R"({"language": "en", "district_id": 7})"), Language::kEnglish);
  EXPECT_EQ(server::body_language(R"({"language": "fr"})"), std::nullopt);
  EXPECT_EQ(server::body_language("not json"), std::nullopt);
}

}  // namespace
}  // namespace sammen::testing
