// Processes in Danish.
#include "sammen/processes/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"eligibility.too_young",
     "Denne proces er for dem, der er {limit} år eller ældre; du fylder {amount} det år, "
     "afstemningen holdes."},
    {"eligibility.too_old",
     "Denne proces er for dem, der er op til {limit} år; du fylder {amount} det år, "
     "afstemningen holdes."},
    {"eligibility.birth_year_unknown",
     "Denne proces har en aldersgrænse: tilføj dit fødselsår til din konto for at deltage."},
    {"eligibility.outside_districts", "Denne proces er kun for dem, der bor i {subject}."},
    {"process.rung_forbids", "Denne proces står på trinnet »{subject}«, som ikke tillader dette."},
    {"process.voting_not_open", "Afstemningen er ikke åben nu."},
    {"process.voting_closed", "Afstemningen er afsluttet."},
    {"process.unknown", "Processen »{subject}« findes ikke."},
    {"phase.ideas", "Idéer"},
    {"phase.review", "Vurdering"},
    {"phase.deliberation", "Dialog"},
    {"phase.voting", "Afstemning"},
    {"phase.results", "Resultater"},
    {"phase.implementation", "Gennemførelse"},
    {"rung.inform", "Informere"},
    {"rung.consult", "Konsultere"},
    {"rung.involve", "Involvere"},
    {"rung.co_create", "Samskabe"},
    {"rung.co_decide", "Medbestemme"},
    {"promise.inform", "Her kan du læse om planerne. Der er ingen afstemning."},
    {"promise.consult", "Kommunen beder om dine kommentarer. Kommunen beslutter."},
    {"promise.involve",
     "Din stemme er et råd til kommunalbestyrelsen. Kommunen beslutter til sidst."},
    {"promise.co_create",
     "Din stemme er et råd til kommunalbestyrelsen. Kommunen beslutter til sidst."},
    {"promise.co_decide", "Din stemme bestemmer: de forslag, der vinder, bliver gennemført."},
    {"production.municipal", "Kommunen gennemfører"},
    {"production.co_production", "Borgere og kommunen sammen"},
    {"production.self_production", "Borgerne selv, med starthjælp"},
};

}  // namespace

std::span<const Message> process_messages_da() {
  return kMessages;
}

}  // namespace sammen
