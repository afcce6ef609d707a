#include "sammen/credentials/receipt.h"

#include <sodium.h>

#include "sammen/credentials/bytes.h"

namespace sammen::credentials {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kBytes = kTokenBytes + kTagBytes;  // 30 bytes, 240 bits
constexpr std::size_t kCharacters = kBytes * 8 / 5;      // 48

int value_of(char c) {
  if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (c == 'O') c = '0';
  if (c == 'I' || c == 'L') c = '1';
  const std::size_t at = kAlphabet.find(c);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

std::string without_separators(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '-' && c != '\t' && c != '\r' && c != '\n') out += c;
  }
  return out;
}

}  // namespace

Receipt make_receipt(std::span<const unsigned char, kTokenBytes> token, const Output& output) {
  Receipt r;
  for (std::size_t i = 0; i < kTokenBytes; ++i) r.token[i] = token[i];
  for (std::size_t i = 0; i < kTagBytes; ++i) r.tag[i] = output[i];
  return r;
}

std::string receipt_text(const Receipt& receipt) {
  std::array<unsigned char, kBytes> bytes{};
  for (std::size_t i = 0; i < kTokenBytes; ++i) bytes[i] = receipt.token[i];
  for (std::size_t i = 0; i < kTagBytes; ++i) bytes[kTokenBytes + i] = receipt.tag[i];
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  std::size_t written = 0;
  for (unsigned char b : bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      if (written > 0 && written % 4 == 0) out += '-';
      out += kAlphabet[(buffer >> bits) & 31];
      ++written;
    }
  }
  return out;
}

std::optional<Receipt> parse_receipt(std::string_view text) {
  const std::string plain = without_separators(text);
  if (plain.size() != kCharacters) return std::nullopt;
  std::array<unsigned char, kBytes> bytes{};
  unsigned buffer = 0;
  int bits = 0;
  std::size_t at = 0;
  for (char c : plain) {
    const int v = value_of(c);
    if (v < 0) return std::nullopt;
    buffer = (buffer << 5) | static_cast<unsigned>(v);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = static_cast<unsigned char>((buffer >> bits) & 0xff);
    }
  }
  Receipt r;
  for (std::size_t i = 0; i < kTokenBytes; ++i) r.token[i] = bytes[i];
  for (std::size_t i = 0; i < kTagBytes; ++i) r.tag[i] = bytes[kTokenBytes + i];
  return r;
}

bool looks_like_receipt(std::string_view text) {
  return without_separators(text).size() >= 40;
}

bool tag_matches(const Receipt& receipt, const Output& output) {
  return sodium_memcmp(receipt.tag.data(), output.data(), kTagBytes) == 0;
}

std::string ballot_mark(const Receipt& receipt) {
  std::string input = "sammen-ballot:";
  input.append(reinterpret_cast<const char*>(receipt.token.data()), kTokenBytes);
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(input.data()),
                     input.size());
  return to_hex(digest);
}

}  // namespace sammen::credentials
