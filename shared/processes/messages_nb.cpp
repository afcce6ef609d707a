// Processes in Norwegian Bokmål.
#include "sammen/processes/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"eligibility.too_young",
     "Denne prosessen er for dem som er {limit} år eller eldre; du fyller {amount} det året "
     "avstemningen er."},
    {"eligibility.too_old",
     "Denne prosessen er for dem som er opptil {limit} år; du fyller {amount} det året "
     "avstemningen er."},
    {"eligibility.birth_year_unknown",
     "Denne prosessen har en aldersgrense: legg til fødselsåret ditt i kontoen for å delta."},
    {"eligibility.outside_districts", "Denne prosessen er bare for dem som bor i {subject}."},
    {"process.rung_forbids",
     "Denne prosessen står på trinnet «{subject}», som ikke tillater dette."},
    {"process.voting_not_open", "Avstemningen er ikke åpen nå."},
    {"process.voting_closed", "Avstemningen er avsluttet."},
    {"process.unknown", "Prosessen «{subject}» finnes ikke."},
    {"phase.ideas", "Idéer"},
    {"phase.review", "Vurdering"},
    {"phase.deliberation", "Dialog"},
    {"phase.voting", "Avstemning"},
    {"phase.results", "Resultater"},
    {"phase.implementation", "Gjennomføring"},
    {"rung.inform", "Informere"},
    {"rung.consult", "Konsultere"},
    {"rung.involve", "Involvere"},
    {"rung.co_create", "Samskape"},
    {"rung.co_decide", "Medbestemme"},
    {"promise.inform", "Her kan du lese om planene. Det er ingen avstemning."},
    {"promise.consult", "Kommunen ber om dine kommentarer. Kommunen bestemmer."},
    {"promise.involve", "Stemmen din er et råd til kommunestyret. Kommunen bestemmer til slutt."},
    {"promise.co_create", "Stemmen din er et råd til kommunestyret. Kommunen bestemmer til slutt."},
    {"promise.co_decide", "Stemmen din bestemmer: forslagene som vinner, blir gjennomført."},
    {"production.municipal", "Kommunen gjennomfører"},
    {"production.co_production", "Innbyggere og kommunen sammen"},
    {"production.self_production", "Innbyggerne selv, med starthjelp"},
};

}  // namespace

std::span<const Message> process_messages_nb() {
  return kMessages;
}

}  // namespace sammen
