// Form input: what staff type into the console's fields, read as amounts,
// dates and whole numbers, and written back for editing.
#include "core/form_input.h"

#include <gtest/gtest.h>

namespace sammen::client {
namespace {

TEST(FormInput, AnAmountIsReadInWholeUnitsWithAnyThousandsSeparator) {
  EXPECT_EQ(parse_amount("1500000"), 150000000);
  EXPECT_EQ(parse_amount("1 500 000"), 150000000);
  EXPECT_EQ(parse_amount("1.500.000"), 150000000);
  EXPECT_EQ(parse_amount("NOK 1,500,000"), 150000000);
  EXPECT_EQ(parse_amount("1 500 000 kr"), 150000000);
}

TEST(FormInput, MinorUnitsFollowTheLastSeparatorWithOneOrTwoDigits) {
  EXPECT_EQ(parse_amount("12,50"), 1250);
  EXPECT_EQ(parse_amount("12.5"), 1250);
  EXPECT_EQ(parse_amount("1.500.000,05"), 150000005);
}

TEST(FormInput, AnAmountThatIsNoAmountIsNothing) {
  EXPECT_EQ(parse_amount(""), std::nullopt);
  EXPECT_EQ(parse_amount("kr"), std::nullopt);
  EXPECT_EQ(parse_amount("-5"), std::nullopt);
  EXPECT_EQ(parse_amount("12 kr 5"), std::nullopt);
  EXPECT_EQ(parse_amount("99999999999999999999"), std::nullopt);
}

TEST(FormInput, AnAmountWrittenForEditingIsReadBackTheSame) {
  for (Money amount : {Money{0}, Money{5}, Money{1250}, Money{150000000}, Money{150000005}}) {
    EXPECT_EQ(parse_amount(amount_text(amount)), amount) << amount_text(amount);
  }
  EXPECT_EQ(amount_text(150000000), "1500000");
  EXPECT_EQ(amount_text(1205), "12,05");
}

TEST(FormInput, ADateIsItsMidnightInUtc) {
  EXPECT_EQ(parse_date("1970-01-01"), 0);
  EXPECT_EQ(parse_date("2028-01-31"), 1832889600);
  EXPECT_EQ(parse_date("31.01.2028"), 1832889600);
  EXPECT_EQ(parse_date("2028-02-29"), parse_date("2028-02-28").value() + 86400);
}

TEST(FormInput, ADateThatIsNoDayIsNothing) {
  EXPECT_EQ(parse_date(""), std::nullopt);
  EXPECT_EQ(parse_date("2027-02-29"), std::nullopt);
  EXPECT_EQ(parse_date("2028-13-01"), std::nullopt);
  EXPECT_EQ(parse_date("28-01-31"), std::nullopt);
}

TEST(FormInput, ADateWrittenForEditingIsReadBackTheSame) {
  for (const char* day : {"1970-01-01", "2000-02-29", "2028-12-31", "2099-06-15"}) {
    EXPECT_EQ(date_text(parse_date(day).value()), day);
  }
  EXPECT_EQ(date_text(1832889600 + 3600), "2028-01-31");
}

TEST(FormInput, AWholeNumberIsDigitsOnly) {
  EXPECT_EQ(parse_whole(" 13 "), 13);
  EXPECT_EQ(parse_whole(""), std::nullopt);
  EXPECT_EQ(parse_whole("1.5"), std::nullopt);
  EXPECT_EQ(parse_whole("-1"), std::nullopt);
}

}  // namespace
}  // namespace sammen::client
