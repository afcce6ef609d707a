// The receipt a resident keeps: its text form, the check of its tag, and
// its public mark.
#include <gtest/gtest.h>

#include "sammen/credentials/bytes.h"
#include "sammen/credentials/receipt.h"

namespace sammen::credentials {
namespace {

Receipt sample() {
  std::array<unsigned char, kTokenBytes> token{};
  for (std::size_t i = 0; i < token.size(); ++i) token[i] = static_cast<unsigned char>(i * 17 + 3);
  Output output{};
  for (std::size_t i = 0; i < output.size(); ++i) output[i] = static_cast<unsigned char>(255 - i);
  return make_receipt(token, output);
}

TEST(Receipt, IsFortyEightCharactersInGroupsOfFour) {
  const std::string text = receipt_text(sample());
  ASSERT_EQ(text.size(), 48u + 11u);
  for (std::size_t i = 4; i < text.size(); i += 5) EXPECT_EQ(text[i], '-') << text;
}

TEST(Receipt, ReadsBackWhatItWrote) {
  EXPECT_EQ(parse_receipt(receipt_text(sample())), sample());
}

TEST(Receipt, ReadsLowerCaseSpacesAndLookAlikes) {
  std::string text = receipt_text(sample());
  std::string loose;
  for (char c : text) {
    if (c == '-') loose += "  ";
    else if (c == '0') loose += 'o';
    else if (c == '1') loose += 'l';
    else loose += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  EXPECT_EQ(parse_receipt(loose), sample());
}

TEST(Receipt, RefusesWhatIsNotOne) {
  const std::string text = receipt_text(sample());
  EXPECT_FALSE(parse_receipt(text.substr(0, text.size() - 1)));
  EXPECT_FALSE(parse_receipt(text + "A"));
  EXPECT_FALSE(parse_receipt("K7MQ2-ACXD3-9RT4F"));
  std::string bad = text;
  bad[0] = 'U';  // not in the alphabet
  EXPECT_FALSE(parse_receipt(bad));
}

TEST(Receipt, IsToldFromAVoterCodeByItsLength) {
  EXPECT_TRUE(looks_like_receipt(receipt_text(sample())));
  EXPECT_FALSE(looks_like_receipt("K7MQ2-ACXD3-9RT4F"));
  EXPECT_FALSE(looks_like_receipt("ELV-4K7M-Q2"));
}

TEST(Receipt, TagMatchesOnlyTheOutputItWasCutFrom) {
  Output output{};
  for (std::size_t i = 0; i < output.size(); ++i) output[i] = static_cast<unsigned char>(255 - i);
  EXPECT_TRUE(tag_matches(sample(), output));
  output[3] ^= 1;
  EXPECT_FALSE(tag_matches(sample(), output));
}

TEST(Receipt, MarkIsAHashOfTheTokenAlone) {
  Receipt other_tag = sample();
  other_tag.tag[0] ^= 1;
  EXPECT_EQ(ballot_mark(other_tag), ballot_mark(sample()));
  Receipt other_token = sample();
  other_token.token[0] ^= 1;
  EXPECT_NE(ballot_mark(other_token), ballot_mark(sample()));
  EXPECT_EQ(ballot_mark(sample()).size(), 64u);
}

}  // namespace
}  // namespace sammen::credentials
