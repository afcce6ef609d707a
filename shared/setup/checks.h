// Checks: the small rules every field of the municipality's setup follows.
//
// Ids are what URLs and stored rows name things by: 1 to 64 characters of
// a-z, 0-9 and dashes, not starting with a dash ("nordre-skog"). Texts are
// trimmed by the caller and measured in characters. Each check adds its
// problem (naming the field) to `problems` and says whether the value passed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "sammen/core/money.h"
#include "sammen/core/problem.h"

namespace sammen {

inline constexpr std::size_t kMaxIdChars = 64;
inline constexpr std::size_t kMaxTitleChars = 200;
inline constexpr std::size_t kMaxDescriptionChars = 10'000;

bool valid_id(std::string_view id);

// kBadId naming `field` unless valid_id(id).
bool check_id(std::string_view id, const std::string& field, std::vector<Problem>& problems);

// kFieldEmpty when `required` and empty, kTextTooLong beyond `max_chars`.
bool check_text(std::string_view text, const std::string& field, std::size_t max_chars,
                bool required, std::vector<Problem>& problems);

// kOutOfRange unless lowest <= value <= highest.
bool check_range(std::int64_t value, const std::string& field, std::int64_t lowest,
                 std::int64_t highest, std::vector<Problem>& problems);

// kNegativeAmount below zero.
bool check_amount(Money amount, const std::string& field, std::vector<Problem>& problems);

// "budgets[2].district_id".
std::string item_field(std::string_view list, std::size_t index, std::string_view field = "");

}  // namespace sammen
