// The proposal screens in English.
#include "sammen/proposals/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"phase_now.open", "The phase \"{phase}\" is open until {until}."},
    {"phase_now.none", "No phase is open now."},
    {"phase_now.next", "The phase \"{phase}\" starts {when}."},
    {"can.ideas", "You can write a proposal, alone or with others, and send it in until {until}."},
    {"can.review", "The proposals that were sent in are being checked now. You can follow them and see every decision."},
    {"can.deliberation", "You can read the proposals and talk about them."},
    {"can.voting", "You can vote for the proposals you like best until {until}."},
    {"can.results", "You can see which proposals were selected, and why."},
    {"can.implementation", "You can follow the work on the selected proposals."},
    {"can.read", "You can read about this process."},
    {"authors.council", "the youth council"},
    {"authors.list", "{names, list}"},
    {"notice.created", "The proposal \"{title}\" was started."},
    {"notice.submitted", "The proposal \"{title}\" was sent in."},
    {"notice.accepted", "Your proposal \"{title}\" was accepted and will be on the ballot."},
    {"notice.rejected", "Your proposal \"{title}\" was not accepted. You can read why on the proposal."},
    {"notice.cost_corrected", "The cost of your proposal \"{title}\" was corrected. You can read why on the proposal."},
    {"notice.merged_into", "Your proposal \"{title}\" was merged with another proposal. You are now an author of that one."},
    {"notice.merged_from", "Another proposal was merged into your proposal \"{title}\"."},
    {"notice.question_asked", "You have a question about your proposal \"{title}\". Answer it on the proposal."},
    {"notice.question_answered", "A question about the proposal \"{title}\" was answered."},
    {"notice.hidden", "Your proposal \"{title}\" was hidden. You can read why on the proposal."},
    {"notice.restored", "Your proposal \"{title}\" can be seen again."},
    {"notice.co_author_joined", "Someone joined the proposal \"{title}\" as an author."},
    {"notice.selected", "Your proposal \"{title}\" was selected in the vote!"},
    {"notice.not_selected", "Your proposal \"{title}\" was not selected in the vote this time."},
    {"notice.progress", "There is news about the work on your proposal \"{title}\"."},
};

}  // namespace

std::span<const Message> proposal_screen_messages_en() {
  return kMessages;
}

}  // namespace sammen
