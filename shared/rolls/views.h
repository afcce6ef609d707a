// Views: what the roll API takes and answers.
//
// An import answers with its summary and the letters (the only time the
// codes exist outside the letters themselves); later reads give the summary
// only. Marking a code used on paper takes the code and answers when.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sammen/processes/process.h"
#include "sammen/rolls/letters.h"
#include "sammen/rolls/selection.h"

namespace sammen {

// GET /api/v1/processes/{id}/roll.
struct RollSummary {
  std::string process_id;
  UnixSeconds imported_at = 0;
  std::int64_t lines = 0;           // people in the file
  std::int64_t voters = 0;          // given a code
  LeftOut left_out;
  std::int64_t used_on_paper = 0;
  Census census;
};

// POST /api/v1/processes/{id}/roll: the summary and a letter per voter.
struct RollImported {
  RollSummary summary;
  std::vector<Letter> letters;
};

// POST /api/v1/processes/{id}/roll/paper.
struct PaperMark {
  std::string voter_code;
};

struct PaperMarked {
  std::string process_id;
  UnixSeconds marked_at = 0;
};

}  // namespace sammen
