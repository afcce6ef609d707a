// Ballots in English.
#include "sammen/ballots/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"ballot.not_your_district",
     "Your voter code belongs to the district \"{subject}\"; vote there."},
    {"voter.used_on_paper",
     "This voter code was used to vote on paper, so it cannot vote online as well."},
    {"voter.code_missing", "Enter your voter code."},
    {"voter.code_unknown", "This voter code is not on the voter roll of this process."},
    {"ballot.unknown_district", "The district \"{subject}\" does not take part in this process."},
    {"ballot.unknown_proposal", "There is no proposal \"{subject}\"."},
    {"ballot.proposal_not_on_ballot", "The proposal \"{subject}\" is not on the ballot."},
    {"ballot.proposal_in_other_district",
     "The proposal \"{subject}\" belongs to another district."},
    {"ballot.duplicate_proposal", "The proposal \"{subject}\" is chosen more than once."},
    {"ballot.empty", "Choose at least one proposal."},
    {"ballot.too_many_approvals",
     "You may choose at most {limit, plural, one {# proposal} other {# proposals}}; you chose "
     "{amount}."},
    {"ballot.over_budget",
     "Your choices cost {amount, money}, {excess, money} more than the budget of {limit, money}."},
    {"ballot.under_minimum_spend",
     "Your choices must cost at least {limit, money}; now they cost {amount, money}."},
    {"ballot.not_enough_left",
     "{limit, plural,"
     " =0 {This proposal costs {amount, money}, and you have spent your whole budget.}"
     " other {This proposal costs {amount, money}, but you only have {limit, money} left of"
     " your budget.}}"},
    {"ballot.no_choices_left",
     "You have chosen {limit, plural, one {# proposal} other {# proposals}}, as many as you may."
     " Remove another to choose this one."},
};

}  // namespace

std::span<const Message> ballot_messages_en() {
  return kMessages;
}

}  // namespace sammen
