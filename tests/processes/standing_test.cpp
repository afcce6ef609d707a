// Where a process stands for a resident: the phase after closing and
// publishing, and the start page's sentence in every language.
#include "sammen/processes/standing.h"

#include <gtest/gtest.h>

#include "test_process.h"

namespace sammen {
namespace {

using testing::two_district_process;

ProcessDetail at(Process p, UnixSeconds now) {
  return detail_of(Municipality{"m", "Kommune", "NOK", {}}, std::move(p), now);
}

Process closed() {
  Process p = two_district_process();
  p.voting_closed = true;
  return p;
}

Process published() {
  Process p = closed();
  p.result_published = true;
  return p;
}

TEST(PhaseNow, IsTheWindowsPhaseWhileVotingIsOpen) {
  EXPECT_EQ(phase_now(two_district_process(), 1500), PhaseKind::kVoting);
  EXPECT_EQ(phase_now(two_district_process(), 999), PhaseKind::kReview);
}

// Regression: after closing and after publishing the start page said "Fase: Avstemning".
TEST(PhaseNow, ClosingOrPublishingEndsTheVotingPhase) {
  EXPECT_EQ(phase_now(closed(), 1500), PhaseKind::kResults);
  EXPECT_EQ(phase_now(published(), 1500), PhaseKind::kResults);
  EXPECT_EQ(at(published(), 1500).phase, PhaseKind::kResults);
  EXPECT_EQ(summarize(closed(), 1500).phase, PhaseKind::kResults);
}

TEST(PhaseNow, ALaterWindowStillCounts) {
  Process p = published();
  p.phases.push_back({PhaseKind::kImplementation, 3000, 9000});
  EXPECT_EQ(phase_now(p, 4000), PhaseKind::kImplementation);
}

TEST(StandingSentence, SaysVotingIsOpenInEveryLanguage) {
  const ProcessDetail open = at(two_district_process(), 1500);
  EXPECT_EQ(standing_sentence(open, Language::kNorwegianBokmal),
            "Fase: Avstemning. Avstemningen er åpen.");
  EXPECT_EQ(standing_sentence(open, Language::kDanish), "Fase: Afstemning. Afstemningen er åben.");
  EXPECT_EQ(standing_sentence(open, Language::kEnglish), "Phase: Voting. Voting is open.");
}

TEST(StandingSentence, SaysTheVotesAreBeingCountedAfterClosing) {
  const ProcessDetail detail = at(closed(), 1500);
  EXPECT_EQ(standing_sentence(detail, Language::kNorwegianBokmal),
            "Fase: Resultater. Avstemningen er avsluttet. Resultatet blir publisert her når "
            "stemmene er talt.");
  EXPECT_EQ(
      standing_sentence(detail, Language::kDanish),
      "Fase: Resultater. Afstemningen er afsluttet. Resultatet bliver offentliggjort her, når "
      "stemmerne er talt.");
  EXPECT_EQ(standing_sentence(detail, Language::kEnglish),
            "Phase: Results. Voting has closed. The result will be published here once the votes "
            "are counted.");
}

TEST(StandingSentence, SaysTheResultIsPublished) {
  const ProcessDetail detail = at(published(), 1500);
  EXPECT_EQ(standing_sentence(detail, Language::kNorwegianBokmal),
            "Fase: Resultater. Avstemningen er avsluttet, og resultatet er publisert.");
  EXPECT_EQ(standing_sentence(detail, Language::kDanish),
            "Fase: Resultater. Afstemningen er afsluttet, og resultatet er offentliggjort.");
  EXPECT_EQ(standing_sentence(detail, Language::kEnglish),
            "Phase: Results. Voting has closed, and the result has been published.");
}

TEST(StandingSentence, SaysVotingHasNotOpenedBeforeTheWindow) {
  EXPECT_EQ(standing_sentence(at(two_district_process(), 999), Language::kEnglish),
            "Phase: Review. Voting is not open now.");
}

}  // namespace
}  // namespace sammen
