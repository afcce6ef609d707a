#include "sammen/counting/phragmen.h"

#include <algorithm>

#include "big_nat.h"
#include "support.h"

namespace sammen::counting {

// Exact sequential Phragmén as pabutools computes it. Every voter's load is
// the load set in the step that last bought a project they support (0 before
// any), so loads are kept per step: load_k = level_[k] / scale_, integers over
// one common, growing scale. Buying p in a step sets its supporters' load to
// (cost_p + sum of their loads) / votes_p.
Outcome phragmen(const Election& election, TieBreak tie_break) {
  const Support support = build_support(election);
  const std::vector<std::int32_t> rank = tie_break_rank(election, support, tie_break);
  const std::size_t n = election.projects.size();
  const std::int32_t decimals = election.money_decimals;

  Outcome outcome;
  outcome.options = {Rule::kPhragmen, Utility::kCardinality, Completion::kNone, tie_break, false};
  outcome.explanation = blank_explanations(election, support);

  std::vector<std::int32_t> remaining;
  for (std::size_t p = 0; p < n; ++p) {
    if (election.projects[p].cost <= election.budget) {
      remaining.push_back(static_cast<std::int32_t>(p));
    } else {
      ProjectExplanation& e = outcome.explanation[p];
      e.verdict = support.votes[p] == 0 ? Verdict::kNoSupport : Verdict::kDidNotFit;
      e.detail = "costs " + format_money_exact(election.projects[p].cost, decimals) +
                 ", more than the whole budget";
    }
  }

  BigNat scale(1);
  std::vector<BigNat> level(1);  // level[0] = 0: no load yet
  std::vector<std::int32_t> voter_step(election.ballots.size(), 0);
  std::vector<std::int64_t> per_step;
  std::vector<std::int32_t> touched;
  struct Offer {
    std::int32_t project;
    BigNat numerator;  // (cost + supporters' loads) * scale; new load = numerator / (votes * scale)
    bool infinite;
  };
  std::vector<Offer> offers;
  BigNat lhs, rhs;
  std::int32_t round = 0;

  auto better = [&](const Offer& a, const Offer& b) {  // a's new load strictly lower than b's
    if (a.infinite || b.infinite) return !a.infinite && b.infinite;
    BigNat::mul(lhs, a.numerator, static_cast<std::uint64_t>(support.votes[b.project]));
    BigNat::mul(rhs, b.numerator, static_cast<std::uint64_t>(support.votes[a.project]));
    return BigNat::compare(lhs, rhs) < 0;
  };

  while (!remaining.empty()) {
    ++round;
    offers.clear();
    per_step.assign(level.size(), 0);
    for (const std::int32_t p : remaining) {
      Offer offer{p, BigNat{}, support.votes[p] == 0};
      if (!offer.infinite) {
        touched.clear();
        for (const std::int32_t v : support.supporters(p)) {
          const std::int32_t k = voter_step[v];
          if (k == 0) continue;
          if (per_step[k]++ == 0) touched.push_back(k);
        }
        BigNat::mul(offer.numerator, scale, static_cast<std::uint64_t>(election.projects[p].cost));
        for (const std::int32_t k : touched) {
          BigNat::add_mul(offer.numerator, level[k], static_cast<std::uint64_t>(per_step[k]));
          per_step[k] = 0;
        }
      }
      offers.push_back(std::move(offer));
    }
    // The lowest new load; every project tied at it.
    std::size_t best = 0;
    for (std::size_t i = 1; i < offers.size(); ++i) {
      if (better(offers[i], offers[best])) best = i;
    }
    std::vector<std::int32_t> tied;
    for (std::size_t i = 0; i < offers.size(); ++i) {
      if (!better(offers[best], offers[i])) tied.push_back(static_cast<std::int32_t>(i));
    }
    // pabutools stops as soon as any tied project no longer fits.
    const Money left = election.budget - outcome.cost;
    std::int32_t blocker = -1;
    for (const std::int32_t i : tied) {
      const std::int32_t p = offers[i].project;
      if (election.projects[p].cost > left && (blocker < 0 || rank[p] < rank[blocker])) {
        blocker = p;
      }
    }
    if (blocker >= 0) {
      ProjectExplanation& e = outcome.explanation[blocker];
      e.round = round;
      e.money_left = left;
      e.verdict = support.votes[blocker] == 0 ? Verdict::kNoSupport : Verdict::kDidNotFit;
      e.exhausted_by = outcome.selected;
      e.detail = "its supporters were next to afford it, but it costs " +
                 format_money_exact(election.projects[blocker].cost, decimals) + " and only " +
                 format_money_exact(left, decimals) + " was left; the count stopped here";
      for (const std::int32_t p : remaining) {
        if (p == blocker) continue;
        ProjectExplanation& o = outcome.explanation[p];
        o.round = round;
        o.money_left = left;
        o.verdict = support.votes[p] == 0 ? Verdict::kNoSupport : Verdict::kStopped;
        o.detail = "the count stopped in round " + std::to_string(round) + " when " +
                   election.projects[blocker].id +
                   " no longer fit, before its supporters could afford it";
      }
      break;
    }
    std::int32_t chosen = tied[0];
    for (const std::int32_t i : tied) {
      if (rank[offers[i].project] < rank[offers[chosen].project]) chosen = i;
    }
    const Offer& offer = offers[chosen];
    const std::int32_t p = offer.project;
    ProjectExplanation& e = outcome.explanation[p];
    e.round = round;
    e.money_left = left;
    e.verdict = Verdict::kFunded;
    if (!offer.infinite) {
      // New load = numerator / (votes * scale): rescale by votes / gcd.
      const auto votes = static_cast<std::uint64_t>(support.votes[p]);
      const std::uint64_t g =
          gcd_u64(votes, offer.numerator.mod(static_cast<std::uint32_t>(votes)));
      const std::uint64_t factor = votes / g;
      BigNat load = offer.numerator;
      load.div(static_cast<std::uint32_t>(g));
      if (factor > 1) {
        scale.mul(factor);
        for (BigNat& l : level) l.mul(factor);
      }
      level.push_back(std::move(load));
      const auto step = static_cast<std::int32_t>(level.size() - 1);
      for (const std::int32_t v : support.supporters(p)) voter_step[v] = step;
      e.detail = "bought in round " + std::to_string(round) + ": its " + std::to_string(votes) +
                 " supporters' load rose to " +
                 format_amount(ratio(level.back(), scale), decimals) + " each";
    } else {
      e.detail = "bought in round " + std::to_string(round) +
                 " though nobody voted for it: money was left";
    }
    outcome.selected.push_back(p);
    outcome.cost += election.projects[p].cost;
    remaining.erase(std::find(remaining.begin(), remaining.end(), p));
  }
  for (std::size_t p = 0; p < n; ++p) {
    ProjectExplanation& e = outcome.explanation[p];
    if (e.verdict == Verdict::kNoSupport && e.detail.empty()) e.detail = "nobody voted for it";
  }
  return outcome;
}

}  // namespace sammen::counting
