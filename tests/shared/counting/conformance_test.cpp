// Conformance: every instance in ../shared/pabulib under every rule that
// expected.json lists gives exactly pabutools' winners and cost. Files with no
// entry there are still read and counted under every rule, with invariants
// checked. A missing folder fails; nothing is skipped.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "sammen/counting/counting.h"
#include "sammen/counting/pabulib.h"

namespace sammen::counting {
namespace {

namespace fs = std::filesystem;

const fs::path kFolder = SAMMEN_PABULIB_DIR;

struct ConformanceCase {
  std::string file;
  std::string rule;
  std::vector<std::string> selected;
  std::int64_t cost = 0;
  std::string problem;  // set when the case cannot even be built: the test fails
};

// Readable test names in ctest's listing.
void PrintTo(const ConformanceCase& c, std::ostream* os) {
  *os << c.file << " under " << c.rule;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<ConformanceCase> listed_cases() {
  const fs::path expected = kFolder / "expected.json";
  if (!fs::exists(expected)) {
    return {{"missing", "folder", {}, 0, "no expected.json at " + expected.string()}};
  }
  const nlohmann::json j = nlohmann::json::parse(read_text(expected), nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return {{"broken", "json", {}, 0, expected.string() + " is not a JSON object"}};
  }
  std::vector<ConformanceCase> cases;
  for (const auto& [file, rules] : j.items()) {
    for (const auto& [rule, result] : rules.items()) {
      ConformanceCase c{file, rule, {}, 0, ""};
      if (!result.contains("selected") || !result.contains("cost")) {
        c.problem = "entry has no selected or cost";
      } else {
        for (const auto& id : result["selected"]) c.selected.push_back(id.get<std::string>());
        c.cost = result["cost"].get<std::int64_t>();
      }
      cases.push_back(std::move(c));
    }
  }
  return cases;
}

std::vector<std::string> unlisted_files() {
  if (!fs::is_directory(kFolder)) return {"missing folder"};
  std::set<std::string> listed;
  for (const ConformanceCase& c : listed_cases()) listed.insert(c.file);
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(kFolder)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".pb" && listed.count(name) == 0) files.push_back(name);
  }
  std::sort(files.begin(), files.end());
  return files;
}

// expected.json's rule names, as pabutools ran them.
std::optional<CountingOptions> options_for(const std::string& rule) {
  CountingOptions o;
  o.tie_break = TieBreak::kLexicographic;
  o.fund_unsupported = true;  // pabutools' greedy funds unsupported projects last
  if (rule == "greedy_cost") {
    o.rule = Rule::kGreedy;
    o.utility = Utility::kCost;
    return o;
  }
  if (rule == "greedy_cardinality") {
    o.rule = Rule::kGreedy;
    o.utility = Utility::kCardinality;
    return o;
  }
  if (rule == "mes_cost") {
    o.rule = Rule::kEqualShares;
    o.utility = Utility::kCost;
    return o;
  }
  if (rule == "mes_cardinality") {
    o.rule = Rule::kEqualShares;
    o.utility = Utility::kCardinality;
    return o;
  }
  if (rule == "mes_cost_add1") {
    o.rule = Rule::kEqualShares;
    o.utility = Utility::kCost;
    o.completion = Completion::kAdd1;
    return o;
  }
  if (rule == "phragmen") {
    o.rule = Rule::kPhragmen;
    return o;
  }
  return std::nullopt;
}

std::string test_name(const std::string& text) {
  std::string out;
  for (const char c : text) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
}

PabulibResult read_instance(const std::string& file) {
  return read_pabulib(read_text(kFolder / file));
}

void expect_invariants(const Election& e, const Outcome& o, const std::string& what) {
  SCOPED_TRACE(what);
  EXPECT_LE(o.cost, e.budget);
  Money total = 0;
  std::set<std::int32_t> seen;
  for (const std::int32_t p : o.selected) {
    ASSERT_GE(p, 0);
    ASSERT_LT(static_cast<std::size_t>(p), e.projects.size());
    EXPECT_TRUE(seen.insert(p).second) << "selected twice: " << e.projects[p].id;
    total += e.projects[p].cost;
  }
  EXPECT_EQ(total, o.cost);
  ASSERT_EQ(o.explanation.size(), e.projects.size());
  for (std::size_t p = 0; p < e.projects.size(); ++p) {
    EXPECT_EQ(o.explanation[p].project, static_cast<std::int32_t>(p));
    EXPECT_EQ(o.explanation[p].verdict == Verdict::kFunded,
              seen.count(static_cast<std::int32_t>(p)) == 1)
        << e.projects[p].id;
  }
}

class MatchesPabutools : public ::testing::TestWithParam<ConformanceCase> {};

TEST_P(MatchesPabutools, SameWinnersAndCost) {
  const ConformanceCase& c = GetParam();
  ASSERT_TRUE(c.problem.empty()) << c.problem;
  const std::optional<CountingOptions> options = options_for(c.rule);
  ASSERT_TRUE(options.has_value())
      << "expected.json lists a rule this test does not know: " << c.rule;
  const PabulibResult parsed = read_instance(c.file);
  ASSERT_TRUE(parsed.ok()) << c.file << ": " << describe(parsed.error());
  const Election& e = parsed.value().election;
  const Outcome o = count(e, *options);
  std::vector<std::string> ids;
  for (const std::int32_t p : o.selected) ids.push_back(e.projects[p].id);
  std::sort(ids.begin(), ids.end(),
            [](const auto& a, const auto& b) { return natural_less(a, b); });
  EXPECT_EQ(ids, c.selected);
  EXPECT_EQ(o.cost, c.cost);
  expect_invariants(e, o, c.rule);
}

INSTANTIATE_TEST_SUITE_P(Pabulib, MatchesPabutools, ::testing::ValuesIn(listed_cases()),
                         [](const ::testing::TestParamInfo<ConformanceCase>& info) {
                           return test_name(info.param.file + "_" + info.param.rule);
                         });

class UnlistedInstance : public ::testing::TestWithParam<std::string> {};

TEST_P(UnlistedInstance, ReadsAndCountsUnderEveryRuleWithinBudget) {
  const std::string& file = GetParam();
  ASSERT_TRUE(fs::is_directory(kFolder)) << "no shared pabulib folder at " << kFolder;
  const PabulibResult parsed = read_instance(file);
  ASSERT_TRUE(parsed.ok()) << file << ": " << describe(parsed.error());
  const Election& e = parsed.value().election;
  EXPECT_FALSE(e.projects.empty());
  EXPECT_FALSE(e.ballots.empty());
  for (const TieBreak tie : {TieBreak::kLexicographic, TieBreak::kCostThenVotes}) {
    for (const Utility utility : {Utility::kCost, Utility::kCardinality}) {
      for (const Rule rule : {Rule::kGreedy, Rule::kEqualShares, Rule::kOptimal}) {
        CountingOptions o{rule, utility, Completion::kNone, tie, false};
        expect_invariants(
            e, count(e, o),
            std::string(rule_wire_id(rule)) + "/" + std::string(utility_wire_id(utility)));
      }
    }
    expect_invariants(e, count(e, {Rule::kPhragmen, Utility::kCost, Completion::kNone, tie, false}),
                      "phragmen");
    expect_invariants(e,
                      count(e, {Rule::kEqualShares, Utility::kCost, Completion::kAdd1, tie, false}),
                      "mes add1");
  }
  const Outcome add1u = count(e, {Rule::kEqualShares, Utility::kCost, Completion::kAdd1Utilitarian,
                                  TieBreak::kLexicographic, false});
  expect_invariants(e, add1u, "mes add1u");
}

INSTANTIATE_TEST_SUITE_P(Pabulib, UnlistedInstance, ::testing::ValuesIn(unlisted_files()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return test_name(info.param);
                         });

TEST(PabulibFolder, HasExpectedResultsForAllButFiveInstances) {
  ASSERT_TRUE(fs::is_directory(kFolder)) << "no shared pabulib folder at " << kFolder;
  EXPECT_EQ(unlisted_files().size(), 5u);
  EXPECT_GE(listed_cases().size(), 60u);
}

}  // namespace
}  // namespace sammen::counting
