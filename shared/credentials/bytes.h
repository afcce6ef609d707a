// Bytes: fixed-size byte strings of the credentials and their text forms.
//
// Hex (lower case, as on the wire) for group elements, scalars and proofs;
// nothing else. A decoder gives nothing rather than guess: odd length, a
// character that is not a hex digit, or the wrong length.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sammen::credentials {

using Bytes = std::vector<unsigned char>;

std::string to_hex(std::span<const unsigned char> bytes);
std::optional<Bytes> from_hex(std::string_view hex);

// Exactly N bytes from hex, or nothing.
template <std::size_t N>
std::optional<std::array<unsigned char, N>> fixed_from_hex(std::string_view hex) {
  const std::optional<Bytes> bytes = from_hex(hex);
  if (!bytes || bytes->size() != N) return std::nullopt;
  std::array<unsigned char, N> out{};
  for (std::size_t i = 0; i < N; ++i) out[i] = (*bytes)[i];
  return out;
}

}  // namespace sammen::credentials
