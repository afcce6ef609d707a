// Outcome: what a counting rule decided, and why, for every project.
//
// `selected` lists the funded projects (indices into Election::projects) in
// the order the rule funded them; `cost` is their total and never exceeds the
// budget. `explanation` has exactly one entry per project, in project order,
// so a resident can look up any project and read why it won or lost.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sammen/core/enum_table.h"
#include "sammen/core/money.h"

namespace sammen::counting {

enum class Rule { kGreedy, kEqualShares, kPhragmen, kOptimal };
// What a voter gains from a funded project they listed: its cost, 1, or the
// points they gave it (cumulative and scoring ballots; 1 per listed project on
// ballots without points).
enum class Utility { kCost, kCardinality, kPoints };
enum class Completion { kNone, kAdd1, kAdd1Utilitarian };

// How equal candidates are ordered. kLexicographic: by project id (pabutools'
// default, for conformance). kCostThenVotes: lower cost first, then more
// votes, then project id (equalshares.net's recommendation; product default).
enum class TieBreak { kLexicographic, kCostThenVotes };

struct CountingOptions {
  Rule rule = Rule::kGreedy;
  Utility utility = Utility::kCost;
  Completion completion = Completion::kNone;
  TieBreak tie_break = TieBreak::kCostThenVotes;
  // Greedy (and the greedy fill of Add1u) normally leaves projects nobody
  // voted for unfunded. pabutools funds them too, last, when money remains;
  // set this to reproduce its outcomes exactly.
  bool fund_unsupported = false;
};

enum class Verdict {
  kFunded,        // selected
  kDidNotFit,     // greedy: cost above the money left after `exhausted_by` were funded
  kNoSupport,     // nobody voted for it
  kUnaffordable,  // MES: its supporters' remaining shares could not pay for it
  kStopped,       // Phragmén: the rule stopped before reaching it
  kNotInOptimum,  // optimal: a better use of the budget left it out
  kNoValue,       // its supporters gain nothing from it under this utility (cost utility, free)
};

struct ProjectExplanation {
  std::int32_t project = 0;  // index into Election::projects
  Verdict verdict = Verdict::kNoSupport;
  std::int64_t votes = 0;                  // ballots that support it
  std::int64_t score = 0;                  // total points (approval: equals votes)
  std::int32_t round = 0;                  // 1-based step it was decided in; 0 if never considered
  Money money_left = 0;                    // budget left when it was decided (before paying for it)
  std::vector<std::int32_t> exhausted_by;  // kDidNotFit: funded projects that used the money
  // MES: kFunded: supporters who paid the equal share (or the price per point)
  // and those who paid all they had left; kUnaffordable: supporters with money
  // left and that money together (rounded half up to whole money units).
  std::int64_t payers = 0;
  std::int64_t all_in_payers = 0;
  Money supporters_money = 0;
  std::string detail;  // rule-specific facts in English (MES payments, ...)
};

struct Outcome {
  std::vector<std::int32_t> selected;
  Money cost = 0;
  std::vector<ProjectExplanation> explanation;
  CountingOptions options;
  // MES with Add1: how many times each voter's budget was raised by one unit
  // before the outcome became exhaustive (0 without completion).
  std::int64_t completion_steps = 0;
  // MES: counts (one, or one per Add1 step, plus one to explain) settled by
  // the fast path, and those it could not settle, which were counted exactly.
  std::int64_t fast_counts = 0;
  std::int64_t exact_counts = 0;
  // Optimal: the greatest total satisfaction (saturates at INT64_MAX), and
  // whether this is the only affordable set reaching it. When it is not, the
  // tie-break chose: projects that add nothing are left out, then the set
  // that funds the project first in tie-break order wins, then the next, ...
  std::int64_t welfare = 0;
  bool unique = true;
};

// The stable text ids of the enums above: on the wire, in catalogs, in tools.
inline constexpr auto kVerdictIds = enum_table<Verdict>({{Verdict::kFunded, "funded"},
                                                        {Verdict::kDidNotFit, "did_not_fit"},
                                                        {Verdict::kNoSupport, "no_support"},
                                                        {Verdict::kUnaffordable, "unaffordable"},
                                                        {Verdict::kStopped, "stopped"},
                                                        {Verdict::kNotInOptimum, "not_in_optimum"},
                                                        {Verdict::kNoValue, "no_value"}});
inline constexpr auto kRuleIds = enum_table<Rule>({{Rule::kGreedy, "greedy"},
                                                  {Rule::kEqualShares, "mes"},
                                                  {Rule::kPhragmen, "phragmen"},
                                                  {Rule::kOptimal, "optimal"}});
inline constexpr auto kTieBreakIds = enum_table<TieBreak>(
    {{TieBreak::kLexicographic, "lexico"}, {TieBreak::kCostThenVotes, "cost-votes"}});
inline constexpr auto kUtilityIds = enum_table<Utility>({{Utility::kCost, "cost"},
                                                        {Utility::kCardinality, "cardinality"},
                                                        {Utility::kPoints, "points"}});
inline constexpr auto kCompletionIds =
    enum_table<Completion>({{Completion::kNone, "none"},
                            {Completion::kAdd1, "add1"},
                            {Completion::kAdd1Utilitarian, "add1u"}});

inline std::string_view verdict_wire_id(Verdict v) { return kVerdictIds.id(v); }
inline std::string_view rule_wire_id(Rule r) { return kRuleIds.id(r); }
inline std::string_view tie_break_wire_id(TieBreak t) { return kTieBreakIds.id(t); }
inline std::string_view utility_wire_id(Utility u) { return kUtilityIds.id(u); }
inline std::string_view completion_wire_id(Completion c) { return kCompletionIds.id(c); }

}  // namespace sammen::counting
