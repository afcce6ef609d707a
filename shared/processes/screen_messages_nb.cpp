// The screens' words about processes and the start page, in Norwegian Bokmål.
#include "sammen/processes/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"phase", "Fase: {phase}."},
    {"no_phase", "Ingen fase er aktiv nå."},
    {"rung", "Trinn på deltakerstigen: {rung}"},
    {"voting_open", "Avstemningen er åpen."},
    {"cannot_vote", "I denne prosessen kan du lese forslagene, men ikke stemme."},
    {"other_processes", "Andre prosesser"},
    {"processes_heading", "Prosesser i {municipality}"},
    {"no_processes", "Det er ingen prosesser ennå."},
    {"districts", "Bydeler"},
    {"result_published", "Resultatet er publisert."},
    {"proposal_cost", "Kostnad: {cost, money}"},
    {"proposal_district", "Bydel: {district}"},
    {"counting", "Avstemningen er avsluttet. Resultatet blir publisert her når stemmene er talt."},
    {"published", "Avstemningen er avsluttet, og resultatet er publisert."},
    {"no_process_yet", "Ingen prosesser ennå"},
    {"no_process_yet_help", "Kommunen har ikke publisert noen prosess ennå. Kom tilbake senere."},
};

}  // namespace

std::span<const Message> process_screen_messages_nb() {
  return kMessages;
}

}  // namespace sammen
