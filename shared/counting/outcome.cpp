#include "sammen/counting/election.h"

namespace sammen::counting {

const char* vote_type_name(VoteType type) {
  switch (type) {
    case VoteType::kApproval: return "approval";
    case VoteType::kCumulative: return "cumulative";
    case VoteType::kScoring: return "scoring";
    case VoteType::kOrdinal: return "ordinal";
  }
  return "approval";
}

}  // namespace sammen::counting
