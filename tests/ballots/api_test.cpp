// Casting ballots against the real server: store, replace, reject. These
// vote with the voter code, so the server makes each credential (the
// HTML path without scripts does the same); credentials/api_test.cpp casts
// them with credentials made blindly.
#include <thread>

#include "server_fixture.h"

namespace sammen::testing {
namespace {

using BallotsApi = ServerTest;

TEST_F(BallotsApi, AcceptsAValidBallotAndStoresIt) {
  const std::vector<std::string> codes = demo_codes();
  ASSERT_EQ(codes.size(), 40u);
  const httplib::Result r = vote(codes[0], "ostbyen", {"sykling-uten-alder", "gaende-skolebuss"});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 201) << r->body;
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
  const Json j = body(r);
  EXPECT_EQ(j["status"], "stored");
  EXPECT_EQ(j["replaced"], false);
  EXPECT_EQ(j["ballot"]["district_id"], "ostbyen");
  EXPECT_EQ(j["receipt"].get<std::string>().size(), 59u);
  EXPECT_EQ(j["mark"].get<std::string>().size(), 64u);

  const Json stored = stored_ballots();
  ASSERT_EQ(stored["count"], 1);
  EXPECT_EQ(stored["ballots"][0]["district_id"], "ostbyen");
  EXPECT_EQ(stored["ballots"][0]["proposal_ids"], Json({"sykling-uten-alder", "gaende-skolebuss"}));
  EXPECT_FALSE(stored["ballots"][0].contains("voter_code"));
}

TEST_F(BallotsApi, RevoteReplacesTheEarlierBallot) {
  const std::string code = demo_codes().at(0);
  const httplib::Result first = vote(code, "ostbyen", {"sykling-uten-alder"});
  ASSERT_EQ(first->status, 201);
  const httplib::Result again =
      vote_with_receipt(body(first)["receipt"], "stranda", {"strandrydding", "kajakkbod"});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200) << again->body;
  EXPECT_EQ(body(again)["replaced"], true);

  const Json stored = stored_ballots();
  ASSERT_EQ(stored["count"], 1);
  EXPECT_EQ(stored["ballots"][0]["district_id"], "stranda");
  EXPECT_EQ(stored["ballots"][0]["proposal_ids"], Json({"strandrydding", "kajakkbod"}));
}

TEST_F(BallotsApi, ReturnsTheVotersOwnBallot) {
  const std::vector<std::string> codes = demo_codes();
  const httplib::Result voted = vote(codes[0], "nordre-skog", {"gapahuk"});
  ASSERT_EQ(voted->status, 201);
  const std::string mine = std::string(kDemoProcess) + "/ballots/mine";

  const httplib::Result r = get(mine, {{"X-Receipt", body(voted)["receipt"]}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(body(r)["ballot"]["proposal_ids"], Json({"gapahuk"}));
  EXPECT_EQ(body(r)["mark"], body(voted)["mark"]);
  EXPECT_EQ(get(mine, {{"X-Receipt", codes[1]}})->status, 422);
  EXPECT_EQ(get(mine)->status, 422);
}

TEST_F(BallotsApi, VoterCodeIgnoresCaseSpacesAndDashes) {
  std::string code = demo_codes().at(0);  // "ELV-XXXX-XX"
  std::string sloppy;
  for (char c : code) {
    if (c != '-') sloppy += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  sloppy.insert(3, " ");
  ASSERT_EQ(vote(sloppy, "sentrum", {"leksekafe"})->status, 201);
  const httplib::Result again = vote(code, "sentrum", {"it-kurs-biblioteket"});
  EXPECT_EQ(again->status, 409) << "the same code: its credential is issued";
  EXPECT_EQ(error_code(again), "credential.already_issued");
}

TEST_F(BallotsApi, RejectsOverBudgetBallotWithCodeAndSentence) {
  // Østbyen has 1 800 000 kr; these cost 1 890 000 kr.
  const httplib::Result r =
      vote(demo_codes().at(0), "ostbyen",
           {"lekeplass-lokkeveien", "dagaktivitet", "sykkelverksted", "sykling-uten-alder"});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 422);
  EXPECT_EQ(error_code(r), "ballot.over_budget");
  // Amounts are grouped and joined to "kr" with no-break spaces (U+00A0).
  EXPECT_EQ(
      body(r)["error"]["message"],
      "Valgene dine koster 1\u00a0890\u00a0000\u00a0kr, 90\u00a0000\u00a0kr mer enn budsjettet "
      "på 1\u00a0800\u00a0000\u00a0kr.");
  EXPECT_EQ(stored_ballots()["count"], 0);
}

TEST_F(BallotsApi, RejectsProposalFromAnotherDistrict) {
  const httplib::Result r = vote(demo_codes().at(0), "ostbyen", {"leksekafe"});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 422);
  EXPECT_EQ(error_code(r), "ballot.proposal_in_other_district");
  EXPECT_EQ(body(r)["error"]["problems"][0]["subject"], "leksekafe");
}

TEST_F(BallotsApi, ReportsEveryProblemOfABallot) {
  const httplib::Result r =
      vote(demo_codes().at(0), "ostbyen",
           {"lekeplass-lokkeveien", "dagaktivitet", "dagaktivitet", "leksekafe", "no-such-proposal",
            "sykkelverksted", "sykling-uten-alder"});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 422);
  std::vector<std::string> codes;
  const Json error = body(r)["error"];
  for (const Json& p : error["problems"]) codes.push_back(p["code"]);
  EXPECT_EQ(codes, (std::vector<std::string>{"ballot.duplicate_proposal",
                                             "ballot.proposal_in_other_district",
                                             "ballot.unknown_proposal", "ballot.over_budget"}));
}

TEST_F(BallotsApi, RejectsAnEmptyBallotAndAnUnknownDistrict) {
  const std::string code = demo_codes().at(0);
  EXPECT_EQ(error_code(vote(code, "ostbyen", {})), "ballot.empty");
  const httplib::Result r = vote(code, "atlantis", {"leksekafe"});
  EXPECT_EQ(r->status, 422);
  EXPECT_EQ(error_code(r), "ballot.unknown_district");
}

TEST_F(BallotsApi, RejectsUnknownVoterCode) {
  const httplib::Result r = vote("ELV-AAAA-AA", "ostbyen", {"gaende-skolebuss"});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  EXPECT_EQ(error_code(r), "voter.code_unknown");
}

TEST_F(BallotsApi, RejectsMissingVoterCode) {
  const Json no_code = {
      {"version", 1}, {"district_id", "ostbyen"}, {"proposal_ids", {"gaende-skolebuss"}}};
  const httplib::Result r = post(std::string(kDemoProcess) + "/ballots", no_code.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);
  EXPECT_EQ(error_code(r), "voter.code_missing");
  EXPECT_EQ(error_code(vote("  - ", "ostbyen", {"gaende-skolebuss"})), "voter.code_missing");
}

TEST_F(BallotsApi, RejectsUnknownProcess) {
  const httplib::Result r = post("/api/v1/processes/no-such-process/ballots",
                                 ballot(demo_codes().at(0), "ostbyen", {"gaende-skolebuss"}));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 404);
  EXPECT_EQ(error_code(r), "process.unknown");
  EXPECT_EQ(get("/api/v1/processes/no-such-process")->status, 404);
}

TEST_F(BallotsApi, ConcurrentVotersAllStored) {
  const std::vector<std::string> codes = demo_codes();
  ASSERT_EQ(codes.size(), 40u);
  constexpr int kThreads = 8;
  std::vector<int> created(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (std::size_t i = static_cast<std::size_t>(t); i < codes.size(); i += kThreads) {
        const httplib::Result r = vote(codes[i], "nordre-skog", {"skoytebane", "nabolagshage"});
        if (r && r->status == 201) ++created[static_cast<std::size_t>(t)];
      }
    });
  }
  for (std::thread& t : threads) t.join();
  int total = 0;
  for (int n : created) total += n;
  EXPECT_EQ(total, 40);
  EXPECT_EQ(stored_ballots()["count"], 40);
}

}  // namespace
}  // namespace sammen::testing
