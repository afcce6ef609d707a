// counting_bench: how fast Sammen reads and counts Pabulib elections, next to
// pabutools' recorded times, natively and as WebAssembly.
//
//   sammen-counting-bench [--pabulib DIR] [--check] [--only-synthetic] [--no-synthetic]
//                         [--write-synthetic FILE]
//
// --check counts every entry of expected.json once and exits 1 on any
// difference from pabutools (ctest runs it on the wasm build).
//
// For each shared instance with 10,000 voters or more, and for a generated
// 1,000 projects x 1,000,000 voters election (bench/synthetic.h), it prints
// reading speed (MB/s), and per rule the count-only time and the end-to-end
// time (read + count), with the ratio to pabutools' recorded seconds (its
// rule time, and its parse time plus rule time) from expected.json. Winners
// are checked against expected.json; a difference makes the exit code 1.
// Memory: the peak of the process (native) or of the wasm heap, after each
// instance. A plain timing program (no Google Benchmark) so the same code
// runs natively and under node; medians of repeated runs (at least 3, about
// 1 s in all, once when a single run takes over 2 s).
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
#include "sammen/counting/pabutools.h"
#include "synthetic.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#else
#include <sys/resource.h>
#endif

namespace {

using namespace sammen::counting;
using Clock = std::chrono::steady_clock;

#ifdef __EMSCRIPTEN__
constexpr const char* kPlatform = "wasm (node)";
double peak_megabytes() { return static_cast<double>(emscripten_get_heap_size()) / 1e6; }
#else
constexpr const char* kPlatform = "native";
double peak_megabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1e3;  // KB on Linux
}
#endif

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

double seconds(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

template <typename F>
double median_seconds(F&& run) {
  std::vector<double> times;
  double total = 0;
  while (times.size() < 3 || (total < 1.0 && times.size() < 25)) {
    const Clock::time_point start = Clock::now();
    run();
    times.push_back(seconds(start));
    total += times.back();
    if (times.size() == 1 && times[0] > 2.0) break;
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

std::vector<std::string> sorted_ids(const Election& e, const Outcome& o) {
  std::vector<std::string> ids;
  for (const std::int32_t p : o.selected) ids.push_back(e.projects[p].id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

void print_header() {
  std::printf("  %-24s %11s %11s %9s %11s %11s %9s  %s\n", "rule", "count (s)", "pabutools",
              "ratio", "end-to-end", "pabutools", "ratio", "winners");
}

// Benchmarks one instance: `text` is its .pb file, `recorded` its entry in
// expected.json (empty for the generated one). False if winners differ.
bool bench_instance(const std::string& label, const std::string& text,
                    const nlohmann::json& recorded) {
  PabulibResult parsed = read_pabulib(text);
  if (!parsed) {
    std::printf("%s: %s\n", label.c_str(), describe(parsed.error()).c_str());
    return false;
  }
  const Election& e = parsed.value().election;
  const double read_s = median_seconds([&] { (void)read_pabulib(text); });
  const double mb = static_cast<double>(text.size()) / 1e6;
  const nlohmann::json instance = recorded.value("_instance", nlohmann::json::object());
  const double their_read = instance.value("parse_seconds", 0.0);
  std::printf("\n%s (%s): %zu voters x %zu projects, %zu approvals, %.1f MB\n", label.c_str(),
              kPlatform, e.ballots.size(), e.projects.size(), e.ballots.entries(), mb);
  std::printf("  reading: %.4f s, %.0f MB/s", read_s, mb / read_s);
  if (their_read > 0) std::printf("; pabutools %.3f s, ratio %.0fx", their_read, their_read / read_s);
  std::printf("\n");
  print_header();
  bool all_match = true;
  for (const PabutoolsRule& r : pabutools_rules()) {
    const std::string name(r.name);
    const bool has_reference = recorded.contains(name);
    const bool points = r.options.utility == Utility::kPoints;
    if (points && !e.ballots.has_points()) continue;
    // Add1 on big files pabutools never finished is timed only where it did.
    if (r.options.completion != Completion::kNone && !has_reference && e.ballots.size() > 20000)
      continue;
    Outcome outcome;
    const double count_s = median_seconds([&] { outcome = count(e, r.options); });
    const double end_to_end = read_s + count_s;
    std::string winners = std::to_string(outcome.selected.size()) + " projects";
    if (!has_reference) {
      std::printf("  %-24s %11.5f %11s %9s %11.5f %11s %9s  %s\n", name.c_str(), count_s, "-", "-",
                  end_to_end, "-", "-", winners.c_str());
      continue;
    }
    const nlohmann::json& want = recorded[name];
    const double theirs = want.value("seconds", 0.0);
    std::vector<std::string> expected_ids;
    for (const auto& id : want["selected"]) expected_ids.push_back(id.get<std::string>());
    std::sort(expected_ids.begin(), expected_ids.end());
    const bool same = sorted_ids(e, outcome) == expected_ids;
    const bool tie = r.options.rule == Rule::kOptimal && !outcome.unique;
    all_match = all_match && (same || tie);
    winners += same ? " (= pabutools)" : tie ? " (an equal optimum)" : " (DIFFERS from pabutools)";
    std::printf("  %-24s %11.5f %11.4f %8.0fx %11.5f %11.4f %8.0fx  %s\n", name.c_str(), count_s,
                theirs, theirs / count_s, end_to_end, their_read + theirs,
                (their_read + theirs) / end_to_end, winners.c_str());
  }
  std::printf("  peak memory so far: %.0f MB\n", peak_megabytes());
  return all_match;
}

// The generated election: reading its file, then MES (exact, the rule whose
// cost grows fastest with size) and greedy, timed once each.
void bench_synthetic(const std::string& write_to) {
  const Clock::time_point made = Clock::now();
  const Election e = sammen::bench::synthetic_election(1000, 1000000, 20261125);
  std::printf("\ngenerated 1,000 x 1,000,000 election (%s): %zu approvals, made in %.2f s\n",
              kPlatform, e.ballots.entries(), seconds(made));
  const std::string text = write_pabulib(pabulib_instance(e, "Sammen synthetic 1000 x 1000000"));
  if (!write_to.empty()) {
    std::ofstream(write_to, std::ios::binary) << text;
    std::printf("  written to %s\n", write_to.c_str());
  }
  const double mb = static_cast<double>(text.size()) / 1e6;
  const Clock::time_point read_start = Clock::now();
  const PabulibResult parsed = read_pabulib(text);
  const double read_s = seconds(read_start);
  std::printf("  reading: %.3f s for %.0f MB, %.0f MB/s\n", read_s, mb, mb / read_s);
  print_header();
  for (const PabutoolsRule& r : pabutools_rules()) {
    const std::string name(r.name);
    if (name != "greedy_cost" && name != "mes_cost" && name != "mes_cardinality") continue;
    const Clock::time_point start = Clock::now();
    const Outcome o = count(parsed.value().election, r.options);
    const double count_s = seconds(start);
    std::printf("  %-24s %11.3f %11s %9s %11.3f %11s %9s  %zu projects, cost %lld\n", name.c_str(),
                count_s, "-", "-", read_s + count_s, "-", "-", o.selected.size(),
                static_cast<long long>(o.cost));
  }
  std::printf("  peak memory: %.0f MB\n", peak_megabytes());
}

// Counts every entry of expected.json once and compares the winners (an
// optimum may differ only when it is not unique): the build under test counts
// as pabutools does. Prints one line per difference and a summary.
int check_all(const std::string& folder, const nlohmann::json& expected) {
  int entries = 0;
  int differ = 0;
  for (const auto& [file, recorded] : expected.items()) {
    const PabulibResult parsed = read_pabulib(read_text(folder + "/" + file));
    if (!parsed) {
      std::printf("%s: %s\n", file.c_str(), describe(parsed.error()).c_str());
      ++differ;
      continue;
    }
    const Election& e = parsed.value().election;
    for (const auto& [key, want] : recorded.items()) {
      if (key == "_instance") continue;
      ++entries;
      const std::optional<CountingOptions> options = pabutools_rule(key);
      if (!options) {
        std::printf("%s: unknown rule %s\n", file.c_str(), key.c_str());
        ++differ;
        continue;
      }
      const Outcome o = count(e, *options);
      std::vector<std::string> ids;
      for (const auto& id : want["selected"]) ids.push_back(id.get<std::string>());
      std::sort(ids.begin(), ids.end());
      const bool tie = options->rule == Rule::kOptimal && !o.unique;
      if (sorted_ids(e, o) != ids && !tie) {
        std::printf("%s %s: DIFFERS from pabutools\n", file.c_str(), key.c_str());
        ++differ;
      }
    }
  }
  std::printf("%s: %d entries of expected.json, %d differ from pabutools\n", kPlatform, entries,
              differ);
  return differ == 0 && entries > 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string folder = SAMMEN_PABULIB_DIR;
  bool files = true;
  bool synthetic = true;
  std::string write_to;
  bool check = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--check") {
      check = true;
    } else if (a == "--pabulib" && i + 1 < argc) {
      folder = argv[++i];
    } else if (a == "--only-synthetic") {
      files = false;
    } else if (a == "--no-synthetic") {
      synthetic = false;
    } else if (a == "--write-synthetic" && i + 1 < argc) {
      write_to = argv[++i];
    } else {
      std::printf("usage: sammen-counting-bench [--pabulib DIR] [--check] [--only-synthetic] "
                  "[--no-synthetic] [--write-synthetic FILE]\n");
      return 2;
    }
  }
  const nlohmann::json expected =
      nlohmann::json::parse(read_text(folder + "/expected.json"), nullptr, false);
  if ((files || check) && (expected.is_discarded() || !expected.is_object())) {
    std::printf("cannot read %s/expected.json\n", folder.c_str());
    return 2;
  }
  if (check) return check_all(folder, expected);
  std::printf("Sammen counting benchmark, %s. Ratio = pabutools' recorded seconds / ours.\n",
              kPlatform);
  bool ok = true;
  if (files) {
    for (const auto& [file, recorded] : expected.items()) {
      const nlohmann::json facts = recorded.value("_instance", nlohmann::json::object());
      const std::string text = read_text(folder + "/" + file);
      // The big ones: 10,000 voters or more (counted when _instance is absent).
      if (facts.value("voters", 0) < 10000 && text.size() < 1000000) continue;
      ok = bench_instance(file, text, recorded) && ok;
    }
  }
  if (synthetic) bench_synthetic(write_to);
  return ok ? 0 : 1;
}
