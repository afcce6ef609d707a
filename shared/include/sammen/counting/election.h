// Election: one counting instance, in the shape every counting rule reads.
//
// A budget, the projects that compete for it (each with an integer cost), and
// the ballots. Projects are referred to by their index in `projects`. A ballot
// lists the projects it supports; for cumulative and scoring votes `points`
// runs beside `projects` (same length), for ordinal votes `projects` is in
// preference order, for approval `points` is empty. A project appears at most
// once per ballot. Built from a Pabulib file or from the platform's ballots.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sammen/money.h"

namespace sammen::counting {

enum class VoteType { kApproval, kCumulative, kScoring, kOrdinal };

struct ElectionProject {
  std::string id;
  std::string name;
  Money cost = 0;
};

struct ElectionBallot {
  std::vector<std::int32_t> projects;
  std::vector<std::int64_t> points;
};

struct Election {
  Money budget = 0;
  VoteType vote_type = VoteType::kApproval;
  std::vector<ElectionProject> projects;
  std::vector<ElectionBallot> ballots;
  // Budget and costs count 1/10^money_decimals of a currency unit: 0 for
  // whole units (most Pabulib files), 2 for øre or cents. MES with Add1
  // completion raises each voter's budget by one whole unit at a time.
  std::int32_t money_decimals = 0;
  // Points count 1/10^points_decimals of a point (Pabulib files may use
  // fractional scores); 0 almost always.
  std::int32_t points_decimals = 0;
};

// Text name of a vote type as Pabulib writes it: "approval", "cumulative", ...
const char* vote_type_name(VoteType type);

}  // namespace sammen::counting
