#include "sammen/counting/pabutools.h"

namespace sammen::counting {

const std::vector<PabutoolsRule>& pabutools_rules() {
  constexpr TieBreak kLexico = TieBreak::kLexicographic;
  static const std::vector<PabutoolsRule> rules = {
      {"greedy_cost", {Rule::kGreedy, Utility::kCost, Completion::kNone, kLexico, true}},
      {"greedy_cardinality",
       {Rule::kGreedy, Utility::kCardinality, Completion::kNone, kLexico, true}},
      {"greedy_points", {Rule::kGreedy, Utility::kPoints, Completion::kNone, kLexico, true}},
      {"mes_cost", {Rule::kEqualShares, Utility::kCost, Completion::kNone, kLexico, false}},
      {"mes_cardinality",
       {Rule::kEqualShares, Utility::kCardinality, Completion::kNone, kLexico, false}},
      {"mes_points", {Rule::kEqualShares, Utility::kPoints, Completion::kNone, kLexico, false}},
      {"mes_cost_add1", {Rule::kEqualShares, Utility::kCost, Completion::kAdd1, kLexico, false}},
      {"mes_cost_add1u",
       {Rule::kEqualShares, Utility::kCost, Completion::kAdd1Utilitarian, kLexico, true}},
      {"phragmen", {Rule::kPhragmen, Utility::kCardinality, Completion::kNone, kLexico, false}},
      {"max_welfare_cost", {Rule::kOptimal, Utility::kCost, Completion::kNone, kLexico, false}},
      {"max_welfare_cardinality",
       {Rule::kOptimal, Utility::kCardinality, Completion::kNone, kLexico, false}},
      {"max_welfare_points",
       {Rule::kOptimal, Utility::kPoints, Completion::kNone, kLexico, false}},
  };
  return rules;
}

std::optional<CountingOptions> pabutools_rule(std::string_view name) {
  for (const PabutoolsRule& rule : pabutools_rules()) {
    if (rule.name == name) return rule.options;
  }
  return std::nullopt;
}

}  // namespace sammen::counting
