// The audit log: one card per administrative action, newest first, with who
// did it, when (UTC), what and to what; older pages on request. The log is
// append-only: this screen only reads it.

#include <cstdio>

#include "audit/screens.h"
#include "core/form.h"
#include "core/form_input.h"
#include "core/say.h"
#include "sammen/audit/screen_messages.h"
#include "screen_list.h"
#include "setup/state.h"

namespace sammen::client::audit {
namespace {

// "2028-01-31 14:05 UTC".
std::string when(UnixSeconds at) {
  const std::int64_t seconds = ((at % 86400) + 86400) % 86400;
  char clock[16];
  std::snprintf(clock, sizeof clock, " %02d:%02d UTC", static_cast<int>(seconds / 3600),
                static_cast<int>(seconds / 60 % 60));
  return date_text(at) + clock;
}

std::string who(const AuditActor& actor, Language language) {
  if (actor.credential == Credential::kNone)
    return say(audit_screen_messages(), "command_line", language);
  if (actor.credential == Credential::kInstallationToken)
    return say(audit_screen_messages(), "installation_token", language);
  return actor.name;
}

}  // namespace

std::string audit_title(const AppState& state) {
  return say(audit_screen_messages(), "title", state.language);
}

Intent draw_audit(const AppState& state, Ui& ui) {
  Intent intent = back_button(state, ui, setup::kConsoleScreen);
  const Language language = state.language;
  const State& log = state.audit;
  ui.heading(audit_title(state));
  ui.muted(say(audit_screen_messages(), "intro", language));
  ProblemNotes notes(log.error, language, "NOK");
  notes.rest(ui);
  ui.list("audit", static_cast<int>(log.entries.size()), [&](int i) {
    const AuditEntry& entry = log.entries[static_cast<std::size_t>(i)];
    ui.begin_card();
    ui.subheading(say(audit_screen_messages(), "action." + std::string(kAuditActionIds.id(entry.action)),
                      language, {{"subject", entry.subject}}));
    ui.muted(say(audit_screen_messages(), "who_when", language,
                 {{"who", who(entry.who, language)}, {"when", when(entry.at)}}));
    if (entry.details != "{}" && !entry.details.empty()) ui.muted(entry.details);
    ui.end_card();
    ui.space(2);
  });
  if (log.loading) ui.muted(say(audit_screen_messages(), "loading", language));
  if (log.next_before > 0 &&
      ui.button("audit:older", say(audit_screen_messages(), "older", language),
                ButtonStyle::kSecondary, Ui::kFill, !log.loading)) {
    intent = LoadOlder{};
  }
  return intent;
}

}  // namespace sammen::client::audit
