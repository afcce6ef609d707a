#include "support.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace sammen::counting {

Support build_support(const Election& election) {
  const std::size_t n = election.projects.size();
  Support s;
  s.votes.assign(n, 0);
  s.score.assign(n, 0);
  s.offsets.assign(n + 1, 0);
  for (const BallotView ballot : election.ballots) {
    for (std::size_t i = 0; i < ballot.projects.size(); ++i) {
      const std::int32_t p = ballot.projects[i];
      if (p < 0 || static_cast<std::size_t>(p) >= n) continue;  // not a project: ignored
      s.votes[p] += 1;
      s.score[p] += i < ballot.points.size() ? ballot.points[i] : 1;
    }
  }
  for (std::size_t p = 0; p < n; ++p) {
    s.offsets[p + 1] = s.offsets[p] + static_cast<std::size_t>(s.votes[p]);
  }
  const bool with_points = election.ballots.has_points();
  s.voters.resize(s.offsets[n]);
  if (with_points) s.given.resize(s.offsets[n]);
  std::vector<std::size_t> fill(s.offsets.begin(), s.offsets.end() - 1);
  for (std::size_t b = 0; b < election.ballots.size(); ++b) {
    const BallotView ballot = election.ballots[b];
    for (std::size_t i = 0; i < ballot.projects.size(); ++i) {
      const std::int32_t p = ballot.projects[i];
      if (p < 0 || static_cast<std::size_t>(p) >= n) continue;
      if (with_points) s.given[fill[p]] = ballot.points[i];
      s.voters[fill[p]++] = static_cast<std::int32_t>(b);
    }
  }
  return s;
}

__int128 total_satisfaction(const Election& election, const Support& support, std::size_t p,
                            Utility utility) {
  switch (utility) {
    case Utility::kCost:
      return static_cast<__int128>(support.votes[p]) * election.projects[p].cost;
    case Utility::kCardinality: return support.votes[p];
    case Utility::kPoints: return support.score[p];
  }
  return 0;
}

std::vector<std::int32_t> tie_break_rank(const Election& election, const Support& support,
                                         TieBreak tie_break) {
  const auto& projects = election.projects;
  std::vector<std::int32_t> order(projects.size());
  std::iota(order.begin(), order.end(), 0);
  // Ids compare byte by byte (std::string::compare is unsigned), which for
  // UTF-8 is code point order: the order of Python's str comparison.
  std::stable_sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
    if (tie_break == TieBreak::kCostThenVotes) {
      if (projects[a].cost != projects[b].cost) return projects[a].cost < projects[b].cost;
      if (support.votes[a] != support.votes[b]) return support.votes[a] > support.votes[b];
    }
    const int c = projects[a].id.compare(projects[b].id);
    if (c != 0) return c < 0;
    return a < b;  // duplicate ids: file order
  });
  std::vector<std::int32_t> rank(projects.size());
  for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]] = static_cast<std::int32_t>(i);
  return rank;
}

std::string format_amount(double amount_in_units, std::int32_t money_decimals) {
  double value = amount_in_units;
  for (std::int32_t i = 0; i < money_decimals; ++i) value /= 10;
  char buffer[64];
  if (std::fabs(value - std::round(value)) < 0.005 && std::fabs(value) < 1e15) {
    std::snprintf(buffer, sizeof buffer, "%.0f", std::round(value));
  } else {
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
  }
  return buffer;
}

std::string format_money_exact(Money amount, std::int32_t money_decimals) {
  if (money_decimals <= 0) return std::to_string(amount);
  const bool negative = amount < 0;
  std::string digits = std::to_string(negative ? -amount : amount);
  const auto d = static_cast<std::size_t>(money_decimals);
  if (digits.size() <= d) digits.insert(0, d + 1 - digits.size(), '0');
  std::string whole = digits.substr(0, digits.size() - d);
  std::string frac = digits.substr(digits.size() - d);
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  std::string out = negative ? "-" : "";
  out += whole;
  if (!frac.empty()) out += "." + frac;
  return out;
}

std::vector<ProjectExplanation> blank_explanations(const Election& election,
                                                   const Support& support) {
  std::vector<ProjectExplanation> out(election.projects.size());
  for (std::size_t p = 0; p < out.size(); ++p) {
    out[p].project = static_cast<std::int32_t>(p);
    out[p].votes = support.votes[p];
    out[p].score = support.score[p];
    out[p].verdict = Verdict::kNoSupport;
  }
  return out;
}

}  // namespace sammen::counting
