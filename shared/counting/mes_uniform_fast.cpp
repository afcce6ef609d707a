// The fast path of uniform MES: budgets in double precision, each with a
// proven bound on its error, and a decision taken only when the bound settles
// it. Any decision the bound cannot settle (a near tie between two prices, a
// budget within the bound of a project's equal share, an amount to show that
// sits on a rounding boundary) makes the run give up (Run::certain = false)
// and the exact counter counts instead; whenever this path finishes, its
// outcome is the exact one.
//
// Each voter's budget is a double with its own error bound. Error bounds follow the standard model: each operation on doubles adds
// at most u = 2^-53 of its result; a sum of m terms adds at most (m + 2) u of
// the sum. Every bound is rounded generously (kSlack) so the rounding of the
// bound's own arithmetic cannot undo it. A voter who has paid all they had
// holds exactly 0. Prices with no poor supporter are
// exact rationals (cost / (payers * w)) and compare exactly, so the common
// ties between equal projects never force the exact count.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>

#include "mes.h"

namespace sammen::counting::mes {
namespace {

constexpr double kU = 0x1p-53;
constexpr double kSlack = 1.0 + 0x1p-20;
constexpr double kExactLimit = 0x1p53;  // integers below this are exact doubles

double grow(double error) { return error * kSlack + std::numeric_limits<double>::denorm_min(); }

// An amount shown to people (currency units, two decimals, half up, as
// format_money_ratio) from a value in Election money units known within
// `error`; nothing when the two ends of the bound show differently.
std::optional<std::string> shown_amount(double value, double error, std::int32_t decimals) {
  const double scale = std::pow(10.0, 2 - decimals);
  const double lo = std::max(0.0, (value - error) * scale * (1 - 4 * kU));
  const double hi = (value + error) * scale * (1 + 4 * kU);
  if (hi >= kExactLimit) return std::nullopt;
  const double hundredths = std::floor(lo + 0.5);
  if (hundredths != std::floor(hi + 0.5)) return std::nullopt;
  const auto h = static_cast<std::uint64_t>(hundredths);
  std::string text = std::to_string(h / 100);
  if (h % 100 != 0) {
    text += '.';
    text += static_cast<char>('0' + h % 100 / 10);
    text += static_cast<char>('0' + h % 10);
  }
  return text;
}

// The value rounded half up to whole Election money units, if the bound
// settles it.
std::optional<Money> whole_units(double value, double error) {
  const double lo = std::floor(std::max(0.0, value - error) * (1 - 4 * kU) + 0.5);
  const double hi = std::floor((value + error) * (1 + 4 * kU) + 0.5);
  if (lo != hi || lo >= kExactLimit) return std::nullopt;
  return static_cast<Money>(lo);
}

// A project's price per unit of satisfaction, rho, within `error`; when no
// supporter is poor it is exactly num / den as well.
struct Offer {
  std::int32_t project = -1;
  double rho = 0;
  double error = 0;
  bool exact = false;
  __int128 num = 0;
  __int128 den = 1;
  // For the purchase: the equal share q (within q_error), and the class
  // budgets below which supporters pay all they have.
  double q = 0;
  double q_error = 0;
  std::int64_t payers = 0;
};

enum class Order { kLess, kEqual, kGreater, kUnknown };

Order compare(const Offer& a, const Offer& b) {
  if (a.exact && b.exact) {
    const __int128 lhs = a.num * b.den;
    const __int128 rhs = b.num * a.den;
    return lhs < rhs ? Order::kLess : lhs > rhs ? Order::kGreater : Order::kEqual;
  }
  if (a.rho + a.error < b.rho - b.error) return Order::kLess;
  if (a.rho - a.error > b.rho + b.error) return Order::kGreater;
  return Order::kUnknown;
}

class FastUniformCounter final : public UniformBase {
 public:
  using UniformBase::UniformBase;

  Run run(std::uint64_t extra_per_voter, bool explain) override {
    Run out;
    if (!start_run(explain, out)) return out;
    const std::size_t voters = election_.ballots.size();
    const unsigned __int128 total =
        static_cast<unsigned __int128>(election_.budget) +
        static_cast<unsigned __int128>(extra_per_voter) * voters;
    if (total >= static_cast<unsigned __int128>(kExactLimit) ||
        election_.budget >= static_cast<Money>(kExactLimit)) {
      return give_up(out);
    }
    const double start = static_cast<double>(total) / static_cast<double>(voters);
    budget_.assign(voters, Budget{start, grow(2 * kU * start)});
    largest_error_ = budget_.front().error;
    supporters_ = support_.voters;
    ends_.assign(support_.offsets.begin() + 1, support_.offsets.end());

    std::vector<std::int32_t> remaining = candidates_;
    lower_bound_.assign(election_.projects.size(), 0.0);
    for (const std::int32_t p : remaining) {
      // q >= cost / supporters, so rho >= cost / (votes * w), rounded down.
      const double w = satisfaction(p);
      lower_bound_[p] = static_cast<double>(election_.projects[p].cost) /
                        (static_cast<double>(support_.votes[p]) * w) * (1 - 4 * kU);
    }
    std::vector<Offer> offers;
    while (!remaining.empty()) {
      const std::int32_t round = out.rounds + 1;
      std::sort(remaining.begin(), remaining.end(),
                [&](std::int32_t a, std::int32_t b) { return lower_bound_[a] < lower_bound_[b]; });
      offers.clear();
      double best_upper = std::numeric_limits<double>::infinity();
      std::size_t kept = 0;
      std::size_t i = 0;
      for (; i < remaining.size(); ++i) {
        const std::int32_t p = remaining[i];
        if (lower_bound_[p] > best_upper) break;  // certainly dearer than the best so far
        Offer offer;
        const Priced priced = price(p, offer);
        if (priced == Priced::kUnknown) return give_up(out);
        if (priced == Priced::kUnaffordable) {
          if (!drop(p, round, out)) return give_up(out);
          continue;  // dropped for good: budgets only fall
        }
        remaining[kept++] = p;
        lower_bound_[p] = (offer.rho - offer.error) * (1 - 4 * kU);
        best_upper = std::min(best_upper, offer.rho + offer.error);
        offers.push_back(offer);
      }
      for (; i < remaining.size(); ++i) remaining[kept++] = remaining[i];
      remaining.resize(kept);
      if (offers.empty()) break;
      const std::optional<std::size_t> best = choose(offers);
      if (!best) return give_up(out);
      if (!buy(offers[*best], round, out)) return give_up(out);
      remaining.erase(std::find(remaining.begin(), remaining.end(), offers[*best].project));
    }
    return out;
  }

 private:
  enum class Priced { kAffordable, kUnaffordable, kUnknown };

  double satisfaction(std::int32_t p) const {
    return static_cast<double>(unit_satisfaction(election_, p, utility_));
  }

  static Run give_up(Run& out) {
    out.certain = false;
    return std::move(out);
  }

  // Gathers the budgets of p's supporters with money left (held_, in the
  // order of holders_of(p)). Supporters who have run out are dropped from
  // p's list for the rest of the run, so late rounds do not walk over them.
  void gather(std::int32_t p) {
    std::int32_t* begin = supporters_.data() + support_.offsets[p];
    std::int32_t* end = supporters_.data() + ends_[p];
    held_.resize(static_cast<std::size_t>(end - begin));
    Budget* out = held_.data();
    for (std::int32_t* it = begin; it != end;) {
      const Budget& b = budget_[*it];
      if (b.value == 0) {
        *it = *--end;
        continue;
      }
      *out++ = b;
      ++it;
    }
    ends_[p] = static_cast<std::size_t>(end - supporters_.data());
    held_.resize(static_cast<std::size_t>(out - held_.data()));
    holders_ = static_cast<std::int64_t>(held_.size());
  }

  std::span<const std::int32_t> holders_of(std::int32_t p) const {
    return {supporters_.data() + support_.offsets[p], supporters_.data() + ends_[p]};
  }

  // The equal share of p and the poor supporters below it, settled or not.
  // As pabutools' "poor/rich" search: start from cost / supporters; whoever
  // holds less than the share is poor and pays all; the rest share what is
  // left; repeat until nobody new is poor. The share only rises on the way.
  Priced price(std::int32_t p, Offer& offer) {
    gather(p);
    const Money cost = election_.projects[p].cost;
    if (static_cast<double>(cost) >= kExactLimit) return Priced::kUnknown;
    const double need = static_cast<double>(cost);
    poor_.assign(held_.size(), 0);
    double contrib = 0;
    double contrib_error = 0;  // from the budgets' own errors
    std::int64_t payers = holders_;
    double richest_poor = -1;  // the largest a poor budget may be
    auto make_poor = [&](std::size_t j) {
      const Budget& b = held_[j];
      poor_[j] = 1;
      contrib += b.value;
      contrib_error += b.error;
      richest_poor = std::max(richest_poor, b.value + b.error);
      --payers;
    };
    // One pass over everyone at the first share; later passes only over
    // those below twice it (near_), unless the share itself doubles.
    const double first = need / static_cast<double>(payers);
    // The far ones (2 * first or more) may be no smaller than this.
    const double far_rich = 2 * first - largest_error_;
    near_.clear();
    for (std::size_t j = 0; j < held_.size(); ++j) {
      const double v = held_[j].value;
      if (v < first) {
        make_poor(j);
      } else if (v < 2 * first) {
        near_.push_back(static_cast<std::int32_t>(j));
      }
    }
    double q = payers > 0 ? (need - contrib) / static_cast<double>(payers) : 0;
    double poorest_rich = far_rich;  // the smallest a rich budget may be
    for (bool again = payers > 0; again && payers > 0;) {
      again = false;
      const bool everyone = q >= 2 * first;  // the far ones are in play too
      poorest_rich = everyone ? std::numeric_limits<double>::infinity() : far_rich;
      const std::size_t n = everyone ? held_.size() : near_.size();
      for (std::size_t j = 0; j < n; ++j) {
        const std::size_t k = everyone ? j : static_cast<std::size_t>(near_[j]);
        if (poor_[k]) continue;
        const Budget& b = held_[k];
        if (b.value >= q) {
          poorest_rich = std::min(poorest_rich, b.value - b.error);
          continue;
        }
        make_poor(k);
        again = true;
      }
      if (payers > 0) q = (need - contrib) / static_cast<double>(payers);
    }
    contrib_error =
        grow(contrib_error + (static_cast<double>(held_.size()) + 2) * kU * contrib);
    poor_total_ = contrib;
    poor_error_ = contrib_error;
    if (payers == 0) {  // everyone would pay all they have
      return contrib + contrib_error < need ? Priced::kUnaffordable : Priced::kUnknown;
    }
    const double left = need - contrib;
    offer.project = p;
    offer.q = q;
    offer.q_error = grow((contrib_error + kU * left) / static_cast<double>(payers) + kU * q);
    // Settled only if no budget lies within the bounds of q.
    if (poorest_rich <= q + offer.q_error) return Priced::kUnknown;
    if (richest_poor >= 0 && richest_poor >= q - offer.q_error) {
      return Priced::kUnknown;
    }
    const double w = satisfaction(p);
    offer.rho = q / w;
    offer.error = grow(offer.q_error / w + kU * offer.rho);
    offer.exact = richest_poor < 0;
    if (offer.exact) {  // q = cost / payers, exactly
      offer.num = cost;
      offer.den = static_cast<__int128>(payers) *
                  static_cast<__int128>(unit_satisfaction(election_, p, utility_));
    }
    offer.payers = payers;
    return Priced::kAffordable;
  }

  // The offer with the lowest price, ties to the tie-break; nothing when the
  // bounds cannot settle it.
  std::optional<std::size_t> choose(const std::vector<Offer>& offers) const {
    std::size_t best = 0;
    for (std::size_t i = 1; i < offers.size(); ++i) {
      if (offers[i].rho < offers[best].rho) best = i;
    }
    // Every other offer must be certainly dearer, or exactly as dear and later
    // in tie-break order; a better one found on the way becomes the best.
    for (std::size_t pass = 0; pass <= offers.size(); ++pass) {
      bool changed = false;
      for (std::size_t i = 0; i < offers.size(); ++i) {
        if (i == best) continue;
        const Order order = compare(offers[best], offers[i]);
        if (order == Order::kUnknown) return std::nullopt;
        if (order == Order::kGreater ||
            (order == Order::kEqual && rank_[offers[i].project] < rank_[offers[best].project])) {
          best = i;
          changed = true;
        }
      }
      if (!changed) return best;
    }
    return std::nullopt;
  }

  bool drop(std::int32_t p, std::int32_t round, Run& out) {
    ProjectRun& r = mark_unaffordable(election_, p, round, holders_, out);
    if (explain_) {
      const auto whole = whole_units(poor_total_, poor_error_);
      const auto shown = shown_amount(poor_total_, poor_error_, election_.money_decimals);
      if (!whole || !shown) return false;
      r.holders_money = *whole;
      r.holders_total = *shown;
    }
    return true;
  }

  bool buy(const Offer& offer, std::int32_t round, Run& out) {
    const std::int32_t p = offer.project;
    ProjectRun& r = open_purchase(election_, p, round, out);
    double all_in = 0;
    double all_in_error = 0;
    for (const std::int32_t v : holders_of(p)) {
      Budget& b = budget_[v];
      if (b.value == 0) continue;
      if (b.value < offer.q) {  // certainly poor (price() settled it)
        ++r.all_in_payers;
        all_in += b.value;
        all_in_error += b.error;
        b = Budget{};
        continue;
      }
      ++r.payers;
      // Within its old bound, q's bound, and the subtraction's rounding.
      b.error = grow(b.error + offer.q_error + kU * b.value);
      largest_error_ = std::max(largest_error_, b.error);
      b.value -= offer.q;
    }
    if (explain_) {
      const auto share = shown_amount(offer.q, offer.q_error, election_.money_decimals);
      all_in_error =
          grow(all_in_error + (static_cast<double>(r.all_in_payers) + 2) * kU * all_in);
      const auto paid = shown_amount(all_in, all_in_error, election_.money_decimals);
      if (!share || !paid) return false;
      r.share = *share;
      r.all_in_total = *paid;
    }
    close_purchase(election_, p, round, out);
    return true;
  }


  struct Budget {
    double value = 0;  // 0 once they have paid all they had
    double error = 0;  // the exact budget is within value +- error
  };
  std::vector<Budget> budget_;            // per voter
  double largest_error_ = 0;              // no budget's error is larger
  std::vector<std::int32_t> supporters_;  // Support::voters, emptied of the broke as they go
  std::vector<std::size_t> ends_;         // per project: end of its list in supporters_
  std::vector<Budget> held_;              // scratch: the budgets gather() found
  std::vector<std::uint8_t> poor_;        // scratch: beside held_
  std::vector<std::int32_t> near_;        // scratch: indices into held_ below twice the first share
  std::vector<double> lower_bound_;      // per project: a proven lower bound on rho
  std::int64_t holders_ = 0;
  double poor_total_ = 0;  // the last price(): what the poor supporters hold
  double poor_error_ = 0;
};

}  // namespace

std::unique_ptr<Counter> fast_uniform_counter(const Election& election, const Support& support,
                                              const std::vector<std::int32_t>& rank,
                                              Utility utility) {
  return std::make_unique<FastUniformCounter>(election, support, rank, utility);
}

}  // namespace sammen::counting::mes
