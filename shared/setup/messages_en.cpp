// Setup in English.
#include "sammen/setup/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"setup.frozen",
     "Voting has opened, so no one may change {subject, select, budgets {the budgets}"
     " ballot {the ballot format} counting_rule {the counting rule}"
     " rung {the rung on the participation ladder} eligibility {who may take part}"
     " voting_phase {the voting phase} proposals {the proposals on the ballot}"
     " roll {the voter roll} other {this setting}} any more: the outcome must follow the rules"
     " the voters were given."},
    {"setup.field_empty", "The field \"{subject}\" must not be empty."},
    {"setup.text_too_long",
     "The field \"{subject}\" is too long: {amount} characters, at most {limit}."},
    {"setup.bad_id",
     "The id in \"{subject}\" may hold only a-z, 0-9 and dashes (at most {limit} characters)."},
    {"setup.duplicate_id", "\"{subject}\" is already used; choose another."},
    {"setup.bad_currency", "The currency must be an ISO 4217 code such as NOK, DKK or EUR."},
    {"setup.bad_languages", "Choose at least one language, each only once."},
    {"setup.district_in_use",
     "The district \"{subject}\" is still used by a process, a proposal or a person, so it "
     "cannot be removed."},
    {"setup.no_municipality", "Set up the municipality first."},
    {"setup.municipality_id_fixed", "The municipality's id cannot change."},
    {"setup.bad_phases",
     "Phase {amount} must end after it starts, and start no earlier than the phase before it "
     "ends."},
    {"setup.out_of_range", "\"{subject}\" must be between {amount} and {limit}."},
    {"setup.negative_amount", "\"{subject}\" cannot be negative."},
    {"setup.unknown_district", "There is no district \"{subject}\" in the municipality."},
    {"setup.district_not_in_process", "The district \"{subject}\" has no budget in this process."},
    {"setup.status_set_by_count",
     "Only the count marks a proposal selected or not selected, and only review merges it."},
    {"setup.no_voting_phase", "Give the process a voting phase that ends in the future first."},
    {"setup.nothing_on_ballot",
     "Put at least one accepted proposal in a district with a budget on the ballot first."},
    {"setup.roll_missing", "Import the voter roll before voting opens."},
    {"setup.roll_stale",
     "The voter roll was imported before the rules on who may take part changed; import it "
     "again."},
    {"proposal.unknown", "There is no proposal \"{subject}\" in this process."},
    {"setup.not_an_amount", "Write the amount in figures, such as 1,500,000."},
    {"setup.not_a_date", "Write the date as 2028-01-31 or 31.01.2028."},
    {"setup.not_a_whole_number", "Write a whole number, such as 13."},
};

}  // namespace

std::span<const Message> setup_messages_en() {
  return kMessages;
}

}  // namespace sammen
