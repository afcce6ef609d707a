// The blinding of the HTML path's ballot script (web/html-ballot.js): a
// small standalone WebAssembly module over shared/credentials, so the page
// blinds, checks the server's proof and finalizes with the same VOPRF code
// (RFC 9497, ristretto255-SHA512 on libsodium) as the canvas client and the
// server. No Emscripten runtime: the script instantiates the .wasm itself.
//
// The script and the module share one buffer in the module's memory
// (sammen_buffer(), kBufferBytes long). The script writes a function's
// inputs there, one after another at the offsets below, calls it, and reads
// its outputs from the start of the buffer. Every random byte comes from
// the script (crypto.getRandomValues). A function that cannot do its work
// (bytes that are not a scalar or an element, a proof that does not verify)
// returns 0.
#include <array>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "sammen/credentials/receipt.h"
#include "sammen/credentials/voprf.h"

namespace {

namespace vo = sammen::credentials;

constexpr std::size_t kBufferBytes = 256;
std::array<unsigned char, kBufferBytes> buffer{};

// N bytes of the buffer from `at`.
template <std::size_t N>
std::span<const unsigned char, N> bytes_at(std::size_t at) {
  return std::span<const unsigned char, N>(buffer.data() + at, N);
}

template <std::size_t N>
void write_at(std::size_t at, const std::array<unsigned char, N>& bytes) {
  std::memcpy(buffer.data() + at, bytes.data(), N);
}

}  // namespace

extern "C" {

unsigned char* sammen_buffer() {
  return buffer.data();
}

// In: the token (16 bytes), then 64 random bytes for the blind.
// Out: the blind (32 bytes), then the blinded element (32 bytes). Returns 1.
int sammen_blind() {
  const std::optional<vo::Scalar> blind = vo::scalar_from_random(bytes_at<64>(vo::kTokenBytes));
  if (!blind) return 0;
  const std::optional<vo::Element> blinded = vo::blind(bytes_at<vo::kTokenBytes>(0), *blind);
  if (!blinded) return 0;
  write_at(0, blind->bytes);
  write_at(vo::kScalarBytes, blinded->bytes);
  return 1;
}

// In: the token (16), the blind (32), the blinded element (32), the
// evaluated element (32), the server's public key (32), the proof (64).
// Checks the proof, unblinds, and writes the receipt's text (ASCII) at the
// start of the buffer. Returns its length.
int sammen_finalize() {
  constexpr std::size_t kBlind = vo::kTokenBytes, kBlinded = kBlind + 32,
                        kEvaluated = kBlinded + 32, kKey = kEvaluated + 32, kProof = kKey + 32;
  const std::optional<vo::Scalar> blind = vo::scalar_from_bytes(bytes_at<32>(kBlind));
  const std::optional<vo::Element> blinded = vo::element_from_bytes(bytes_at<32>(kBlinded));
  const std::optional<vo::Element> evaluated = vo::element_from_bytes(bytes_at<32>(kEvaluated));
  const std::optional<vo::Element> key = vo::element_from_bytes(bytes_at<32>(kKey));
  const std::optional<vo::Proof> proof = vo::proof_from_bytes(bytes_at<64>(kProof));
  if (!blind || !blinded || !evaluated || !key || !proof) return 0;
  std::array<unsigned char, vo::kTokenBytes> token{};
  std::memcpy(token.data(), buffer.data(), token.size());
  const std::optional<vo::Output> output =
      vo::finalize(token, *blind, *evaluated, *blinded, *key, *proof);
  if (!output) return 0;
  const std::string text = vo::receipt_text(vo::make_receipt(token, *output));
  std::memcpy(buffer.data(), text.data(), text.size());
  return static_cast<int>(text.size());
}

// In: `length` bytes of what the resident typed (UTF-8). Returns 1 when it
// is a receipt rather than a voter code (receipt.h: looks_like_receipt).
int sammen_looks_like_receipt(int length) {
  if (length < 0 || static_cast<std::size_t>(length) > kBufferBytes) return 0;
  return vo::looks_like_receipt(
             std::string_view(reinterpret_cast<const char*>(buffer.data()), length))
             ? 1
             : 0;
}

}  // extern "C"
