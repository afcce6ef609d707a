#include "sammen/ballots/fingerprint.h"

#include <algorithm>

#include "sammen/core/sha256.h"

namespace sammen {

std::string canonical_ballots(const std::vector<Ballot>& ballots) {
  std::vector<std::string> lines;
  lines.reserve(ballots.size());
  for (const Ballot& ballot : ballots) {
    std::vector<std::string> ids = ballot.proposal_ids;
    std::sort(ids.begin(), ids.end());
    std::string line = ballot.district_id + ":";
    for (std::size_t i = 0; i < ids.size(); ++i) line += (i ? "," : "") + ids[i];
    lines.push_back(line + "\n");
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const std::string& line : lines) out += line;
  return out;
}

std::string ballots_fingerprint(const std::vector<Ballot>& ballots) {
  return sha256_hex(canonical_ballots(ballots));
}

}  // namespace sammen
