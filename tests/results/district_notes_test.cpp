// The results page's notes, said from the count's facts: when a tie-break
// decided a proposal's fate, and why money was left unspent.
#include <gtest/gtest.h>

#include "sammen/results/explanation.h"
#include "sammen/results/tally.h"
#include "test_process.h"

namespace sammen {
namespace {

using testing::two_district_process;

// Sentrum (1 000 000 kr): benker 3 votes (200 000) is funded first; then
// leksekafé and park tie at 2 votes. Lower cost first: leksekafé (300 000)
// is funded, and park (700 000) no longer fits in the 500 000 left, though it
// would have before leksekafé. Østbyen has no ballots.
Tally tied() {
  return tally(two_district_process(), {{"pb-2027", "sentrum", {"benker", "leksekafe"}},
                                        {"pb-2027", "sentrum", {"benker", "park"}},
                                        {"pb-2027", "sentrum", {"benker", "leksekafe", "park"}}});
}

const DistrictTally& district(const Tally& t, const std::string& id) {
  for (const DistrictTally& d : t.districts) {
    if (d.district_id == id) return d;
  }
  throw std::logic_error("no district " + id);
}

std::string tie_note(const Tally& t, const std::string& id, Language language) {
  const DistrictTally& sentrum = district(t, "sentrum");
  for (const ProposalOutcome& o : sentrum.proposals) {
    if (o.proposal_id == id)
      return tie_break_note(t, sentrum, o, two_district_process(), {language, "NOK"});
  }
  return "no outcome";
}

TEST(TieBreakNote, SaysTheTieCostTheLoserItsPlace) {
  EXPECT_EQ(
      tie_note(tied(), "park", Language::kEnglish),
      "A tie decided this: «Leksekafé» also got 2 votes and was counted first by the tie-break "
      "rule (lower cost first, then more votes, then the proposal's id). Had this proposal been "
      "counted first, it would have fit in the budget.");
  EXPECT_EQ(
      tie_note(tied(), "park", Language::kNorwegianBokmal),
      "Stemmelikhet avgjorde: «Leksekafé» fikk også 2 stemmer og ble talt først etter regelen "
      "for stemmelikhet (lavest kostnad først, så flest stemmer, så forslagets id). Hadde dette "
      "forslaget blitt talt først, hadde det fått plass.");
}

TEST(TieBreakNote, SaysTheTieGaveTheWinnerItsPlace) {
  EXPECT_EQ(tie_note(tied(), "leksekafe", Language::kEnglish),
            "A tie decided this: «Innbyggerpark» also got 2 votes, but this proposal was counted "
            "first by the tie-break rule (lower cost first, then more votes, then the proposal's "
            "id). Had «Innbyggerpark» been counted first, it would have fit in the budget.");
  EXPECT_NE(tie_note(tied(), "leksekafe", Language::kDanish).find("Stemmelighed afgjorde det"),
            std::string::npos);
}

TEST(TieBreakNote, SaysNothingWhenNoTieDecided) {
  EXPECT_EQ(tie_note(tied(), "benker", Language::kEnglish), "");
  // Equal votes, but both fit: the order did not matter.
  const Tally both_fit =
      tally(two_district_process(), {{"pb-2027", "sentrum", {"benker", "leksekafe"}}});
  EXPECT_EQ(tie_note(both_fit, "leksekafe", Language::kEnglish), "");
  EXPECT_EQ(tie_note(both_fit, "benker", Language::kEnglish), "");
}

TEST(UnspentNote, NamesTheCheapestProposalThatDidNotFit) {
  EXPECT_EQ(
      unspent_note(district(tied(), "sentrum"), two_district_process(),
                   {Language::kEnglish, "NOK"}),
      "NOK\u00a0500,000 was not spent: the cheapest proposal that did not fit, «Innbyggerpark», "
      "costs NOK\u00a0700,000, more than was left.");
  EXPECT_EQ(
      unspent_note(district(tied(), "sentrum"), two_district_process(), {Language::kDanish, "DKK"}),
      "500.000\u00a0kr. blev ikke brugt: det billigste forslag, der ikke fik plads, "
      "«Innbyggerpark», "
      "koster 700.000\u00a0kr., mere end der var tilbage.");
}

TEST(UnspentNote, SaysNobodyVotedInADistrictWithoutBallots) {
  EXPECT_EQ(unspent_note(district(tied(), "ostbyen"), two_district_process(),
                         {Language::kNorwegianBokmal, "NOK"}),
            "Ingen stemte i denne bydelen, så budsjettet på 500\u00a0000\u00a0kr ble ikke brukt.");
}

TEST(UnspentNote, SaysEveryProposalWithVotesWasFunded) {
  const Tally t = tally(two_district_process(), {{"pb-2027", "sentrum", {"benker"}}});
  EXPECT_EQ(
      unspent_note(district(t, "sentrum"), two_district_process(), {Language::kEnglish, "NOK"}),
      "NOK\u00a0800,000 was not spent, because every proposal that got votes was funded.");
}

TEST(UnspentNote, SaysNothingWhenTheWholeBudgetWasSpent) {
  const Tally t = tally(two_district_process(), {{"pb-2027", "sentrum", {"park", "leksekafe"}}});
  EXPECT_EQ(
      unspent_note(district(t, "sentrum"), two_district_process(), {Language::kEnglish, "NOK"}),
      "");
}

TEST(DistrictNotes, EveryNoteIsAWholeSentenceInEveryLanguage) {
  const Tally t = tied();
  const Tally funded_all = tally(two_district_process(), {{"pb-2027", "sentrum", {"benker"}}});
  for (Language language : kAllLanguages) {
    const Audience audience{language, language == Language::kDanish ? "DKK" : "NOK"};
    const std::string notes[] = {
        tie_note(t, "park", language), tie_note(t, "leksekafe", language),
        unspent_note(district(t, "sentrum"), two_district_process(), audience),
        unspent_note(district(t, "ostbyen"), two_district_process(), audience),
        unspent_note(district(funded_all, "sentrum"), two_district_process(), audience)};
    for (const std::string& note : notes) {
      EXPECT_FALSE(note.empty()) << language_tag(language);
      EXPECT_EQ(note.find('{'), std::string::npos) << note;
      EXPECT_EQ(note.find(".."), std::string::npos) << note;
      EXPECT_EQ(note.back(), '.') << note;
    }
  }
}

}  // namespace
}  // namespace sammen
