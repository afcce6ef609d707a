#include "sammen/people/account.h"

namespace sammen {

std::string normalize_email(std::string_view email) {
  return ascii_lower(trimmed(email));
}

bool plausible_email(std::string_view email) {
  if (email.empty() || email.size() > kMaxEmailBytes) return false;
  for (const char c : email) {
    if (static_cast<unsigned char>(c) <= ' ' || c == '<' || c == '>' || c == '"') return false;
  }
  const std::size_t at = email.find('@');
  if (at == 0 || at == std::string_view::npos || email.find('@', at + 1) != std::string_view::npos)
    return false;
  const std::string_view domain = email.substr(at + 1);
  const std::size_t dot = domain.rfind('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

std::vector<Problem> validate_password(std::string_view password, const std::string& field) {
  if (password.size() > kMaxPasswordBytes) {
    return {{ErrorCode::kPasswordTooLong, field, static_cast<std::int64_t>(password.size()),
             static_cast<std::int64_t>(kMaxPasswordBytes)}};
  }
  if (count_chars(password) < kMinPasswordChars) {
    return {{ErrorCode::kPasswordTooShort, field, static_cast<std::int64_t>(count_chars(password)),
             static_cast<std::int64_t>(kMinPasswordChars)}};
  }
  return {};
}

std::vector<Problem> validate_sign_up(const SignUp& s, const Municipality& municipality,
                                      int this_year) {
  std::vector<Problem> problems;
  const std::string name = trimmed(s.name);
  if (name.empty()) problems.push_back({ErrorCode::kNameMissing, "name"});
  if (count_chars(name) > kMaxNameChars) {
    problems.push_back({ErrorCode::kNameTooLong, "name", static_cast<std::int64_t>(count_chars(name)),
                        static_cast<std::int64_t>(kMaxNameChars)});
  }
  if (!plausible_email(normalize_email(s.email)))
    problems.push_back({ErrorCode::kEmailInvalid, "email"});
  for (Problem& p : validate_password(s.password, "password")) problems.push_back(std::move(p));
  if (s.birth_year < kEarliestBirthYear || s.birth_year > this_year) {
    problems.push_back({ErrorCode::kBirthYearInvalid, "birth_year", s.birth_year, this_year});
  }
  if (find_district(municipality, s.district_id) == nullptr)
    problems.push_back({ErrorCode::kHomeDistrictUnknown, "district_id"});
  return problems;
}

}  // namespace sammen
