// Counting: one entry point for every counting rule Sammen offers.
//
// count() dispatches on CountingOptions::rule to greedy, equal_shares,
// phragmen or optimal. Whatever the rule: the outcome never exceeds the
// budget, every project gets exactly one explanation, and the same ballots
// with the same options always give the same outcome, whatever their order.
#pragma once

#include <cstdint>
#include <functional>

#include "sammen/counting/election.h"
#include "sammen/counting/equal_shares.h"
#include "sammen/counting/greedy.h"
#include "sammen/counting/optimal.h"
#include "sammen/counting/outcome.h"
#include "sammen/counting/phragmen.h"

namespace sammen::counting {

// `progress` is called now and then during long counts (MES Add1 steps).
Outcome count(const Election& election, const CountingOptions& options,
              const CompletionProgress& progress = {});

// Natural order of project ids, as Pabulib tools sort them: digit runs
// compare as numbers ("2" < "10"), the rest byte by byte.
bool natural_less(std::string_view a, std::string_view b);

}  // namespace sammen::counting
