#include "sammen/rolls/voter_code.h"

#include <cmath>

namespace sammen {
namespace {

constexpr std::uint32_t kBase = static_cast<std::uint32_t>(kVoterCodeAlphabet.size());

// Luhn mod N over the digits of `body` (alphabet positions), the check
// character's position excluded when `with_check` is false.
std::uint32_t luhn_sum(std::string_view body, bool with_check) {
  std::uint32_t sum = 0;
  bool twice = !with_check;
  for (std::size_t i = body.size(); i-- > 0;) {
    std::uint32_t addend = static_cast<std::uint32_t>(kVoterCodeAlphabet.find(body[i]));
    if (twice) addend *= 2;
    sum += addend / kBase + addend % kBase;
    twice = !twice;
  }
  return sum % kBase;
}

}  // namespace

double voter_code_bits() {
  return kVoterCodeRandomChars * std::log2(static_cast<double>(kBase));
}

std::string new_voter_code(const std::function<std::uint32_t(std::uint32_t)>& uniform) {
  std::string body;
  for (int i = 0; i < kVoterCodeRandomChars; ++i) body += kVoterCodeAlphabet[uniform(kBase) % kBase];
  body += kVoterCodeAlphabet[(kBase - luhn_sum(body, false)) % kBase];
  std::string grouped;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (i > 0 && i % kVoterCodeGroup == 0) grouped += '-';
    grouped += body[i];
  }
  return grouped;
}

std::string normalized_voter_code(std::string_view code) {
  std::string out;
  for (const char c : code) {
    if (c == ' ' || c == '-' || c == '\t') continue;
    out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out;
}

bool voter_code_checks_out(std::string_view code) {
  const std::string body = normalized_voter_code(code);
  if (body.size() != kVoterCodeRandomChars + 1) return false;
  for (const char c : body) {
    if (kVoterCodeAlphabet.find(c) == std::string_view::npos) return false;
  }
  return luhn_sum(body, true) == 0;
}

}  // namespace sammen
