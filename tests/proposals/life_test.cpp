// The life of a proposal in the model: every transition and its refusals.
#include <gtest/gtest.h>

#include "sammen/core/error_table.h"
#include "sammen/proposals/care.h"
#include "sammen/proposals/drafting.h"
#include "sammen/proposals/messages.h"
#include "sammen/proposals/review.h"
#include "sammen/proposals/screen_messages.h"
#include "sammen/proposals/views.h"

namespace sammen {
namespace {

constexpr UnixSeconds kNow = 1'900'000'000;

Process process(int min_age = 0, int max_age = 0) {
  Process p;
  p.id = "budsjett";
  p.rung = Rung::kCoDecide;
  p.eligibility.min_age = min_age;
  p.eligibility.max_age = max_age;
  p.phases = {{PhaseKind::kIdeas, kNow - 1000, kNow + 1000},
              {PhaseKind::kVoting, kNow + 5000, kNow + 9000}};
  p.budgets = {{"nord", 100'000'000}};
  return p;
}

Actor person(PersonId id, std::string name, std::vector<Role> roles = {Role::kResident}) {
  Actor a;
  a.credential = Credential::kSession;
  a.person_id = id;
  a.name = std::move(name);
  a.roles = std::move(roles);
  return a;
}

Writer kari() { return {person(1, "Kari"), 1990}; }
Writer ola() { return {person(2, "Ola"), 1985}; }
const Actor kReviewer = person(9, "Rita", {Role::kReviewer});
const Actor kModerator = person(8, "Mona", {Role::kModerator});
const Actor kAdmin = person(7, "Ada", {Role::kAdministrator});

IdeaText text() {
  return {"Sykkeltaxi", "Turer for **eldre**.", "nord", 15'000'000,
          ProductionForm::kCoProduction, "Vi sykler.", ""};
}

Idea draft() { return start_draft(process(), kari(), "i-1", text(), false, kNow).value(); }
Idea submitted() { return submit(draft(), process(), kari(), kNow).value(); }

ErrorCode code(const auto& result) { return result.first_problem().code; }

TEST(Drafting, ADraftKeepsItsTextAndItsAuthor) {
  const Idea d = draft();
  EXPECT_EQ(d.stage, ProposalStatus::kDraft);
  EXPECT_EQ(d.text.description, "Turer for **eldre**.");
  ASSERT_EQ(d.authors.size(), 1u);
  EXPECT_EQ(d.authors[0].name, "Kari");
  EXPECT_EQ(d.version, 1);
}

TEST(Drafting, ASaveOnTheCurrentVersionMakesTheNextVersion) {
  IdeaText t = text();
  t.title = "Sykkeltaxi for eldre";
  const Result<Idea> saved = save_draft(draft(), process(), kari(), 1, t, kNow);
  ASSERT_TRUE(saved.ok());
  EXPECT_EQ(saved.value().version, 2);
}

TEST(Drafting, AStaleSaveIsRefusedAndToldWhatChanged) {
  IdeaText t = text();
  t.title = "Ny tittel";
  const Idea v2 = save_draft(draft(), process(), kari(), 1, t, kNow).value();
  IdeaText mine = text();
  mine.description = "Min tekst";
  const Result<Idea> stale = save_draft(v2, process(), kari(), 1, mine, kNow);
  EXPECT_EQ(code(stale), ErrorCode::kEditedMeanwhile);
  const EditConflict c = edit_conflict(v2, text(), mine);
  EXPECT_EQ(c.current_version, 2);
  EXPECT_EQ(c.changed_fields, std::vector<std::string>{"title"});
  EXPECT_EQ(c.current.title, "Ny tittel");
}

TEST(Drafting, ASubmittedProposalCannotBeEdited) {
  EXPECT_EQ(code(save_draft(submitted(), process(), kari(), 1, text(), kNow)),
            ErrorCode::kNotDraft);
}

TEST(Drafting, SomeoneWhoIsNotAnAuthorCannotEdit) {
  EXPECT_EQ(code(save_draft(draft(), process(), ola(), 1, text(), kNow)), ErrorCode::kNotAuthor);
}

TEST(Drafting, SubmittingOutsideTheIdeasPhaseIsRefused) {
  EXPECT_EQ(code(submit(draft(), process(), kari(), kNow + 1000)), ErrorCode::kIdeasClosed);
  EXPECT_EQ(code(submit(draft(), process(), kari(), kNow - 2000)), ErrorCode::kIdeasClosed);
}

TEST(Drafting, SubmittingNeedsATitleAndADescription) {
  IdeaText empty = text();
  empty.title = "";
  empty.description = " ";
  const Idea d = start_draft(process(), kari(), "i-2", empty, false, kNow).value();
  const Result<Idea> r = submit(d, process(), kari(), kNow);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.problems().size(), 2u);
  EXPECT_EQ(code(r), ErrorCode::kTitleNeeded);
}

TEST(Drafting, AnAdultCannotWriteInAYouthOnlyProcess) {
  EXPECT_EQ(code(start_draft(process(13, 19), kari(), "i-3", text(), false, kNow)),
            ErrorCode::kTooOld);
}

TEST(Drafting, ARungBelowCoCreateDoesNotTakeProposals) {
  Process p = process();
  p.rung = Rung::kConsult;
  EXPECT_EQ(code(start_draft(p, kari(), "i-4", text(), false, kNow)), ErrorCode::kRungForbids);
}

TEST(Drafting, TooLongATitleAndANegativeCostAreBothNamed) {
  IdeaText t = text();
  t.title = std::string(121, 'a');
  t.cost = -1;
  const Result<Idea> r = start_draft(process(), kari(), "i-5", t, false, kNow);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.problems().size(), 2u);
  EXPECT_EQ(r.problems()[0].code, ErrorCode::kTextTooLong);
  EXPECT_EQ(r.problems()[1].code, ErrorCode::kNegativeAmount);
}

TEST(Drafting, APhotoIdMustLookLikeOne) {
  IdeaText t = text();
  t.photo_id = "../../etc/passwd";
  EXPECT_EQ(code(start_draft(process(), kari(), "i-6", t, false, kNow)), ErrorCode::kPhotoIdInvalid);
}

TEST(Drafting, ACoAuthorJoinsByTheInviteAndMayThenEdit) {
  const Idea invited = with_invite(draft(), kari().actor, "K7MQACXD").value();
  const Idea joined = join(invited, process(), ola(), "Ola", kNow).value();
  ASSERT_EQ(joined.authors.size(), 2u);
  EXPECT_TRUE(save_draft(joined, process(), ola(), 1, text(), kNow).ok());
}

TEST(Drafting, InviteCodesAreReadWithoutCaseOrDashes) {
  const unsigned char bytes[5] = {1, 2, 3, 4, 5};
  const std::string code = invite_code_from(bytes);
  EXPECT_TRUE(plausible_invite_code(code));
  std::string typed = code.substr(0, 4) + "-" + code.substr(4);
  for (char& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_EQ(normalize_invite_code(typed), code);
}

TEST(YouthCouncil, OnlyMembersWriteForTheCouncilInAYouthProcess) {
  Writer member{person(3, "Sara", {Role::kYouthCouncil}), 2013};
  Process youth = process(13, 19);
  EXPECT_EQ(code(start_draft(youth, {person(4, "Tor"), 2013}, "i-7", text(), true, kNow)),
            ErrorCode::kCouncilOnly);
  EXPECT_EQ(code(start_draft(process(), member, "i-7", text(), true, kNow)), ErrorCode::kCouncilOnly);
  const Idea d = start_draft(youth, member, "i-7", text(), true, kNow).value();
  Writer other{person(5, "Ali", {Role::kYouthCouncil}), 2012};
  EXPECT_TRUE(save_draft(d, youth, other, 1, text(), kNow).ok());
  EXPECT_EQ(authors_label(d, Language::kNorwegianBokmal), "ungdomsrådet");
}

TEST(Review, OnlyAReviewerAccepts) {
  EXPECT_EQ(code(accept(submitted(), kari().actor, kNow)), ErrorCode::kRoleRequired);
  EXPECT_TRUE(accept(submitted(), kAdmin, kNow).ok());
  const Idea a = accept(submitted(), kReviewer, kNow).value();
  EXPECT_EQ(a.stage, ProposalStatus::kAccepted);
  EXPECT_EQ(a.history.back().by_name, "Rita");
  EXPECT_EQ(a.history.back().at, kNow);
}

TEST(Review, AcceptingPutsItOnTheBallotUntilVotingOpens) {
  const Idea a = accept(submitted(), kReviewer, kNow).value();
  const Result<Process> on = accepted_on_ballot(process(), a, kNow);
  ASSERT_TRUE(on.ok());
  ASSERT_NE(find_proposal(on.value(), "i-1"), nullptr);
  EXPECT_EQ(find_proposal(on.value(), "i-1")->status, ProposalStatus::kAccepted);
  EXPECT_EQ(code(accepted_on_ballot(process(), a, kNow + 6000)), ErrorCode::kFrozen);
}

TEST(Review, ADraftCannotBeAccepted) {
  EXPECT_EQ(code(accept(draft(), kReviewer, kNow)), ErrorCode::kWrongStage);
}

TEST(Review, ARejectionNeedsAReasonAndKeepsIt) {
  EXPECT_EQ(code(reject(submitted(), kReviewer, " ", kNow)), ErrorCode::kFieldEmpty);
  const Idea r = reject(submitted(), kReviewer, "Dette er statens ansvar.", kNow).value();
  EXPECT_EQ(r.stage, ProposalStatus::kRejected);
  EXPECT_EQ(r.rejection_reason, "Dette er statens ansvar.");
}

TEST(Review, ACorrectedCostKeepsTheEstimateAndTheReason) {
  const Idea c = correct_cost(submitted(), kReviewer, 18'000'000, "Forsikring", kNow).value();
  ASSERT_EQ(c.cost_changes.size(), 1u);
  EXPECT_EQ(c.cost_changes[0].from, 15'000'000);
  EXPECT_EQ(c.cost_changes[0].to, 18'000'000);
  EXPECT_EQ(c.text.cost, 15'000'000);
  EXPECT_EQ(ballot_proposal(c).cost, 18'000'000);
}

TEST(Review, MergingMovesAuthorsAndSupportersToTheTarget) {
  Idea from = submitted();
  from.supporters = {40, 41};
  Idea into = start_draft(process(), ola(), "i-9", text(), false, kNow).value();
  into = submit(into, process(), ola(), kNow).value();
  into.supporters = {41};
  const Merge m = merge(from, into, kReviewer, kNow).value();
  EXPECT_EQ(m.from.stage, ProposalStatus::kMerged);
  EXPECT_EQ(m.from.merged_into, "i-9");
  EXPECT_EQ(m.into.authors.size(), 2u);
  EXPECT_EQ(m.into.supporters, (std::vector<PersonId>{41, 40}));
  EXPECT_EQ(code(merge(from, from, kReviewer, kNow)), ErrorCode::kMergeTarget);
}

TEST(Review, AuthorsAnswerAReviewersQuestionOnce) {
  const Idea q = ask(submitted(), kReviewer, "Hvor mange turer?", kNow).value();
  EXPECT_EQ(code(answer(q, ola().actor, 1, "Ti", kNow)), ErrorCode::kNotAuthor);
  EXPECT_EQ(code(answer(q, kari().actor, 2, "Ti", kNow)), ErrorCode::kQuestionUnknown);
  const Idea a = answer(q, kari().actor, 1, "Ti i uka", kNow).value();
  EXPECT_EQ(a.questions[0].answer, "Ti i uka");
  EXPECT_EQ(code(answer(a, kari().actor, 1, "Igjen", kNow)), ErrorCode::kAlreadyAnswered);
}

TEST(Moderation, HiddenIsKeptWithItsReasonAndCanBeRestored) {
  EXPECT_EQ(code(hide(submitted(), kReviewer, "Språk", kNow)), ErrorCode::kRoleRequired);
  const Idea h = hide(submitted(), kModerator, "Personangrep", kNow).value();
  EXPECT_TRUE(h.hidden);
  EXPECT_FALSE(is_public(h));
  EXPECT_EQ(h.text.title, "Sykkeltaxi");
  EXPECT_EQ(code(hide(h, kModerator, "Igjen", kNow)), ErrorCode::kAlreadyHidden);
  const Idea r = restore(h, kModerator, "Rettet", kNow).value();
  EXPECT_TRUE(is_public(r));
}

TEST(Implementation, ProgressOnlyForSelectedProposalsAndNeverBackwards) {
  const Idea a = accept(submitted(), kReviewer, kNow).value();
  Process p = accepted_on_ballot(process(), a, kNow).value();
  const ProgressReport start{WorkStatus::kStarted, 40, "Syklene er kjøpt.", ""};
  EXPECT_EQ(code(post_progress(a, p, kAdmin, start, kNow)), ErrorCode::kWrongStage);
  p.proposals.back().status = ProposalStatus::kSelected;
  EXPECT_EQ(stage_after_count(a, p), ProposalStatus::kSelected);
  EXPECT_EQ(code(post_progress(a, p, kReviewer, start, kNow)), ErrorCode::kRoleRequired);
  const Idea s = post_progress(a, p, kAdmin, start, kNow).value();
  EXPECT_EQ(work_status(s), WorkStatus::kStarted);
  const ProgressReport back{WorkStatus::kStarted, 20, "Feil", ""};
  EXPECT_EQ(code(post_progress(s, p, kAdmin, back, kNow)), ErrorCode::kProgressBackwards);
  const std::optional<Idea> settled = settle_count(s, p, kNow);
  ASSERT_TRUE(settled);
  EXPECT_EQ(settled->history.back().kind, EventKind::kSelected);
  EXPECT_FALSE(settle_count(*settled, p, kNow));
}

TEST(Notices, EveryAuthorButTheOneWhoActedHears) {
  const Idea joined = join(with_invite(draft(), kari().actor, "K7MQACXD").value(), process(),
                           ola(), "Ola", kNow).value();
  const Idea s = submit(joined, process(), kari(), kNow).value();
  EXPECT_EQ(notice_recipients(s, s.history.back()), std::vector<PersonId>{2});
  EXPECT_EQ(notice_sentence(EventKind::kAccepted, "Sykkeltaxi", Language::kEnglish),
            "Your proposal \"Sykkeltaxi\" was accepted and will be on the ballot.");
}

TEST(Phases, TheScreenSaysWhichPhaseIsOpenUntilWhenAndWhatToDo) {
  const PhaseNow now = phase_now_view(process(), TimeZone::kOslo, kNow, Language::kEnglish);
  ASSERT_TRUE(now.phase);
  EXPECT_EQ(*now.phase, PhaseKind::kIdeas);
  EXPECT_EQ(*now.until, kNow + 1000);
  ASSERT_EQ(now.can_do.size(), 3u);
  EXPECT_NE(now.can_do[1].find("You can write a proposal"), std::string::npos);
}

TEST(Catalogs, EveryProposalMessageIsInEveryLanguage) {
  EXPECT_TRUE(missing_keys(proposal_messages()).empty());
  EXPECT_TRUE(missing_keys(proposal_screen_messages()).empty());
}

}  // namespace
}  // namespace sammen
