#include "sammen/ballots/views.h"

#include <utility>

#include "sammen/ballots/fingerprint.h"

namespace sammen {

BallotBox ballot_box(std::vector<StoredBallot> stored) {
  std::vector<Ballot> ballots;
  for (const StoredBallot& s : stored) ballots.push_back(s.ballot);
  return {std::move(stored), ballots_fingerprint(ballots)};
}

}  // namespace sammen
