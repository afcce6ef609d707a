// sammen-tally: counts a Pabulib (.pb) election with one of Sammen's rules.
//
//   sammen-tally FILE.pb --rule greedy|mes|phragmen|optimal
//                [--utility cost|cardinality|points] [--completion none|add1|add1u]
//                [--tie lexico|cost-votes] [--fund-unsupported] [--json] [--quiet]
//
// Prints the winners, their total cost and why each project won or lost; with
// --json one object. Progress goes to stderr. Bad arguments or a bad file:
// a message on stderr and exit code 2.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sammen/counting/counting.h"
#include "sammen/counting/pabulib.h"

namespace {

using namespace sammen::counting;
using Clock = std::chrono::steady_clock;

constexpr int kUsageError = 2;

const char* const kUsage =
    "usage: sammen-tally FILE.pb --rule greedy|mes|phragmen|optimal\n"
    "                    [--utility cost|cardinality|points] [--completion none|add1|add1u]\n"
    "                    [--tie lexico|cost-votes] [--fund-unsupported] [--json] [--quiet]\n"
    "\n"
    "  --rule        counting rule (required)\n"
    "  --utility     what a voter gains from a funded project they supported: its cost\n"
    "                (default), 1 (cardinality), or the points they gave it (points:\n"
    "                cumulative and scoring ballots; only positive points make a\n"
    "                supporter, and under MES each pays the price per point times\n"
    "                their points; on ballots without points every listed project\n"
    "                counts 1, as cardinality)\n"
    "  --completion  MES only: Add1 raises every voter's budget by one unit until the\n"
    "                outcome is exhaustive; add1u also fills what is left greedily\n"
    "  --tie         lexico: by project id, as pabutools (default for this tool);\n"
    "                cost-votes: lower cost, then more votes (Sammen's product default)\n"
    "  --fund-unsupported  greedy: also fund projects nobody voted for while money is\n"
    "                left, as pabutools does\n"
    "  --json        print one JSON object: selected, cost, explanation, ...\n"
    "  --quiet       no progress on stderr\n";

struct Args {
  std::string file;
  CountingOptions options;
  bool rule_given = false;
  bool json = false;
  bool quiet = false;
};

int usage_error(const std::string& message) {
  std::cerr << "sammen-tally: " << message << "\n\n" << kUsage;
  return kUsageError;
}

std::optional<std::string> parse_args(int argc, char** argv, Args& args) {
  args.options.tie_break = TieBreak::kLexicographic;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    auto value = [&](std::string_view flag) -> std::optional<std::string_view> {
      if (i + 1 >= argc) return std::nullopt;
      (void)flag;
      return std::string_view(argv[++i]);
    };
    if (a == "--rule") {
      const auto v = value(a);
      if (!v) return "--rule needs a value";
      args.rule_given = true;
      if (*v == "greedy")
        args.options.rule = Rule::kGreedy;
      else if (*v == "mes")
        args.options.rule = Rule::kEqualShares;
      else if (*v == "phragmen")
        args.options.rule = Rule::kPhragmen;
      else if (*v == "optimal")
        args.options.rule = Rule::kOptimal;
      else
        return "unknown rule '" + std::string(*v) + "' (greedy, mes, phragmen or optimal)";
    } else if (a == "--utility") {
      const auto v = value(a);
      if (!v) return "--utility needs a value";
      if (*v == "cost")
        args.options.utility = Utility::kCost;
      else if (*v == "cardinality")
        args.options.utility = Utility::kCardinality;
      else if (*v == "points")
        args.options.utility = Utility::kPoints;
      else
        return "unknown utility '" + std::string(*v) + "' (cost, cardinality or points)";
    } else if (a == "--completion") {
      const auto v = value(a);
      if (!v) return "--completion needs a value";
      if (*v == "none")
        args.options.completion = Completion::kNone;
      else if (*v == "add1")
        args.options.completion = Completion::kAdd1;
      else if (*v == "add1u")
        args.options.completion = Completion::kAdd1Utilitarian;
      else
        return "unknown completion '" + std::string(*v) + "' (none, add1 or add1u)";
    } else if (a == "--tie") {
      const auto v = value(a);
      if (!v) return "--tie needs a value";
      if (*v == "lexico")
        args.options.tie_break = TieBreak::kLexicographic;
      else if (*v == "cost-votes")
        args.options.tie_break = TieBreak::kCostThenVotes;
      else
        return "unknown tie-break '" + std::string(*v) + "' (lexico or cost-votes)";
    } else if (a == "--fund-unsupported") {
      args.options.fund_unsupported = true;
    } else if (a == "--json") {
      args.json = true;
    } else if (a == "--quiet") {
      args.quiet = true;
    } else if (a == "--help" || a == "-h") {
      return std::string("help");
    } else if (!a.empty() && a[0] == '-') {
      return "unknown option '" + std::string(a) + "'";
    } else if (args.file.empty()) {
      args.file = std::string(a);
    } else {
      return "more than one file given ('" + args.file + "', '" + std::string(a) + "')";
    }
  }
  if (args.file.empty()) return std::string("no .pb file given");
  if (!args.rule_given) return std::string("--rule is required");
  if (args.options.completion != Completion::kNone && args.options.rule != Rule::kEqualShares) {
    return std::string("--completion applies to --rule mes only");
  }
  return std::nullopt;
}

// The whole file in one read into a string of the right size (no stream
// buffers copying it twice: reading is most of an end-to-end count).
std::optional<std::string> read_file(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return std::nullopt;
  std::string contents;
  if (std::fseek(file, 0, SEEK_END) == 0) {
    const long size = std::ftell(file);
    if (size > 0) contents.resize(static_cast<std::size_t>(size));
    std::rewind(file);
  }
  std::size_t got = std::fread(contents.data(), 1, contents.size(), file);
  contents.resize(got);
  // Not a regular file (a pipe): read on until the end.
  char chunk[65536];
  for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, file)) > 0;) contents.append(chunk, n);
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return std::nullopt;
  return contents;
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Money in the file's units: an integer when whole, else a decimal number.
nlohmann::ordered_json money_json(sammen::Money amount, std::int32_t decimals) {
  if (decimals <= 0) return amount;
  sammen::Money unit = 1;
  for (std::int32_t i = 0; i < decimals; ++i) unit *= 10;
  if (amount % unit == 0) return amount / unit;
  return static_cast<double>(amount) / static_cast<double>(unit);
}

std::string money_text(sammen::Money amount, std::int32_t decimals) {
  const nlohmann::ordered_json j = money_json(amount, decimals);
  return j.dump();
}

std::vector<std::string> sorted_ids(const Election& election,
                                    const std::vector<std::int32_t>& projects) {
  std::vector<std::string> ids;
  for (const std::int32_t p : projects) ids.push_back(election.projects[p].id);
  std::sort(ids.begin(), ids.end(),
            [](const std::string& a, const std::string& b) { return natural_less(a, b); });
  return ids;
}

std::string rule_title(const CountingOptions& o) {
  std::string title(rule_wire_id(o.rule));
  if (o.rule != Rule::kPhragmen) title += ", utility " + std::string(utility_wire_id(o.utility));
  if (o.rule == Rule::kEqualShares)
    title += ", completion " + std::string(completion_wire_id(o.completion));
  title += ", tie-break " + std::string(tie_break_wire_id(o.tie_break));
  if (o.fund_unsupported) title += ", funding unsupported projects";
  return title;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (const std::optional<std::string> problem = parse_args(argc, argv, args)) {
    if (*problem == "help") {
      std::cout << kUsage;
      return 0;
    }
    return usage_error(*problem);
  }
  const Clock::time_point start = Clock::now();
  const std::optional<std::string> contents = read_file(args.file);
  if (!contents) {
    std::cerr << "sammen-tally: cannot read " << args.file << "\n";
    return kUsageError;
  }
  PabulibResult parsed = read_pabulib(*contents);
  if (!parsed) {
    std::cerr << "sammen-tally: " << args.file << ": " << describe(parsed.error()) << "\n";
    return kUsageError;
  }
  const PabulibInstance instance = std::move(parsed).value();
  const Election& election = instance.election;
  const double read_seconds = seconds_since(start);
  if (!args.quiet) {
    std::cerr << "sammen-tally: read " << args.file << ": " << election.projects.size()
              << " projects, " << election.ballots.size() << " ballots (" << read_seconds
              << " s); counting " << rule_title(args.options) << "\n";
  }

  Clock::time_point last_report = Clock::now();
  const CompletionProgress progress = [&](std::int64_t step) {
    if (args.quiet || seconds_since(last_report) < 1.0) return;
    last_report = Clock::now();
    std::cerr << "sammen-tally: Add1 step " << step << " (" << seconds_since(start) << " s)\n";
  };
  const Clock::time_point count_start = Clock::now();
  const Outcome outcome = count(election, args.options, progress);
  const double count_seconds = seconds_since(count_start);
  if (!args.quiet) std::cerr << "sammen-tally: counted in " << count_seconds << " s\n";

  const std::int32_t d = election.money_decimals;
  const std::vector<std::string> winners = sorted_ids(election, outcome.selected);
  if (args.json) {
    nlohmann::ordered_json j;
    j["file"] = args.file;
    j["rule"] = rule_wire_id(args.options.rule);
    j["utility"] = utility_wire_id(args.options.utility);
    j["completion"] = completion_wire_id(args.options.completion);
    j["tie_break"] = tie_break_wire_id(args.options.tie_break);
    j["fund_unsupported"] = args.options.fund_unsupported;
    j["budget"] = money_json(election.budget, d);
    j["selected"] = winners;
    j["cost"] = money_json(outcome.cost, d);
    j["completion_steps"] = outcome.completion_steps;
    if (args.options.rule == Rule::kEqualShares) {
      j["fast_counts"] = outcome.fast_counts;
      j["exact_counts"] = outcome.exact_counts;
    }
    if (args.options.rule == Rule::kOptimal) {
      // Cost utility counts money (per voter): in the file's units like costs.
      j["welfare"] = args.options.utility == Utility::kCost ? money_json(outcome.welfare, d)
                                                            : nlohmann::ordered_json(outcome.welfare);
      j["unique"] = outcome.unique;
    }
    j["seconds"] = count_seconds;
    nlohmann::ordered_json explanation = nlohmann::ordered_json::array();
    for (const ProjectExplanation& e : outcome.explanation) {
      nlohmann::ordered_json item;
      item["project"] = election.projects[e.project].id;
      item["name"] = election.projects[e.project].name;
      item["cost"] = money_json(election.projects[e.project].cost, d);
      item["verdict"] = verdict_wire_id(e.verdict);
      item["votes"] = e.votes;
      item["score"] = e.score;
      item["round"] = e.round;
      item["money_left"] = money_json(e.money_left, d);
      item["exhausted_by"] = sorted_ids(election, e.exhausted_by);
      item["detail"] = e.detail;
      explanation.push_back(std::move(item));
    }
    j["explanation"] = std::move(explanation);
    // Names come from files: replace invalid UTF-8 rather than fail.
    std::cout << j.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    return 0;
  }

  std::cout << "Rule: " << rule_title(args.options) << "\n";
  std::cout << "Budget: " << money_text(election.budget, d) << "\n";
  if (outcome.completion_steps > 0) {
    std::cout << "Add1 raised every voter's budget " << outcome.completion_steps << " times\n";
  }
  if (args.options.rule == Rule::kOptimal) {
    std::cout << "Welfare: "
              << (args.options.utility == Utility::kCost ? money_text(outcome.welfare, d)
                                                         : std::to_string(outcome.welfare))
              << (outcome.unique ? " (the only set that reaches it)\n"
                                 : " (other sets reach it too; the tie-break chose)\n");
  }
  std::cout << "Winners (" << winners.size() << "):";
  for (const std::string& id : winners) std::cout << ' ' << id;
  std::cout << "\nTotal cost: " << money_text(outcome.cost, d) << "\n\nWhy, project by project:\n";
  std::vector<std::int32_t> order(election.projects.size());
  for (std::size_t p = 0; p < order.size(); ++p) order[p] = static_cast<std::int32_t>(p);
  std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
    return natural_less(election.projects[a].id, election.projects[b].id);
  });
  for (const std::int32_t p : order) {
    const ProjectExplanation& e = outcome.explanation[p];
    std::cout << "  " << election.projects[p].id << "  " << verdict_wire_id(e.verdict) << "  votes "
              << e.votes << ", cost " << money_text(election.projects[p].cost, d);
    if (!e.detail.empty()) std::cout << ": " << e.detail;
    std::cout << "\n";
  }
  return 0;
}
