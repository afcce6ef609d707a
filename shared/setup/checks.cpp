#include "sammen/setup/checks.h"

#include "sammen/core/text.h"

namespace sammen {

bool valid_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdChars || id.front() == '-') return false;
  for (const char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

bool check_id(std::string_view id, const std::string& field, std::vector<Problem>& problems) {
  if (valid_id(id)) return true;
  problems.push_back({ErrorCode::kBadId, field, 0, static_cast<std::int64_t>(kMaxIdChars)});
  return false;
}

bool check_text(std::string_view text, const std::string& field, std::size_t max_chars,
                bool required, std::vector<Problem>& problems) {
  if (required && trimmed(text).empty()) {
    problems.push_back({ErrorCode::kFieldEmpty, field});
    return false;
  }
  const auto chars = static_cast<std::int64_t>(count_chars(text));
  if (chars > static_cast<std::int64_t>(max_chars)) {
    problems.push_back({ErrorCode::kTextTooLong, field, chars, static_cast<std::int64_t>(max_chars)});
    return false;
  }
  return true;
}

bool check_range(std::int64_t value, const std::string& field, std::int64_t lowest,
                 std::int64_t highest, std::vector<Problem>& problems) {
  if (value >= lowest && value <= highest) return true;
  problems.push_back({ErrorCode::kOutOfRange, field, lowest, highest});
  return false;
}

bool check_amount(Money amount, const std::string& field, std::vector<Problem>& problems) {
  if (amount >= 0) return true;
  problems.push_back({ErrorCode::kNegativeAmount, field, amount, 0});
  return false;
}

std::string item_field(std::string_view list, std::size_t index, std::string_view field) {
  std::string out = std::string(list) + "[" + std::to_string(index) + "]";
  if (!field.empty()) out += "." + std::string(field);
  return out;
}

}  // namespace sammen
