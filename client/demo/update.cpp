#include "demo/update.h"

#include "sammen/demo/wire.h"

namespace sammen::client::demo {
namespace {

void on_codes(AppState& state, const platform::HttpResponse& answer, Outbox&) {
  std::optional<ServerError> ignored;  // a real deployment has no demo codes
  if (std::optional<DemoCodes> codes = answer_value<DemoCodes>(answer, ignored))
    state.demo.codes = std::move(codes);
}

}  // namespace

void start(AppState& state, Outbox& outbox) {
  if (!state.demo.codes) outbox.send({"GET", "/api/v1/demo", ""}, on_codes);
}

std::string code_list(const AppState& state) {
  if (!state.demo.codes) return {};
  constexpr std::size_t kShown = 3;  // a few are enough to try the demo
  const std::vector<std::string>& all = state.demo.codes->voter_codes;
  std::string codes;
  for (std::size_t i = 0; i < all.size() && i < kShown; ++i) codes += (i == 0 ? "" : ", ") + all[i];
  if (all.size() > kShown) codes += ", …";
  return codes;
}

}  // namespace sammen::client::demo
