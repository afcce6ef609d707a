// Publication: what publishing a tally does to its process, and how a
// published tally is shown.
//
// Publishing closes voting, marks the process published, and marks every
// proposal the tally counted selected (funded) or not selected; proposals
// that were not on the ballot keep their status. A published tally is shown
// with its names and explanations in the reader's language.
#pragma once

#include <string>

#include "sammen/core/language.h"
#include "sammen/processes/process.h"
#include "sammen/results/tally.h"

namespace sammen {

// `process` as it stands once `tally` is published.
Process published(Process process, const Tally& tally);

// GET .../result and POST .../publish: the tally, for one reader.
struct PublishedTally {
  Tally tally;
  Process process;  // for titles and costs in the explanations
  UnixSeconds published_at = 0;
  Language language = Language::kNorwegianBokmal;
  std::string currency = "NOK";
  bool preview = false;  // counted for an administrator, not published
};

}  // namespace sammen
