// libFuzzer target for the form parser of the HTML path (scripts/fuzz.sh
// builds and runs it).
//
// Whatever the bytes, parse_form() must return fields or a problem, never
// crash or trip a sanitizer. Fields it accepts keep every limit (count,
// name and value length), have a name, hold well-formed UTF-8 and no NUL,
// and survive being encoded and read again unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/form.h"
#include "core/utf8.h"

using namespace sammen;
using namespace sammen::server;

namespace {

void check(bool condition) {
  if (!condition) std::abort();
}

void check_fields(const Form& form, const FormLimits& limits) {
  check(form.fields().size() <= limits.max_fields);
  for (const auto& [name, value] : form.fields()) {
    check(!name.empty() && name.size() <= limits.max_name_bytes);
    check(value.size() <= limits.max_value_bytes);
    check(valid_utf8(name) && valid_utf8(value));
    check(name.find('\0') == std::string::npos && value.find('\0') == std::string::npos);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // The server's limits, and tight ones so the limits themselves are reached.
  const FormLimits tight{64, 4, 8, 16};
  for (const FormLimits& limits : {FormLimits{}, tight}) {
    const Result<Form> parsed = parse_form(text, limits);
    if (!parsed.ok()) {
      const ErrorCode code = parsed.first_problem().code;
      check(code == ErrorCode::kBadRequest || code == ErrorCode::kBodyTooLarge);
      continue;
    }
    check_fields(parsed.value(), limits);
    FormLimits roomy = limits;
    roomy.max_bytes = static_cast<std::size_t>(-1);
    const Result<Form> again = parse_form(encode_form(parsed.value().fields()), roomy);
    check(again.ok() && again.value().fields() == parsed.value().fields());
  }
  return 0;
}
