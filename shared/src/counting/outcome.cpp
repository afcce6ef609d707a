#include "sammen/counting/outcome.h"

#include "sammen/counting/election.h"

namespace sammen::counting {

std::string_view verdict_wire_id(Verdict verdict) {
  switch (verdict) {
    case Verdict::kFunded: return "funded";
    case Verdict::kDidNotFit: return "did_not_fit";
    case Verdict::kNoSupport: return "no_support";
    case Verdict::kUnaffordable: return "unaffordable";
    case Verdict::kStopped: return "stopped";
    case Verdict::kNotInOptimum: return "not_in_optimum";
    case Verdict::kNoValue: return "no_value";
  }
  return "unknown";
}

std::string_view rule_wire_id(Rule rule) {
  switch (rule) {
    case Rule::kGreedy: return "greedy";
    case Rule::kEqualShares: return "mes";
    case Rule::kPhragmen: return "phragmen";
    case Rule::kOptimal: return "optimal";
  }
  return "unknown";
}

std::string_view tie_break_wire_id(TieBreak tie) {
  switch (tie) {
    case TieBreak::kLexicographic: return "lexico";
    case TieBreak::kCostThenVotes: return "cost-votes";
  }
  return "unknown";
}

}  // namespace sammen::counting

namespace sammen::counting {

std::string_view utility_wire_id(Utility utility) {
  switch (utility) {
    case Utility::kCost: return "cost";
    case Utility::kCardinality: return "cardinality";
    case Utility::kPoints: return "points";
  }
  return "unknown";
}

std::string_view completion_wire_id(Completion completion) {
  switch (completion) {
    case Completion::kNone: return "none";
    case Completion::kAdd1: return "add1";
    case Completion::kAdd1Utilitarian: return "add1u";
  }
  return "unknown";
}

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
