// The form parser of the HTML path: fields, decoding, limits, refusals.
#include <gtest/gtest.h>

#include "core/form.h"

namespace sammen::testing {
namespace {

using server::Form;
using server::FormLimits;
using server::parse_form;

TEST(FormParser, ReadsRepeatedFieldsInOrder) {
  const Result<Form> form = parse_form("csrf=ab&p=leksekafe&p=gapahuk&voter_code=ELV+4K7M");
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form.value().values("p"), (std::vector<std::string>{"leksekafe", "gapahuk"}));
  EXPECT_EQ(form.value().value("voter_code"), "ELV 4K7M");
  EXPECT_EQ(form.value().value("absent"), "");
  EXPECT_FALSE(form.value().has("absent"));
}

TEST(FormParser, DecodesPercentEscapesToUtf8) {
  const Result<Form> form = parse_form("name=%C3%98stbyen&empty=&flag");
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form.value().value("name"), "Østbyen");
  EXPECT_TRUE(form.value().has("empty"));
  EXPECT_TRUE(form.value().has("flag"));
}

TEST(FormParser, SkipsEmptyPairs) {
  const Result<Form> form = parse_form("&&a=1&&");
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form.value().fields().size(), 1u);
}

TEST(FormParser, RefusesBadEscapesNulAndBrokenUtf8) {
  for (const char* bad : {"a=%zz", "a=%4", "a=%", "a=%00", "a=%C3", "a=%ED%A0%80", "=x", "%FF=1"}) {
    const Result<Form> form = parse_form(bad);
    ASSERT_FALSE(form.ok()) << bad;
    EXPECT_EQ(form.first_problem().code, ErrorCode::kBadRequest) << bad;
  }
}

TEST(FormParser, KeepsItsLimits) {
  const FormLimits limits{32, 2, 4, 8};
  EXPECT_EQ(parse_form(std::string(33, 'a'), limits).first_problem().code, ErrorCode::kBodyTooLarge);
  EXPECT_EQ(parse_form("a=1&b=2&c=3", limits).first_problem().code, ErrorCode::kBadRequest);
  EXPECT_FALSE(parse_form("abcde=1", limits).ok());
  EXPECT_FALSE(parse_form("a=123456789", limits).ok());
  EXPECT_TRUE(parse_form("abcd=12345678&b=2", limits).ok());
}

TEST(FormParser, ReadsBackWhatItEncodes) {
  const std::vector<Form::Field> fields = {{"p", "a b&c=d"}, {"ø", "%+/?#"}, {"e", ""}};
  const Result<Form> form = parse_form(server::encode_form(fields));
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form.value().fields(), fields);
}

}  // namespace
}  // namespace sammen::testing
