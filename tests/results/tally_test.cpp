#include "sammen/results/tally.h"

#include <gtest/gtest.h>

#include "sammen/ballots/fingerprint.h"
#include "sammen/results/explanation.h"
#include "test_process.h"

namespace sammen {
namespace {

using counting::Verdict;
using testing::two_district_process;

TEST(Tally, EveryRuleAndTieBreakHasANameInEveryLanguage) {
  for (Language language : kAllLanguages) {
    for (counting::Rule r : {counting::Rule::kGreedy, counting::Rule::kEqualShares,
                             counting::Rule::kPhragmen, counting::Rule::kOptimal}) {
      EXPECT_FALSE(rule_name(r, language).empty());
    }
    for (counting::TieBreak t :
         {counting::TieBreak::kLexicographic, counting::TieBreak::kCostThenVotes}) {
      EXPECT_FALSE(tie_break_name(t, language).empty());
    }
  }
  EXPECT_EQ(tie_break_name(counting::TieBreak::kLexicographic, Language::kEnglish),
            "by the proposal's id");
}

// Sentrum (1 000 000 kr): park 3 votes (700 000), benker 2 (200 000),
// leksekafé 2 (300 000). Østbyen has no ballots.
std::vector<Ballot> sentrum_ballots() {
  return {{"pb-2027", "sentrum", {"park", "benker"}},
          {"pb-2027", "sentrum", {"park", "leksekafe"}},
          {"pb-2027", "sentrum", {"park"}},
          {"pb-2027", "sentrum", {"benker", "leksekafe"}}};
}

const ProposalOutcome& outcome_of(const Tally& r, const std::string& id) {
  if (const ProposalOutcome* o = find_outcome(r, id)) return *o;
  throw std::logic_error("no outcome for " + id);
}

TEST(CountProcess, FundsMostVotesFirstAndSkipsWhatNoLongerFits) {
  const Tally r = tally(two_district_process(), sentrum_ballots());
  EXPECT_EQ(outcome_of(r, "park").verdict, Verdict::kFunded);
  EXPECT_EQ(outcome_of(r, "benker").verdict, Verdict::kFunded);
  const ProposalOutcome& cafe = outcome_of(r, "leksekafe");
  EXPECT_EQ(cafe.verdict, Verdict::kDidNotFit);
  EXPECT_EQ(cafe.money_left, kroner(100'000));
  EXPECT_EQ(cafe.exhausted_by, (std::vector<std::string>{"park", "benker"}));
}

TEST(CountProcess, CountsWithTheProcesssRule) {
  Process p = two_district_process();
  p.counting_rule = counting::Rule::kEqualShares;
  const Tally r = tally(p, sentrum_ballots());
  EXPECT_EQ(r.rule, counting::Rule::kEqualShares);
  EXPECT_LE(r.districts[0].spent, r.districts[0].budget);
  EXPECT_EQ(tally(two_district_process(), sentrum_ballots()).rule, counting::Rule::kGreedy);
}

TEST(CountProcess, BreaksEqualVotesByLowerCost) {
  const Tally r = tally(two_district_process(), sentrum_ballots());
  EXPECT_EQ(outcome_of(r, "benker").round, 2);
  EXPECT_EQ(outcome_of(r, "leksekafe").round, 3);
}

TEST(CountProcess, NeverSpendsMoreThanADistrictsBudget) {
  const Tally r = tally(two_district_process(), sentrum_ballots());
  for (const DistrictTally& d : r.districts) EXPECT_LE(d.spent, d.budget) << d.district_id;
  EXPECT_EQ(r.districts[0].spent, kroner(900'000));
}

TEST(CountProcess, CountsEachDistrictOnItsOwn) {
  const Tally r = tally(two_district_process(), sentrum_ballots());
  ASSERT_EQ(r.districts.size(), 2u);
  EXPECT_EQ(r.districts[0].ballots, 4);
  EXPECT_EQ(r.districts[1].ballots, 0);
  EXPECT_EQ(outcome_of(r, "sykkel").verdict, Verdict::kNoSupport);
}

TEST(CountProcess, LeavesProposalsThatAreNotOnTheBallotOut) {
  const Tally r = tally(two_district_process(), sentrum_ballots());
  EXPECT_THROW(outcome_of(r, "skoyte"), std::logic_error);
}

TEST(CountProcess, NamesRuleTieBreakAndTheBallotsFingerprint) {
  const Tally r = tally(two_district_process(), sentrum_ballots());
  EXPECT_EQ(r.rule, counting::Rule::kGreedy);
  EXPECT_EQ(r.tie_break, counting::TieBreak::kCostThenVotes);
  EXPECT_EQ(r.ballots, 4);
  EXPECT_EQ(r.ballots_fingerprint, ballots_fingerprint(sentrum_ballots()));
  EXPECT_TRUE(r.binding);
}

TEST(CountProcess, AnAdvisoryRungGivesANonBindingResult) {
  Process p = two_district_process();
  p.rung = Rung::kInvolve;
  EXPECT_FALSE(tally(p, sentrum_ballots()).binding);
}

TEST(Explain, FundedSaysVotesPlaceCostAndMoneyLeft) {
  const Process p = two_district_process();
  const Tally r = tally(p, sentrum_ballots());
  EXPECT_EQ(explain(outcome_of(r, "park"), p, {Language::kEnglish, "NOK"}),
            "Funded: 3 votes, number 1 in the count. It costs NOK\u00a0700,000, and "
            "NOK\u00a01,000,000 was left.");
}

TEST(Explain, DidNotFitNamesTheProjectsThatUsedTheMoney) {
  const Process p = two_district_process();
  const Tally r = tally(p, sentrum_ballots());
  EXPECT_EQ(explain(outcome_of(r, "leksekafe"), p, {Language::kNorwegianBokmal, "NOK"}),
            "Fikk ikke plass: 2 stemmer, men det koster 300\u00a0000\u00a0kr og bare "
            "100\u00a0000\u00a0kr var igjen etter at «Innbyggerpark» og «Benker langs elva» "
            "fikk pengene.");
}

TEST(Explain, SaysOneVoteInTheSingular) {
  const Process p = two_district_process();
  const Tally r = tally(p, {{"pb-2027", "ostbyen", {"sykkel"}}});
  EXPECT_EQ(explain(outcome_of(r, "sykkel"), p, {Language::kNorwegianBokmal, "NOK"}),
            "Vedtatt: 1 stemme, nummer 1 i opptellingen. Det koster 150\u00a0000\u00a0kr, og "
            "500\u00a0000\u00a0kr var igjen.");
}

TEST(Explain, NoSupportSaysNobodyVoted) {
  const Process p = two_district_process();
  const Tally r = tally(p, sentrum_ballots());
  EXPECT_EQ(explain(outcome_of(r, "sykkel"), p, {Language::kDanish, "DKK"}),
            "Ingen stemte på dette forslag.");
}

}  // namespace
}  // namespace sammen
