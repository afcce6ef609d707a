// Support: who supports what, the shape every rule starts from.
//
// votes[p] is the number of ballots that list project p (as pabutools'
// Cost_Sat and Cardinality_Sat read any ballot: listed means supported);
// score[p] the total points (1 per listing on ballots without points).
// supporters(p) lists those ballots' indices and points(p), beside it, what
// each gave p. rank[p] is p's place in the tie-break order (0 first); ranks
// are distinct.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "sammen/counting/election.h"
#include "sammen/counting/outcome.h"

namespace sammen::counting {

struct Support {
  std::vector<std::int64_t> votes;
  std::vector<std::int64_t> score;
  std::vector<std::size_t> offsets;  // size projects + 1
  std::vector<std::int32_t> voters;  // ballot indices, grouped by project
  std::vector<std::int64_t> given;   // beside voters: the points; empty without points

  std::span<const std::int32_t> supporters(std::size_t p) const {
    return {voters.data() + offsets[p], voters.data() + offsets[p + 1]};
  }
  std::span<const std::int64_t> points(std::size_t p) const {
    return {given.data() + offsets[p], given.data() + offsets[p + 1]};
  }
};

Support build_support(const Election& election);

std::vector<std::int32_t> tie_break_rank(const Election& election, const Support& support,
                                         TieBreak tie_break);

// Satisfaction one supporter draws from project p under a utility every
// supporter shares: its cost, or 1 (cardinality, and points on ballots
// without points).
inline std::uint64_t unit_satisfaction(const Election& election, std::size_t p, Utility utility) {
  return utility == Utility::kCost ? static_cast<std::uint64_t>(election.projects[p].cost) : 1;
}

// True when voters may draw different satisfaction from the same project:
// points utility on ballots that carry points.
inline bool weighted(const Election& election, Utility utility) {
  return utility == Utility::kPoints && election.ballots.has_points();
}

// Total satisfaction of all voters from project p, as pabutools sums it:
// votes * cost, votes, or the points given (score).
__int128 total_satisfaction(const Election& election, const Support& support, std::size_t p,
                            Utility utility);

// "1234.50": an amount in Election money units shown in currency units.
std::string format_amount(double amount_in_units, std::int32_t money_decimals);
std::string format_money_exact(Money amount, std::int32_t money_decimals);

// Empty explanations, one per project, with votes and score filled in.
std::vector<ProjectExplanation> blank_explanations(const Election& election,
                                                   const Support& support);

}  // namespace sammen::counting

namespace sammen::counting {

// Greedy by satisfaction per cost, continuing `outcome` (which may already
// hold projects, e.g. from MES before an Add1u fill): considers every project
// not yet selected, funds what fits, explains the rest. Rounds continue from
// `first_round`. The rule behind greedy() and the fill of Add1u.
void greedy_fill(const Election& election, const Support& support,
                 const std::vector<std::int32_t>& rank, Utility utility, bool fund_unsupported,
                 std::int32_t first_round, bool as_completion, Outcome& outcome);

// "L010, L081 and 3 more": project ids for an explanation.
std::string list_ids(const Election& election, const std::vector<std::int32_t>& projects);

}  // namespace sammen::counting
