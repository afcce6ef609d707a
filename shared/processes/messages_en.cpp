// Processes in English.
#include "sammen/processes/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"eligibility.too_young",
     "This process is for people aged {limit} or older; you turn {amount} in the year it votes."},
    {"eligibility.too_old",
     "This process is for people aged up to {limit}; you turn {amount} in the year it votes."},
    {"eligibility.birth_year_unknown",
     "This process has an age limit: add your birth year to your account to take part."},
    {"eligibility.outside_districts", "This process is only for people living in {subject}."},
    {"process.rung_forbids",
     "This process stands on the rung \"{subject}\", which does not allow this."},
    {"process.voting_not_open", "Voting is not open now."},
    {"process.voting_closed", "Voting has closed."},
    {"process.unknown", "There is no process \"{subject}\"."},
    {"phase.ideas", "Ideas"},
    {"phase.review", "Review"},
    {"phase.deliberation", "Deliberation"},
    {"phase.voting", "Voting"},
    {"phase.results", "Results"},
    {"phase.implementation", "Implementation"},
    {"rung.inform", "Inform"},
    {"rung.consult", "Consult"},
    {"rung.involve", "Involve"},
    {"rung.co_create", "Co-create"},
    {"rung.co_decide", "Co-decide"},
    {"promise.inform", "Here you can read about the plans. There is no vote."},
    {"promise.consult", "The municipality asks for your comments. The municipality decides."},
    {"promise.involve",
     "Your input is advice to the council. The municipality makes the final decision."},
    {"promise.co_create",
     "Your input is advice to the council. The municipality makes the final decision."},
    {"promise.co_decide", "Your vote decides: the proposals that win will be carried out."},
    {"production.municipal", "Carried out by the municipality"},
    {"production.co_production", "Residents and the municipality together"},
    {"production.self_production", "Residents themselves, with start-up help"},
};

}  // namespace

std::span<const Message> process_messages_en() {
  return kMessages;
}

}  // namespace sammen
