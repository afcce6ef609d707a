// Guessing voter codes against the real server: a code is proven where a
// credential is issued (POST .../credentials, or a ballot sent with the
// code); until then a known code and an unknown one get the same answer, and
// 10,000 guesses from one address at the credential route are slowed down to
// the documented rate (kVoterCodePolicy), a real code among them alike.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <string>

#include "credential_client.h"
#include "sammen/people/attempts.h"
#include "server_fixture.h"

namespace sammen::testing {
namespace {

using Guessing = ServerTest;

const std::string kBallots = std::string(kDemoProcess) + "/ballots";
const std::string kCredentials = std::string(kDemoProcess) + "/credentials";

// A credential request for `code` with the blinded element `blinded` (hex).
std::string credential_request(const std::string& code, const std::string& blinded) {
  return Json{{"version", 1},
              {"voter_code", code},
              {"district_id", "stranda"},
              {"blinded_element", blinded}}
      .dump();
}

// A random token, blinded: what a browser sends (hex).
std::string random_blinded_element() {
  return sammen::credentials::to_hex(random_blinding().blinded.bytes);
}

// "ELV-" and six characters of the codes' alphabet, from `n`: shaped as a
// code of the old demo, never one of today's (15 characters), as the test checks.
std::string guess(int n) {
  constexpr std::string_view kAlphabet = "ACDEFGHJKLMNPQRTUVWXY34679";
  std::string code = "ELV-";
  for (int i = 0; i < 6; ++i) {
    if (i == 4) code += '-';
    code += kAlphabet[static_cast<std::size_t>(n) % kAlphabet.size()];
    n = n / static_cast<int>(kAlphabet.size()) + 7 * i + 3;
  }
  return code;
}

TEST_F(Guessing, AKnownAndAnUnknownCodeGetTheSameAnswerUntilProven) {
  const std::string known = demo_codes().at(0);
  const std::string unknown = "ELV-AAAA-AA";
  // A ballot sent with a code and a problem of its own says so, whatever the code.
  const httplib::Result bad_known = post(kBallots, ballot(known, "stranda", {"leksekafe"}));
  const httplib::Result bad_unknown = post(kBallots, ballot(unknown, "stranda", {"leksekafe"}));
  ASSERT_TRUE(bad_known && bad_unknown);
  EXPECT_EQ(bad_known->status, 422);
  EXPECT_EQ(bad_known->body, bad_unknown->body);
  // A credential request whose blinded element is not one says so, whatever the code.
  const std::string not_an_element(64, '0');
  const httplib::Result odd_known = post(kCredentials, credential_request(known, not_an_element));
  const httplib::Result odd_unknown =
      post(kCredentials, credential_request(unknown, not_an_element));
  ASSERT_TRUE(odd_known && odd_unknown);
  EXPECT_EQ(odd_known->status, 422);
  EXPECT_EQ(error_code(odd_known), "credential.malformed");
  EXPECT_EQ(odd_known->body, odd_unknown->body);
  // A good request proves the code: a credential for the known one, none for the other.
  httplib::Client http = client();
  const IssuedCredential issued = blind_credential(http, kDemoProcess, known, "stranda");
  ASSERT_EQ(issued.status, 201) << issued.body;
  EXPECT_FALSE(issued.receipt.empty());
  EXPECT_EQ(error_code(post(kCredentials, credential_request(unknown, random_blinded_element()))),
            "voter.code_unknown");
  EXPECT_EQ(error_code(vote(unknown, "stranda", {"kajakkbod"})), "voter.code_unknown");
  EXPECT_EQ(vote_with_receipt(issued.receipt, "stranda", {"kajakkbod"})->status, 201);
  EXPECT_EQ(get(kBallots + "/mine", {{"X-Receipt", issued.receipt}})->status, 200);
}

TEST_F(Guessing, TenThousandWrongCodesFromOneAddressAreSlowedDownAndRevealNothing) {
  const std::vector<std::string> codes = demo_codes();
  const std::string known = codes.at(1);
  const std::string blinded = random_blinded_element();
  httplib::Client c = client();
  c.set_keep_alive(true);
  c.set_tcp_nodelay(true);  // as browsers: a POST's body does not wait for Nagle
  int read = 0;     // answered after looking the code up
  int refused = 0;  // 429 before looking
  int known_read = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 10'000; ++i) {
    // Every 100th guess is a real code: it waits as long as the others.
    const std::string code = i % 100 == 99 ? known : guess(i);
    if (code != known) {
      ASSERT_EQ(std::find(codes.begin(), codes.end(), code), codes.end());
    }
    const httplib::Result r =
        c.Post(kCredentials + "?lang=en", credential_request(code, blinded), "application/json");
    ASSERT_TRUE(r) << i;
    if (r->status != 429) {
      // Read: an unknown code is refused; the real one gets its credential
      // (the same blinded element again: the same answer).
      ASSERT_EQ(r->status, code == known ? 201 : 403) << i << ": " << r->body;
      if (code != known) {
        ASSERT_EQ(error_code(r), "voter.code_unknown") << i;
      }
      known_read += code == known ? 1 : 0;
      ++read;
      continue;
    }
    ASSERT_EQ(error_code(r), "auth.too_many_attempts");
    const std::string wait = r->get_header_value("Retry-After");
    ASSERT_FALSE(wait.empty());
    ASSERT_GT(std::stoi(wait), 0);
    const std::string message = body(r)["error"]["message"];
    ASSERT_NE(message.find("Try again in " + wait + " second"), std::string::npos) << message;
    ++refused;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // The documented rate: kVoterCodePolicy's free failures, then one more
  // each time a wait of 2, 4, 8 ... seconds has passed (a second's slack
  // each, for the clock's whole seconds).
  int allowed = kVoterCodePolicy.free_failures + 1;
  for (double waited = 0, wait = static_cast<double>(kVoterCodePolicy.first_wait);
       waited + wait - 1 <= seconds; waited += wait - 1, wait *= 2) {
    ++allowed;
  }
  EXPECT_LE(read - known_read, allowed) << "in " << seconds << " s";
  EXPECT_LE(known_read, allowed) << "the real code waits with the guesses: 100 were sent";
  EXPECT_GE(read, kVoterCodePolicy.free_failures);
  EXPECT_EQ(read + refused, 10'000);
}

}  // namespace
}  // namespace sammen::testing
