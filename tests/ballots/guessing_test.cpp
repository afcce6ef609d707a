// Guessing voter codes against the real server: a known code and an unknown
// one get the same answer until the code is proven, and 10,000 guesses from
// one address are slowed down to the documented rate (kVoterCodePolicy).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <string>

#include "sammen/people/attempts.h"
#include "server_fixture.h"

namespace sammen::testing {
namespace {

using Guessing = ServerTest;

const std::string kGuessed = std::string(kDemoProcess) + "/ballots";

// "ELV-" and six characters of the codes' alphabet, from `n`: never a demo code
// but by a 1 in 3 * 10^8 chance per guess, which the test checks for.
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
  // A ballot with a problem of its own says so, whatever the code.
  const httplib::Result bad_known = post(kGuessed, ballot(known, "stranda", {"leksekafe"}));
  const httplib::Result bad_unknown = post(kGuessed, ballot(unknown, "stranda", {"leksekafe"}));
  ASSERT_TRUE(bad_known && bad_unknown);
  EXPECT_EQ(bad_known->status, 422);
  EXPECT_EQ(bad_known->status, bad_unknown->status);
  EXPECT_EQ(bad_known->body, bad_unknown->body);
  // Asking for one's ballot: no ballot, alike for a code on the roll and one that is not.
  const httplib::Result mine_known = get(kGuessed + "/mine", {{"X-Voter-Code", known}});
  const httplib::Result mine_unknown = get(kGuessed + "/mine", {{"X-Voter-Code", unknown}});
  ASSERT_TRUE(mine_known && mine_unknown);
  EXPECT_EQ(mine_known->status, 404);
  EXPECT_EQ(error_code(mine_known), "voter.no_ballot");
  EXPECT_EQ(mine_known->body, mine_unknown->body);
  // A good ballot proves the code: stored for the known one, refused for the other.
  EXPECT_EQ(vote(known, "stranda", {"kajakkbod"})->status, 201);
  EXPECT_EQ(error_code(vote(unknown, "stranda", {"kajakkbod"})), "voter.code_unknown");
  EXPECT_EQ(get(kGuessed + "/mine", {{"X-Voter-Code", known}})->status, 200);
}

TEST_F(Guessing, TenThousandWrongCodesFromOneAddressAreSlowedDownAndRevealNothing) {
  const std::vector<std::string> codes = demo_codes();
  const std::string known = codes.at(1);
  httplib::Client c = client();
  c.set_keep_alive(true);
  int read = 0;     // answered after looking the code up
  int refused = 0;  // 429 before looking
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 10'000; ++i) {
    // Every 100th guess is a real code without a ballot: it must not stand out.
    const std::string code = i % 100 == 99 ? known : guess(i);
    if (code != known) {
      ASSERT_EQ(std::find(codes.begin(), codes.end(), code), codes.end());
    }
    const httplib::Result r = c.Get(kGuessed + "/mine?lang=en", {{"X-Voter-Code", code}});
    ASSERT_TRUE(r) << i;
    if (r->status == 404) {
      ASSERT_EQ(error_code(r), "voter.no_ballot") << i;
      ++read;
      continue;
    }
    ASSERT_EQ(r->status, 429) << i << ": " << r->body;
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
  EXPECT_LE(read, allowed) << "in " << seconds << " s";
  EXPECT_GE(read, kVoterCodePolicy.free_failures);
  EXPECT_EQ(read + refused, 10'000);
}

}  // namespace
}  // namespace sammen::testing
