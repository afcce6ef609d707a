// pabutools' rules by the names the shared reference data (expected.json)
// uses, as Sammen's CountingOptions.
//
// "greedy_cost", "mes_cost_add1", "max_welfare_points", ...: greedy_utilitarian_welfare,
// method_of_equal_shares (with voter_budget_increment=1 for Add1, followed
// by the greedy rule for Add1u), sequential_phragmen and
// max_additive_utilitarian_welfare, with Cost_Sat, Cardinality_Sat or
// Additive_Cardinal_Sat and pabutools' lexicographic tie-break. pabutools'
// greedy funds projects nobody supports last while money remains, so those
// options set fund_unsupported.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "sammen/counting/outcome.h"

namespace sammen::counting {

struct PabutoolsRule {
  std::string_view name;
  CountingOptions options;
};

// Every rule name Sammen knows, in a stable order.
const std::vector<PabutoolsRule>& pabutools_rules();

// The options for `name`, or nothing for a name Sammen does not know.
std::optional<CountingOptions> pabutools_rule(std::string_view name);

}  // namespace sammen::counting
