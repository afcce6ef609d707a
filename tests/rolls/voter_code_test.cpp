// Voter codes: strong enough to resist guessing, easy to type, typos caught.
#include "sammen/rolls/voter_code.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

namespace sammen::testing {
namespace {

// A seeded source, so the tests draw the same codes every run.
struct Draw {
  std::mt19937 engine{2027};
  std::uint32_t operator()(std::uint32_t below) {
    return std::uniform_int_distribution<std::uint32_t>(0, below - 1)(engine);
  }
};

TEST(VoterCode, HasAtLeastSixtyBitsOfEntropy) {
  EXPECT_GE(voter_code_bits(), 60.0);
  EXPECT_NEAR(voter_code_bits(), 65.8, 0.05);
}

TEST(VoterCode, UsesNoCharacterThatLooksLikeAnother) {
  for (const char lookalike : std::string_view("0O1Il5S2Z8B")) {
    EXPECT_EQ(kVoterCodeAlphabet.find(lookalike), std::string_view::npos) << lookalike;
  }
  EXPECT_EQ(std::set<char>(kVoterCodeAlphabet.begin(), kVoterCodeAlphabet.end()).size(),
            kVoterCodeAlphabet.size());
}

TEST(VoterCode, IsThreeGroupsOfFiveFromTheAlphabet) {
  Draw draw;
  const std::string code = new_voter_code(std::ref(draw));
  ASSERT_EQ(code.size(), 17u);
  EXPECT_EQ(code[5], '-');
  EXPECT_EQ(code[11], '-');
  for (const char c : normalized_voter_code(code))
    EXPECT_NE(kVoterCodeAlphabet.find(c), std::string_view::npos);
}

TEST(VoterCode, ChecksOutIgnoringCaseSpacesAndDashes) {
  Draw draw;
  const std::string code = new_voter_code(std::ref(draw));
  EXPECT_TRUE(voter_code_checks_out(code));
  std::string sloppy;
  for (const char c : code) {
    if (c != '-') sloppy += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  EXPECT_TRUE(voter_code_checks_out(" " + sloppy.substr(0, 7) + " " + sloppy.substr(7)));
}

TEST(VoterCode, EverySingleMistypedCharacterIsCaught) {
  Draw draw;
  for (int round = 0; round < 50; ++round) {
    const std::string code = normalized_voter_code(new_voter_code(std::ref(draw)));
    for (std::size_t i = 0; i < code.size(); ++i) {
      for (const char other : kVoterCodeAlphabet) {
        if (other == code[i]) continue;
        std::string typo = code;
        typo[i] = other;
        EXPECT_FALSE(voter_code_checks_out(typo)) << code << " -> " << typo;
      }
    }
  }
}

TEST(VoterCode, MostSwapsOfNeighboursAreCaught) {
  Draw draw;
  int swaps = 0, caught = 0;
  for (int round = 0; round < 200; ++round) {
    const std::string code = normalized_voter_code(new_voter_code(std::ref(draw)));
    for (std::size_t i = 0; i + 1 < code.size(); ++i) {
      if (code[i] == code[i + 1]) continue;
      std::string swapped = code;
      std::swap(swapped[i], swapped[i + 1]);
      ++swaps;
      caught += voter_code_checks_out(swapped) ? 0 : 1;
    }
  }
  EXPECT_GT(caught, swaps * 95 / 100);
}

TEST(VoterCode, CodesOfAnotherShapeDoNotCheckOut) {
  EXPECT_FALSE(voter_code_checks_out("ELV-4K7M-Q2"));
  EXPECT_FALSE(voter_code_checks_out(""));
  EXPECT_FALSE(voter_code_checks_out("AAAAA-AAAAA-AAAA0"));
}

TEST(VoterCode, DrawsDistinctCodes) {
  Draw draw;
  std::set<std::string> codes;
  for (int i = 0; i < 10'000; ++i) codes.insert(new_voter_code(std::ref(draw)));
  EXPECT_EQ(codes.size(), 10'000u);
}

}  // namespace
}  // namespace sammen::testing
