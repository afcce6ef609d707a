// One-time credentials against the real server: the published keys, a
// credential issued blindly once per code, ballots cast with the receipt
// alone, replaced with it, and refused without a real one.
#include "credential_client.h"
#include "server_fixture.h"

namespace sammen::testing {
namespace {

class CredentialsApi : public ServerTest {
 protected:
  IssuedCredential credential(const std::string& code, const std::string& district = "ostbyen") {
    httplib::Client http = client();
    return blind_credential(http, kDemoProcess, code, district);
  }
};

TEST_F(CredentialsApi, KeysArePublishedForEveryDistrictAndForVotersWithout) {
  const httplib::Result r = get(std::string(kDemoProcess) + "/credentials/keys");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const Json keys = body(r)["keys"];
  ASSERT_GE(keys.size(), 2u);
  EXPECT_EQ(keys[0]["district_id"], "");
  for (const Json& key : keys) EXPECT_EQ(key["public_key"].get<std::string>().size(), 64u);
  EXPECT_EQ(body(get(std::string(kDemoProcess) + "/credentials/keys")), body(r)) << "stable";
}

TEST_F(CredentialsApi, ACodeGetsACredentialWhoseProofVerifies) {
  const IssuedCredential c = credential(demo_codes().at(0));
  EXPECT_EQ(c.status, 201) << c.body;
  EXPECT_EQ(c.receipt.size(), 59u) << "48 characters in groups of four";
}

TEST_F(CredentialsApi, ASecondCredentialForTheSameCodeIsRefused) {
  const std::string code = demo_codes().at(0);
  ASSERT_EQ(credential(code).status, 201);
  const IssuedCredential again = credential(code);
  EXPECT_EQ(again.status, 409);
  const Json error = Json::parse(again.body)["error"];
  EXPECT_EQ(error["code"], "credential.already_issued");
  EXPECT_EQ(error["message"],
            "Denne stemmekoden er allerede brukt til å stemme. Vil du endre stemmen, skriver du "
            "inn kvitteringen du fikk da, i stedet for koden.");
}

TEST_F(CredentialsApi, TheSameBlindedElementIsAnsweredAgainWhenTheAnswerWasLost) {
  const std::string code = demo_codes().at(0);
  const Json keys = body(get(std::string(kDemoProcess) + "/credentials/keys"));
  const std::string blinded = keys["keys"][0]["public_key"];  // any valid element will do
  const Json request = {{"version", 1},
                        {"voter_code", code},
                        {"district_id", "ostbyen"},
                        {"blinded_element", blinded}};
  const httplib::Result first = post(std::string(kDemoProcess) + "/credentials", request.dump());
  const httplib::Result second = post(std::string(kDemoProcess) + "/credentials", request.dump());
  ASSERT_EQ(first->status, 201) << first->body;
  ASSERT_EQ(second->status, 201) << second->body;
  EXPECT_EQ(body(first)["evaluated_element"], body(second)["evaluated_element"]);
}

TEST_F(CredentialsApi, AnElementThatIsNotOneIsRefused) {
  const Json request = {{"version", 1},
                        {"voter_code", demo_codes().at(0)},
                        {"district_id", "ostbyen"},
                        {"blinded_element", std::string(64, '0')}};
  const httplib::Result r = post(std::string(kDemoProcess) + "/credentials", request.dump());
  EXPECT_EQ(r->status, 422);
  EXPECT_EQ(error_code(r), "credential.malformed");
}

TEST_F(CredentialsApi, AnUnknownCodeGetsNoCredential) {
  const IssuedCredential c = credential("ELV-NONE-00");
  EXPECT_EQ(c.status, 403);
  EXPECT_TRUE(c.receipt.empty());
}

TEST_F(CredentialsApi, ABallotCastWithTheReceiptIsStoredUnderItsMarkWithoutCodeOrTime) {
  const IssuedCredential c = credential(demo_codes().at(0));
  const httplib::Result r = vote_with_receipt(c.receipt, "ostbyen", {"sykling-uten-alder"});
  ASSERT_EQ(r->status, 201) << r->body;
  EXPECT_EQ(body(r)["mark"], c.mark);
  EXPECT_FALSE(body(r).contains("receipt")) << "the resident made it; it is not sent back";
  const Json stored = stored_ballots();
  ASSERT_EQ(stored["count"], 1);
  EXPECT_EQ(stored["ballots"][0]["mark"], c.mark);
  EXPECT_FALSE(stored["ballots"][0].contains("submitted_at"));
}

TEST_F(CredentialsApi, TheReceiptReplacesItsBallotBeforeTheClose) {
  const IssuedCredential c = credential(demo_codes().at(0));
  ASSERT_EQ(vote_with_receipt(c.receipt, "ostbyen", {"sykling-uten-alder"})->status, 201);
  const httplib::Result again = vote_with_receipt(c.receipt, "ostbyen", {"gaende-skolebuss"});
  ASSERT_EQ(again->status, 200) << again->body;
  EXPECT_EQ(body(again)["replaced"], true);
  const Json stored = stored_ballots();
  ASSERT_EQ(stored["count"], 1);
  EXPECT_EQ(stored["ballots"][0]["proposal_ids"], Json({"gaende-skolebuss"}));
  const httplib::Result mine =
      get(std::string(kDemoProcess) + "/ballots/mine", {{"X-Receipt", c.receipt}});
  ASSERT_EQ(mine->status, 200) << mine->body;
  EXPECT_EQ(body(mine)["ballot"]["proposal_ids"], Json({"gaende-skolebuss"}));
}

TEST_F(CredentialsApi, AReceiptNoKeyMadeIsRefused) {
  IssuedCredential c = credential(demo_codes().at(0));
  c.receipt[c.receipt.size() - 2] = c.receipt[c.receipt.size() - 2] == 'A' ? 'B' : 'A';
  const httplib::Result r = vote_with_receipt(c.receipt, "ostbyen", {"sykling-uten-alder"});
  EXPECT_EQ(r->status, 403);
  EXPECT_EQ(error_code(r), "credential.receipt_unknown");
  EXPECT_EQ(stored_ballots()["count"], 0);
}

TEST_F(CredentialsApi, AMistypedReceiptIsSaidToBeOne) {
  const httplib::Result r =
      vote_with_receipt("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQR", "ostbyen",
                        {"sykling-uten-alder"});
  EXPECT_EQ(r->status, 422);
  EXPECT_EQ(error_code(r), "credential.receipt_malformed");
}

TEST_F(CredentialsApi, ACodeVotingWithoutACredentialGetsTheReceiptTheServerMade) {
  const httplib::Result r = vote(demo_codes().at(0), "ostbyen", {"sykling-uten-alder"});
  ASSERT_EQ(r->status, 201) << r->body;
  const std::string receipt = body(r)["receipt"];
  const httplib::Result again = vote_with_receipt(receipt, "ostbyen", {"gaende-skolebuss"});
  EXPECT_EQ(again->status, 200) << again->body;
  EXPECT_EQ(vote(demo_codes().at(0), "ostbyen", {"sykling-uten-alder"})->status, 409);
}

TEST_F(CredentialsApi, ACodeWithItsCredentialCannotBeMarkedUsedOnPaper) {
  const std::string code = demo_codes().at(0);
  ASSERT_EQ(credential(code).status, 201);
  const httplib::Result r = post(std::string(kDemoProcess) + "/roll/paper",
                                 Json{{"version", 1}, {"voter_code", code}}.dump(), admin());
  EXPECT_EQ(r->status, 409);
  EXPECT_EQ(error_code(r), "roll.voted_online");
}

TEST_F(CredentialsApi, ACodeUsedOnPaperGetsNoCredential) {
  const std::string code = demo_codes().at(0);
  ASSERT_EQ(post(std::string(kDemoProcess) + "/roll/paper",
                 Json{{"version", 1}, {"voter_code", code}}.dump(), admin())
                ->status,
            200);
  const IssuedCredential c = credential(code);
  EXPECT_EQ(c.status, 409);
  EXPECT_EQ(Json::parse(c.body)["error"]["code"], "voter.used_on_paper");
}

}  // namespace
}  // namespace sammen::testing
