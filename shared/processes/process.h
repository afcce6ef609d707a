// Process: one participatory budget, and when and how residents decide in it.
//
// A process gives each taking-part district a budget in Money, stands on one
// ladder rung, has phases with time windows (seconds since the Unix epoch,
// UTC, start inclusive, end exclusive), one ballot format, one counting rule,
// rules of who may take part (eligibility.h) and the proposals on it. Time is
// always passed in: the model never reads a clock.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sammen/core/enum_table.h"
#include "sammen/core/money.h"
#include "sammen/core/problem.h"
#include "sammen/counting/outcome.h"
#include "sammen/processes/eligibility.h"
#include "sammen/processes/ladder.h"
#include "sammen/processes/proposal.h"

namespace sammen {

using UnixSeconds = std::int64_t;

enum class PhaseKind { kIdeas, kReview, kDeliberation, kVoting, kResults, kImplementation };

inline constexpr auto kPhaseIds =
    enum_table<PhaseKind>({{PhaseKind::kIdeas, "ideas"},
                           {PhaseKind::kReview, "review"},
                           {PhaseKind::kDeliberation, "deliberation"},
                           {PhaseKind::kVoting, "voting"},
                           {PhaseKind::kResults, "results"},
                           {PhaseKind::kImplementation, "implementation"}});

struct Phase {
  PhaseKind kind = PhaseKind::kIdeas;
  UnixSeconds starts_at = 0;
  UnixSeconds ends_at = 0;
};

// The ballot format a process declares; its rules are a VotingStyle
// (sammen/ballots/voting_style.h).
enum class BallotFormat {
  kApproval,  // any number of proposals (or at most max_approvals when set)
  kKnapsack,  // total cost within the district budget, optional minimum spend
};

inline constexpr auto kBallotFormatIds = enum_table<BallotFormat>(
    {{BallotFormat::kApproval, "approval"}, {BallotFormat::kKnapsack, "knapsack"}});

struct BallotRules {
  BallotFormat format = BallotFormat::kKnapsack;
  int max_approvals = 0;      // approval: 0 means no limit
  int min_spend_percent = 0;  // knapsack: 0..100 percent of the district budget
};

struct DistrictBudget {
  std::string district_id;
  Money budget = 0;
};

// A process's title and description in one more language.
struct ProcessText {
  Language language = Language::kNorwegianBokmal;
  std::string title;
  std::string description;
};

struct Process {
  std::string id;
  std::string title;        // in the municipality's first language
  std::string description;  // likewise
  std::vector<ProcessText> translations;
  Rung rung = Rung::kCoDecide;
  BallotRules ballot;
  counting::Rule counting_rule = counting::Rule::kGreedy;
  Eligibility eligibility;
  std::vector<Phase> phases;
  std::vector<DistrictBudget> budgets;
  std::vector<Proposal> proposals;
  bool voting_closed = false;  // closed by an administrator (may be before the window ends)
  bool result_published = false;
};

// The phase whose window holds `now`, if any.
std::optional<PhaseKind> current_phase(const Process& process, UnixSeconds now);

// The phase a resident is in at `now`: the window's, except that an
// administrator who closed voting or published the result has ended the vote
// early, so a voting window (or an earlier one) is the results phase by then.
std::optional<PhaseKind> phase_now(const Process& process, UnixSeconds now);

// Ballots are accepted: the rung allows a vote, `now` is inside the voting
// window, and no administrator has closed voting or published the result.
bool voting_open(const Process& process, UnixSeconds now);

// Why ballots are not accepted at `now` (kRungForbids, kVotingClosed once
// closed, published or past the window, kVotingNotOpen before it), or
// nothing when voting is open.
std::optional<Problem> why_voting_is_not_open(const Process& process, UnixSeconds now);

const DistrictBudget* find_budget(const Process& process, std::string_view district_id);
const Proposal* find_proposal(const Process& process, std::string_view proposal_id);

std::string phase_name(PhaseKind kind, Language language);

// `process` with its title and description in `language` when it has them.
Process localized(Process process, Language language);

}  // namespace sammen
