// libFuzzer target for the Pabulib reader (scripts/fuzz.sh builds and runs it).
//
// Whatever the bytes, read_pabulib() must return a value or an error naming a
// line, never crash or trip a sanitizer. A file it accepts must also survive
// being written back and read again to the same election, and small ones are
// counted with the quick rules to shake out overflow in the arithmetic.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "sammen/counting/counting.h"
#include "sammen/counting/pabulib.h"

using namespace sammen::counting;

namespace {

void check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  PabulibReadOptions options;
  options.keep_voter_details = (size % 2) == 0;
  const PabulibResult parsed = read_pabulib(text, options);
  if (!parsed) {
    check(!parsed.error().message.empty());
    check(parsed.error().line >= 0);
    return 0;
  }
  const Election& e = parsed.value().election;

  // The fast path (no details) and the general one read alike.
  PabulibReadOptions other = options;
  other.keep_voter_details = !options.keep_voter_details;
  const PabulibResult twin = read_pabulib(text, other);
  check(twin.ok() && twin.value().election.ballots.size() == e.ballots.size());
  for (std::size_t b = 0; b < e.ballots.size(); ++b) {
    const BallotView x = e.ballots[b];
    const BallotView y = twin.value().election.ballots[b];
    check(std::equal(x.projects.begin(), x.projects.end(), y.projects.begin(), y.projects.end()) &&
          std::equal(x.points.begin(), x.points.end(), y.points.begin(), y.points.end()));
  }

  const PabulibResult again = read_pabulib(write_pabulib(parsed.value()), options);
  check(again.ok());
  const Election& f = again.value().election;
  check(f.budget == e.budget && f.projects.size() == e.projects.size() &&
        f.ballots.size() == e.ballots.size());
  for (std::size_t p = 0; p < e.projects.size(); ++p) {
    check(f.projects[p].id == e.projects[p].id && f.projects[p].cost == e.projects[p].cost);
  }
  for (std::size_t b = 0; b < e.ballots.size(); ++b) {
    const BallotView x = e.ballots[b];
    const BallotView y = f.ballots[b];
    check(std::equal(x.projects.begin(), x.projects.end(), y.projects.begin(), y.projects.end()) &&
          std::equal(x.points.begin(), x.points.end(), y.points.begin(), y.points.end()));
  }

  if (e.projects.size() <= 40 && e.ballots.size() <= 200) {
    for (const Rule rule : {Rule::kGreedy, Rule::kEqualShares, Rule::kPhragmen, Rule::kOptimal}) {
      const Outcome o =
          count(e, {rule, Utility::kCost, Completion::kNone, TieBreak::kLexicographic, true});
      check(o.cost <= e.budget && o.explanation.size() == e.projects.size());
    }
    const Outcome card = count(e, {Rule::kEqualShares, Utility::kCardinality, Completion::kNone,
                                   TieBreak::kCostThenVotes, false});
    check(card.cost <= e.budget);
  }
  return 0;
}
