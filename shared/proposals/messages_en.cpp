// Proposals in English.
#include "sammen/proposals/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"proposal.ideas_closed",
     "{subject, select, none {This process does not take proposals from residents.}"
     " before {The ideas phase has not started yet, so proposals cannot be sent in.}"
     " other {The ideas phase is over, so proposals can no longer be written or sent in.}}"},
    {"proposal.not_draft", "This proposal has been sent in, so it can no longer be changed."},
    {"proposal.edited_meanwhile",
     "Someone else saved this proposal while you were writing. Look at what changed, then save "
     "again."},
    {"proposal.not_author", "Only the people who wrote this proposal can do this."},
    {"proposal.wrong_stage",
     "This proposal is {subject, select, draft {still a draft} submitted {sent in and waiting"
     " for review} accepted {on the ballot} rejected {rejected} merged {merged into another}"
     " selected {selected} not_selected {not selected} other {not ready}}, so this cannot be done"
     " now."},
    {"proposal.council_only",
     "Only members of the youth council can write proposals for the youth council, and only in a "
     "process for young people."},
    {"proposal.invite_unknown", "That code does not match any proposal. Check it and try again."},
    {"proposal.too_many_authors", "A proposal can have at most {limit} authors."},
    {"proposal.merge_target",
     "A proposal can only be merged into another proposal in the same process that has been sent "
     "in or is on the ballot."},
    {"proposal.photo_invalid", "The photo \"{subject}\" is not a photo Sammen knows."},
    {"proposal.question_unknown", "There is no question number {amount} on this proposal."},
    {"proposal.already_answered", "Question {amount} has been answered already."},
    {"proposal.already_hidden", "This proposal is hidden already."},
    {"proposal.not_hidden", "This proposal is not hidden."},
    {"proposal.progress_backwards",
     "Progress cannot go backwards: the work is at {limit} percent, and the update says {amount}."},
    {"proposal.too_many",
     "There are too many {subject, select, drafts {drafts} history {changes} questions"
     " {questions} updates {updates} other {items}} here already: at most {limit}."},
    {"proposal.too_many_writes",
     "You have saved very often. Wait {amount, plural, one {# second} other {# seconds}} and try "
     "again."},
    {"proposal.incomplete",
     "Write {subject, select, title {a title} description {what the proposal is about}"
     " other {more}} before you send in the proposal."},
};

}  // namespace

std::span<const Message> proposal_messages_en() {
  return kMessages;
}

}  // namespace sammen
