// Receipt: a resident's one-time voting credential, and the proof of their
// ballot that it is.
//
// A receipt is a random token (16 bytes, the VOPRF's private input, chosen
// by the resident's browser) and a tag: the first 14 bytes of the process
// key's PRF output for that token, which only the server's key can make and
// which the resident got without the server ever seeing the token. The
// server checks a receipt by computing the PRF of the token itself. A
// ballot cast with a receipt is stored under the receipt's public mark
// (ballot_mark()), a one-way hash of the token: published with the ballots,
// it lets the resident find their own ballot, and tells nobody else the
// token. As text it is 48 characters in groups of four from Crockford's
// base-32 alphabet (no I, L, O, U; read case-insensitively, with O as 0 and
// I and L as 1), so it can be copied, printed or read aloud.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "sammen/credentials/voprf.h"

namespace sammen::credentials {

inline constexpr std::size_t kTokenBytes = 16;
inline constexpr std::size_t kTagBytes = 14;

struct Receipt {
  std::array<unsigned char, kTokenBytes> token{};
  std::array<unsigned char, kTagBytes> tag{};
  friend bool operator==(const Receipt&, const Receipt&) = default;
};

// The receipt of `token` with the PRF output the server's key gave it.
Receipt make_receipt(std::span<const unsigned char, kTokenBytes> token, const Output& output);

// "ABCD-EFGH-…": 12 groups of 4.
std::string receipt_text(const Receipt& receipt);
// The receipt written in `text` (spaces, dashes and case do not matter), or
// nothing when it is not one.
std::optional<Receipt> parse_receipt(std::string_view text);
// Whether `text` looks like a receipt rather than a voter code: 40 or more
// letters and digits once spaces and dashes are gone.
bool looks_like_receipt(std::string_view text);

// Whether `output`, the PRF output of the receipt's token under a process
// key, is the one its tag was cut from (constant time).
bool tag_matches(const Receipt& receipt, const Output& output);

// The ballot's public mark: lower-case hex SHA-256 of "sammen-ballot:" and
// the token. Shown to the resident and published with the ballots.
std::string ballot_mark(const Receipt& receipt);

}  // namespace sammen::credentials
