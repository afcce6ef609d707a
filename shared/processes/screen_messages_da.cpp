// The screens' words about processes and the start page, in Danish.
#include "sammen/processes/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"phase", "Fase: {phase}."},
    {"no_phase", "Ingen fase er aktiv nu."},
    {"rung", "Trin på deltagelsesstigen: {rung}"},
    {"voting_open", "Afstemningen er åben."},
    {"cannot_vote", "I denne proces kan du læse forslagene, men ikke stemme."},
    {"other_processes", "Andre processer"},
    {"processes_heading", "Processer i {municipality}"},
    {"no_processes", "Der er ingen processer endnu."},
    {"districts", "Bydele"},
    {"result_published", "Resultatet er offentliggjort."},
    {"proposal_cost", "Pris: {cost, money}"},
    {"proposal_district", "Bydel: {district}"},
    {"counting", "Afstemningen er afsluttet. Resultatet bliver offentliggjort her, når stemmerne er talt."},
    {"published", "Afstemningen er afsluttet, og resultatet er offentliggjort."},
    {"no_process_yet", "Ingen processer endnu"},
    {"no_process_yet_help", "Kommunen har ikke offentliggjort nogen proces endnu. Kom tilbage senere."},
};

}  // namespace

std::span<const Message> process_screen_messages_da() {
  return kMessages;
}

}  // namespace sammen
