// libFuzzer target for what a client sends of a credential (scripts/fuzz.sh
// builds and runs it): the receipt as typed, and the hex of a blinded
// element or proof.
//
// Whatever the bytes, nothing crashes or trips a sanitizer; a receipt that
// reads back writes as 48 characters that read back to the same receipt;
// an element or proof that reads back serializes to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "sammen/credentials/bytes.h"
#include "sammen/credentials/receipt.h"
#include "sammen/credentials/voprf.h"

using namespace sammen::credentials;

namespace {

void check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const std::optional<Receipt> receipt = parse_receipt(text)) {
    const std::string written = receipt_text(*receipt);
    check(written.size() == 59);
    check(parse_receipt(written) == receipt);
    check(ballot_mark(*receipt).size() == 64);
  }
  if (const std::optional<Bytes> bytes = from_hex(text)) {
    check(to_hex(*bytes).size() == text.size());
    if (const std::optional<Element> e = element_from_bytes(*bytes)) {
      check(to_hex(e->bytes) == to_hex(*bytes));
    }
    if (const std::optional<Proof> p = proof_from_bytes(*bytes)) {
      check(to_hex(proof_bytes(*p)) == to_hex(*bytes));
    }
  }
  return 0;
}
