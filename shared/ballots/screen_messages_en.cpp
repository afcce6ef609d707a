// The screens' words about choosing a district, the ballot, the voter code and the confirmation, in English.
#include "sammen/ballots/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"choose_district", "Choose your district"},
    {"choose_district_intro",
     "You vote on the proposals of one district. Choose the district where you live."},
    {"budget", "Budget: {budget, money}"},
    {"proposal_count", "{count, plural, one {# proposal} other {# proposals}}"},
    {"proposals_in", "Proposals in {district}"},
    {"intro_knapsack",
     "Choose the proposals you would spend the district's money on. The total must stay within the "
     "budget."},
    {"intro_approval", "Choose the proposals you support."},
    {"add", "Add"},
    {"remove", "Remove"},
    {"chosen", "✓ Chosen"},
    {"spent_of_budget", "Spent {spent, money} of {budget, money}"},
    {"left", "Left: {left, money}"},
    {"over_budget_by", "Over the budget by {over, money}"},
    {"minimum_spend", "You must spend at least {minimum, money}."},
    {"chosen_count", "You have chosen {count, plural, one {# proposal} other {# proposals}}."},
    {"at_most", "You may choose at most {limit}."},
    {"next_voter_code", "Next: voter code ›"},
    {"your_ballot", "Your ballot"},
    {"total", "Total: {total, money}"},
    {"voter_code", "Voter code or receipt"},
    {"voter_code_help",
     "The first time: your voter code from the municipality's letter. It can be used once. To "
     "change your vote: the receipt you got when you voted."},
    {"submit", "Cast your vote"},
    {"sending", "Sending …"},
    {"stored", "Thank you! Your vote is stored."},
    {"replaced", "It replaces the vote you cast earlier with the same receipt."},
    {"can_revote",
     "You can change your vote with your receipt until voting closes; the last one counts."},
    {"change_vote", "Change your vote"},
    {"to_start", "Back to the start"},
    {"vote_in", "Vote in {district}"},
    {"change_choices", "Change your choices"},
    {"budget_hint", "The sum is worked out again when you go on."},
};

}  // namespace

std::span<const Message> ballot_screen_messages_en() {
  return kMessages;
}

}  // namespace sammen
