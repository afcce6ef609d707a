// libFuzzer target for the proposals API's JSON bodies (scripts/fuzz.sh
// builds and runs it): every request the routes decode, and a stored
// proposal read back.
//
// Whatever the bytes, nothing crashes or trips a sanitizer; a body that
// decodes has its text checked by the model without crashing; a stored
// proposal that reads back writes as JSON that reads back to the same JSON.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "sammen/proposals/wire.h"

using namespace sammen;

namespace {

void check(bool condition) {
  if (!condition) std::abort();
}

template <typename T>
Result<T> decoded(std::string_view body) {
  return decode_body<T>(body);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  Process process;
  process.id = "p";
  process.budgets = {{"nord", 100}};
  if (const Result<DraftRequest> d = decoded<DraftRequest>(body); d.ok())
    (void)text_problems(d.value().text, process);
  if (const Result<SaveRequest> s = decoded<SaveRequest>(body); s.ok())
    (void)text_problems(s.value().text, process);
  (void)decoded<ReasonRequest>(body);
  (void)decoded<CostRequest>(body);
  (void)decoded<MergeRequest>(body);
  (void)decoded<QuestionRequest>(body);
  (void)decoded<AnswerRequest>(body);
  (void)decoded<NoticesRead>(body);
  (void)decoded<SupportRequest>(body);
  (void)decoded<ProgressReport>(body);
  if (const Result<RedeemRequest> r = decoded<RedeemRequest>(body); r.ok())
    (void)plausible_invite_code(normalize_invite_code(r.value().code));
  if (const Result<Idea> idea = decoded<Idea>(body); idea.ok()) {
    const std::string once = dump_json(Json(idea.value()));
    const Result<Idea> again = decode_body<Idea>(once);
    check(again.ok());
    check(dump_json(Json(again.value())) == once);
  }
  return 0;
}
