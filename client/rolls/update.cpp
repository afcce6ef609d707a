#include "rolls/update.h"

#include "people/update.h"
#include "sammen/rolls/letters.h"
#include "sammen/rolls/wire.h"

namespace sammen::client::rolls {
namespace {

constexpr std::string_view kFileField = "roll-file";

void on_summary(AppState& state, const platform::HttpResponse& answer, Outbox&) {
  state.rolls.loading = false;
  if (answer.status == 404) return;  // no roll imported yet
  std::optional<ServerError> error;
  if (std::optional<RollSummary> summary = answer_value<RollSummary>(answer, error)) {
    state.rolls.summary = std::move(summary);
  } else if (!people::refused(state, *error)) {
    state.rolls.error = std::move(error);
  }
}

void on_imported(AppState& state, const platform::HttpResponse& answer, Outbox&) {
  State& rolls = state.rolls;
  rolls.importing = false;
  std::optional<ServerError> error;
  std::optional<RollImported> imported = answer_value<RollImported>(answer, error);
  if (!imported) {
    if (!people::refused(state, *error)) rolls.error = std::move(error);
    return;
  }
  rolls.error.reset();
  rolls.summary = std::move(imported->summary);
  rolls.letters = std::move(imported->letters);
  rolls.letters_for = state.setup.detail ? state.setup.detail->process.title : rolls.process_id;
}

std::string municipality_name(const AppState& state) {
  return state.setup.list && state.setup.list->municipality ? state.setup.list->municipality->name
                                                            : std::string();
}

}  // namespace

void enter(AppState& state, Outbox& outbox) {
  State& rolls = state.rolls;
  if (rolls.process_id != state.setup.process_id) {
    rolls = {};
    rolls.process_id = state.setup.process_id;
  }
  rolls.error.reset();
  if (rolls.process_id.empty() || rolls.loading) return;
  rolls.loading = true;
  outbox.send(people::with_csrf(state, {"GET", process_path(rolls.process_id) + "/roll", ""}),
              on_summary);
}

Intent poll_file(AppState& state) {
  if (std::optional<platform::PickedFile> file = platform::take_picked_file(kFileField)) {
    state.rolls.file = std::move(file);
    state.rolls.error.reset();
  }
  return {};
}

void apply(AppState&, const PickRollFile&, Outbox&) {
  platform::pick_file(kFileField, ".csv,.txt,text/csv,text/plain");
}

void apply(AppState& state, const ImportRoll&, Outbox& outbox) {
  State& rolls = state.rolls;
  if (rolls.importing || !rolls.file || rolls.process_id.empty()) return;
  rolls.importing = true;
  rolls.error.reset();
  platform::HttpRequest request{"POST",
                                process_path(rolls.process_id) + "/roll?format=json&lang=" +
                                    std::string(language_tag(state.language)),
                                ""};
  request.file = std::string(kFileField);
  outbox.send(people::with_csrf(state, std::move(request)), on_imported);
}

void apply(AppState& state, const ExportLetters& intent, Outbox&) {
  const State& rolls = state.rolls;
  if (rolls.letters.empty()) return;
  const std::string name = "voter-letters-" + rolls.process_id;
  if (intent.printable) {
    const LetterFrame frame{municipality_name(state), rolls.letters_for,
                            platform::page_origin() + "/", state.language};
    platform::download(name + ".html", "text/html;charset=utf-8",
                       letters_html(rolls.letters, frame));
  } else {
    platform::download(name + ".csv", "text/csv;charset=utf-8",
                       letters_csv(rolls.letters, state.language));
  }
}

}  // namespace sammen::client::rolls
