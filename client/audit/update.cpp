#include "audit/update.h"

#include "people/update.h"
#include "sammen/audit/wire.h"

namespace sammen::client::audit {
namespace {

void on_page(AppState& state, const platform::HttpResponse& answer, Outbox&) {
  State& log = state.audit;
  log.loading = false;
  std::optional<ServerError> error;
  std::optional<AuditPage> page = answer_value<AuditPage>(answer, error);
  if (!page) {
    if (!people::refused(state, *error)) log.error = std::move(error);
    return;
  }
  log.error.reset();
  for (AuditEntry& entry : page->entries) log.entries.push_back(std::move(entry));
  log.next_before = page->next_before;
}

void load(AppState& state, std::int64_t before, Outbox& outbox) {
  if (state.audit.loading) return;
  state.audit.loading = true;
  std::string path = "/api/v1/audit?limit=" + std::to_string(kPageSize);
  if (before > 0) path += "&before=" + std::to_string(before);
  outbox.send(people::with_csrf(state, {"GET", path, ""}), on_page);
}

}  // namespace

void enter(AppState& state, Outbox& outbox) {
  state.audit = {};
  load(state, 0, outbox);
}

void apply(AppState& state, const LoadOlder&, Outbox& outbox) {
  if (state.audit.next_before > 0) load(state, state.audit.next_before, outbox);
}

}  // namespace sammen::client::audit
