// counting_bench: times every counting rule on the largest shared Pabulib
// instances and prints the ratio to pabutools' recorded time.
//
//   sammen-counting-bench [PABULIB_FOLDER]
//
// A plain timing program (no Google Benchmark) so the very same code runs
// natively and as WebAssembly under node. The largest instance is chosen by
// voters x projects among the files expected.json lists; Łódź 2022 is timed
// too, as the largest with every rule and many approvals per voter. Each
// timing is the median of repeated counts (at least 3, about 1 s in all);
// reading the file is timed apart.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "sammen/counting/counting.h"
#include "sammen/counting/pabulib.h"

namespace {

using namespace sammen::counting;
using Clock = std::chrono::steady_clock;

#ifdef __EMSCRIPTEN__
constexpr const char* kPlatform = "wasm (node)";
#else
constexpr const char* kPlatform = "native";
#endif

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

template <typename F>
double median_seconds(F&& run) {
  std::vector<double> times;
  double total = 0;
  while (times.size() < 3 || (total < 1.0 && times.size() < 25)) {
    const Clock::time_point start = Clock::now();
    run();
    const double t = std::chrono::duration<double>(Clock::now() - start).count();
    times.push_back(t);
    total += t;
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

struct RuleRun {
  const char* name;  // expected.json's name, or ours when pabutools has none
  CountingOptions options;
};

const std::vector<RuleRun>& rules() {
  static const std::vector<RuleRun> all = [] {
    const TieBreak lexico = TieBreak::kLexicographic;
    return std::vector<RuleRun>{
        {"greedy_cost", {Rule::kGreedy, Utility::kCost, Completion::kNone, lexico, true}},
        {"greedy_cardinality",
         {Rule::kGreedy, Utility::kCardinality, Completion::kNone, lexico, true}},
        {"mes_cost", {Rule::kEqualShares, Utility::kCost, Completion::kNone, lexico, false}},
        {"mes_cardinality",
         {Rule::kEqualShares, Utility::kCardinality, Completion::kNone, lexico, false}},
        {"mes_cost_add1", {Rule::kEqualShares, Utility::kCost, Completion::kAdd1, lexico, false}},
        {"mes_cost_add1u",
         {Rule::kEqualShares, Utility::kCost, Completion::kAdd1Utilitarian, lexico, false}},
        {"phragmen", {Rule::kPhragmen, Utility::kCardinality, Completion::kNone, lexico, false}},
        {"optimal_cost", {Rule::kOptimal, Utility::kCost, Completion::kNone, lexico, false}},
        {"optimal_cardinality",
         {Rule::kOptimal, Utility::kCardinality, Completion::kNone, lexico, false}},
    };
  }();
  return all;
}

bool bench_file(const std::string& folder, const std::string& file,
                const nlohmann::json& expected) {
  const std::string text = read_text(folder + "/" + file);
  PabulibResult parsed = read_pabulib(text);
  if (!parsed) {
    std::printf("%s: %s\n", file.c_str(), describe(parsed.error()).c_str());
    return false;
  }
  const double read_s = median_seconds([&] { (void)read_pabulib(text); });
  const Election& e = parsed.value().election;
  std::printf("\n%s (%s): %zu voters x %zu projects, %.1f MB; reading the file: %.4f s\n",
              file.c_str(), kPlatform, e.ballots.size(), e.projects.size(),
              static_cast<double>(text.size()) / 1e6, read_s);
  std::printf("  %-20s %12s %14s %10s  %s\n", "rule", "ours (s)", "pabutools (s)", "ratio",
              "winners");
  bool all_match = true;
  const nlohmann::json& recorded =
      expected.contains(file) ? expected[file] : nlohmann::json::object();
  for (const RuleRun& r : rules()) {
    const bool has_reference = recorded.contains(r.name);
    // Add1 on a large file is not something pabutools finished; skip ours too
    // unless it has a reference (it is timed on the small files by the tests).
    if (r.options.completion != Completion::kNone && !has_reference && e.ballots.size() > 20000)
      continue;
    Outcome outcome;
    const double ours = median_seconds([&] { outcome = count(e, r.options); });
    std::string winners =
        std::to_string(outcome.selected.size()) + " projects, cost " + std::to_string(outcome.cost);
    if (has_reference) {
      const double theirs = recorded[r.name].value("seconds", 0.0);
      std::vector<std::string> ids;
      for (const std::int32_t p : outcome.selected) ids.push_back(e.projects[p].id);
      std::vector<std::string> want;
      for (const auto& id : recorded[r.name]["selected"]) want.push_back(id.get<std::string>());
      std::sort(ids.begin(), ids.end());
      std::sort(want.begin(), want.end());
      const bool same = ids == want;
      all_match = all_match && same;
      winners += same ? " (= pabutools)" : " (DIFFERS from pabutools)";
      std::printf("  %-20s %12.5f %14.4f %9.0fx  %s\n", r.name, ours, theirs, theirs / ours,
                  winners.c_str());
    } else {
      std::printf("  %-20s %12.5f %14s %10s  %s\n", r.name, ours, "-", "-", winners.c_str());
    }
  }
  return all_match;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string folder = argc > 1 ? argv[1] : SAMMEN_PABULIB_DIR;
  const std::string expected_text = read_text(folder + "/expected.json");
  const nlohmann::json expected = nlohmann::json::parse(expected_text, nullptr, false);
  if (expected.is_discarded() || !expected.is_object()) {
    std::printf("cannot read %s/expected.json\n", folder.c_str());
    return 2;
  }
  // The largest instance by voters x projects (counted from the files).
  std::string largest;
  double largest_size = 0;
  for (const auto& [file, results] : expected.items()) {
    PabulibResult parsed = read_pabulib(read_text(folder + "/" + file));
    if (!parsed) continue;
    const double size = static_cast<double>(parsed.value().election.ballots.size()) *
                        static_cast<double>(parsed.value().election.projects.size());
    if (size > largest_size) {
      largest_size = size;
      largest = file;
    }
  }
  std::printf("Sammen counting benchmark, %s. Ratio = pabutools' recorded seconds / ours.\n",
              kPlatform);
  bool ok = bench_file(folder, largest, expected);
  if (largest != "poland_lodz_2022_.pb" && expected.contains("poland_lodz_2022_.pb")) {
    ok = bench_file(folder, "poland_lodz_2022_.pb", expected) && ok;
  }
  return ok ? 0 : 1;
}
