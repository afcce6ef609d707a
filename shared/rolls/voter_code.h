// Voter code: what a letter gives each person on the roll to vote with.
//
// Fifteen characters in three groups of five ("K7MQ2-ACXD3-9RT4F"), from 26
// characters no one mistakes for another (no 0 O 1 I l 5 S 2 Z 8 B): 14
// drawn at random, 14 * log2(26) = 65.8 bits, and a check character (Luhn
// mod 26) that catches any single mistyped character and any swap of two
// neighbours before the code is sent. Case, spaces and dashes do not
// matter. The randomness is passed in: the model draws nothing itself.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace sammen {

inline constexpr std::string_view kVoterCodeAlphabet = "ACDEFGHJKLMNPQRTUVWXY34679";
inline constexpr int kVoterCodeRandomChars = 14;
inline constexpr int kVoterCodeGroup = 5;

// Bits of entropy in a code.
double voter_code_bits();

// A new code; `uniform(n)` gives a uniformly random number below n.
std::string new_voter_code(const std::function<std::uint32_t(std::uint32_t)>& uniform);

// Upper case, without spaces and dashes: what is compared and hashed.
std::string normalized_voter_code(std::string_view code);

// True when `code` has the shape of a new code and its check character fits
// (a typo is likely when not; older codes of another shape are not new codes).
bool voter_code_checks_out(std::string_view code);

}  // namespace sammen
