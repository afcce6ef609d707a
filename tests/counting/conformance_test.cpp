// Conformance: every entry of ../shared/pabulib/expected.json, one test each.
//
// A rule entry must give exactly pabutools' winners and cost (an optimum may
// differ only when ours says it is not unique and reaches the same welfare,
// which pabutools' set reaches too); an `_instance` entry must describe the
// file as we read it. An entry this test does not know, a field it does not
// know, a listed file that is missing and a file that is not listed all fail:
// nothing is skipped in silence.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "sammen/counting/counting.h"
#include "pabulib_folder.h"
#include "sammen/counting/pabulib.h"
#include "sammen/counting/pabutools.h"

namespace sammen::counting {
namespace {

namespace fs = std::filesystem;

const fs::path kFolder = testing::kPabulibFolder;
using testing::read_text;

const nlohmann::json& expected() {
  static const nlohmann::json j =
      nlohmann::json::parse(read_text(kFolder / "expected.json"), nullptr, false);
  return j;
}

const std::set<std::string> kRuleFields = {"call",  "cost", "seconds", "seconds_fraction_shim",
                                           "selected", "tie_sensitive", "welfare", "arith",
                                           "note"};
const std::set<std::string> kInstanceFields = {"arith",    "budget",    "pabutools", "parse_seconds",
                                               "projects", "vote_type", "voters"};

struct Entry {
  std::string file;
  std::string key;  // a rule name, or "_instance"
};

void PrintTo(const Entry& e, std::ostream* os) { *os << e.file << " " << e.key; }

// Every entry of expected.json, whatever it holds; a broken file is one entry
// that fails.
std::vector<Entry> entries() {
  const nlohmann::json& j = expected();
  if (j.is_discarded() || !j.is_object()) return {{"expected.json", "unreadable"}};
  std::vector<Entry> out;
  for (const auto& [file, keys] : j.items()) {
    if (!keys.is_object()) {
      out.push_back({file, "not an object"});
      continue;
    }
    for (const auto& [key, value] : keys.items()) out.push_back({file, key});
  }
  return out;
}

std::size_t raw_entry_count() {
  std::size_t n = 0;
  const nlohmann::json& j = expected();
  if (!j.is_object()) return 0;
  for (const auto& [file, keys] : j.items()) n += keys.is_object() ? keys.size() : 1;
  return n;
}

Money scaled(double units, std::int32_t decimals) {
  return std::llround(units * std::pow(10.0, decimals));
}

std::vector<std::string> sorted_ids(const Election& e, const std::vector<std::int32_t>& set) {
  std::vector<std::string> ids;
  for (const std::int32_t p : set) ids.push_back(e.projects[p].id);
  std::sort(ids.begin(), ids.end(), [](const auto& a, const auto& b) { return natural_less(a, b); });
  return ids;
}

// Total satisfaction of the projects `ids` under `utility`, from the ballots.
__int128 welfare_of(const Election& e, const std::vector<std::string>& ids, Utility utility,
                    Money* cost) {
  std::vector<bool> in(e.projects.size(), false);
  *cost = 0;
  for (std::size_t p = 0; p < e.projects.size(); ++p) {
    if (std::find(ids.begin(), ids.end(), e.projects[p].id) == ids.end()) continue;
    in[p] = true;
    *cost += e.projects[p].cost;
  }
  __int128 w = 0;
  for (const BallotView b : e.ballots) {
    for (std::size_t i = 0; i < b.projects.size(); ++i) {
      const std::int32_t p = b.projects[i];
      if (!in[p]) continue;
      w += utility == Utility::kCost          ? e.projects[p].cost
           : utility == Utility::kCardinality ? 1
           : b.points.empty()                 ? 1
                                              : b.points[i];
    }
  }
  return w;
}

void expect_within_budget(const Election& e, const Outcome& o) {
  EXPECT_LE(o.cost, e.budget);
  Money total = 0;
  std::set<std::int32_t> seen;
  for (const std::int32_t p : o.selected) {
    EXPECT_TRUE(seen.insert(p).second) << "selected twice: " << e.projects[p].id;
    total += e.projects[p].cost;
  }
  EXPECT_EQ(total, o.cost);
  ASSERT_EQ(o.explanation.size(), e.projects.size());
  for (std::size_t p = 0; p < e.projects.size(); ++p) {
    EXPECT_EQ(o.explanation[p].verdict == Verdict::kFunded,
              seen.count(static_cast<std::int32_t>(p)) == 1)
        << e.projects[p].id;
  }
}

void check_instance(const Election& e, const nlohmann::json& facts) {
  EXPECT_EQ(facts.at("projects").get<std::size_t>(), e.projects.size());
  EXPECT_EQ(facts.at("voters").get<std::size_t>(), e.ballots.size());
  EXPECT_EQ(scaled(facts.at("budget").get<double>(), e.money_decimals), e.budget);
  EXPECT_EQ(facts.at("vote_type").get<std::string>(), vote_type_name(e.vote_type));
  EXPECT_TRUE(facts.at("parse_seconds").is_number());
}

void check_rule(const Election& e, const CountingOptions& options, const nlohmann::json& want) {
  const Outcome o = count(e, options);
  expect_within_budget(e, o);
  std::vector<std::string> expected_ids;
  for (const auto& id : want.at("selected")) expected_ids.push_back(id.get<std::string>());
  const Money expected_cost = scaled(want.at("cost").get<double>(), e.money_decimals);
  const std::vector<std::string> ids = sorted_ids(e, o.selected);
  if (options.rule != Rule::kOptimal || ids == expected_ids) {
    EXPECT_EQ(ids, expected_ids);
    EXPECT_EQ(o.cost, expected_cost);
  } else {
    // Another optimum: ours must say so, and pabutools' must be one.
    Money their_cost = 0;
    const __int128 theirs = welfare_of(e, expected_ids, options.utility, &their_cost);
    EXPECT_FALSE(o.unique) << "a different set than pabutools', yet reported unique";
    EXPECT_TRUE(theirs == o.welfare) << "pabutools' set reaches another welfare";
    EXPECT_EQ(their_cost, expected_cost);
    EXPECT_LE(their_cost, e.budget);
  }
  if (want.contains("welfare")) {
    const std::int32_t decimals = options.utility == Utility::kCost ? e.money_decimals : 0;
    EXPECT_EQ(o.welfare, scaled(want.at("welfare").get<double>(), decimals));
  }
}

class ExpectedEntry : public ::testing::TestWithParam<Entry> {};

TEST_P(ExpectedEntry, MatchesPabutools) {
  const Entry& entry = GetParam();
  const nlohmann::json& j = expected();
  ASSERT_TRUE(j.is_object()) << "expected.json is not a JSON object";
  ASSERT_TRUE(j.contains(entry.file) && j[entry.file].is_object()) << entry.key;
  const nlohmann::json& value = j[entry.file][entry.key];
  ASSERT_TRUE(value.is_object()) << "entry is not an object";
  const bool instance = entry.key == "_instance";
  const std::optional<CountingOptions> rule = pabutools_rule(entry.key);
  ASSERT_TRUE(instance || rule.has_value())
      << "expected.json lists a rule this test does not know: " << entry.key;
  for (const auto& [field, ignored] : value.items()) {
    EXPECT_EQ((instance ? kInstanceFields : kRuleFields).count(field), 1u)
        << "a field this test does not know: " << field;
  }
  ASSERT_TRUE(fs::exists(kFolder / entry.file)) << "listed but missing: " << entry.file;
  const PabulibResult parsed = read_pabulib(read_text(kFolder / entry.file));
  ASSERT_TRUE(parsed.ok()) << describe(parsed.error());
  if (instance) {
    check_instance(parsed.value().election, value);
  } else {
    check_rule(parsed.value().election, *rule, value);
  }
}

INSTANTIATE_TEST_SUITE_P(Pabulib, ExpectedEntry, ::testing::ValuesIn(entries()),
                         [](const ::testing::TestParamInfo<Entry>& info) {
                           std::string name;
                           for (const char c : info.param.file + "_" + info.param.key) {
                             name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           }
                           return name;
                         });

TEST(PabulibFolder, EveryEntryOfExpectedJsonIsATest) {
  ASSERT_TRUE(fs::is_directory(kFolder)) << "no shared pabulib folder at " << kFolder;
  EXPECT_EQ(entries().size(), raw_entry_count());
  EXPECT_GE(entries().size(), 175u);
}

TEST(PabulibFolder, EveryFileIsListedAndEveryListedFileExists) {
  ASSERT_TRUE(fs::is_directory(kFolder)) << "no shared pabulib folder at " << kFolder;
  std::set<std::string> on_disk;
  for (const auto& item : fs::directory_iterator(kFolder)) {
    if (item.path().extension() == ".pb") on_disk.insert(item.path().filename().string());
  }
  std::set<std::string> listed;
  for (const auto& [file, ignored] : expected().items()) listed.insert(file);
  EXPECT_EQ(on_disk, listed);
}

// Beyond what pabutools checks: every rule, utility and tie-break stays within
// the budget and explains every project, on every file.
class EveryRule : public ::testing::TestWithParam<std::string> {};

TEST_P(EveryRule, StaysWithinTheBudgetOnTheWholeFile) {
  const PabulibResult parsed = read_pabulib(read_text(kFolder / GetParam()));
  ASSERT_TRUE(parsed.ok()) << describe(parsed.error());
  const Election& e = parsed.value().election;
  for (const TieBreak tie : {TieBreak::kLexicographic, TieBreak::kCostThenVotes}) {
    for (const Utility utility : {Utility::kCost, Utility::kCardinality, Utility::kPoints}) {
      for (const Rule rule : {Rule::kGreedy, Rule::kEqualShares, Rule::kOptimal}) {
        SCOPED_TRACE(std::string(rule_wire_id(rule)) + "/" + std::string(utility_wire_id(utility)));
        expect_within_budget(e, count(e, {rule, utility, Completion::kNone, tie, false}));
      }
    }
    expect_within_budget(e, count(e, {Rule::kPhragmen, Utility::kCost, Completion::kNone, tie, false}));
  }
}

std::vector<std::string> every_file() {
  std::vector<std::string> files;
  if (!fs::is_directory(kFolder)) return {"missing folder"};
  for (const auto& item : fs::directory_iterator(kFolder)) {
    if (item.path().extension() == ".pb") files.push_back(item.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

INSTANTIATE_TEST_SUITE_P(Pabulib, EveryRule, ::testing::ValuesIn(every_file()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name;
                           for (const char c : info.param) {
                             name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace sammen::counting
