// What the client knows of a process's voter roll: the file picked (its
// bytes stay in the page until sent), the last import's summary and census,
// every bad line the server found, and the letters of an import made in this
// page (the only time the codes exist outside the letters).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/http.h"
#include "core/intents.h"
#include "sammen/rolls/views.h"

namespace sammen::client::rolls {

inline constexpr ScreenId kRollScreen = "roll";

struct State {
  std::string process_id;                 // the process the rest is about
  std::optional<platform::PickedFile> file;
  bool importing = false;
  bool loading = false;
  std::optional<ServerError> error;       // every bad line, or why the import failed
  std::optional<RollSummary> summary;     // the last import's
  std::vector<Letter> letters;            // of an import made now
  std::string letters_for;                // the process's title, for the printed letters
};

}  // namespace sammen::client::rolls
