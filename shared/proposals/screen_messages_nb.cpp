// Forslagsskjermene på bokmål.
#include "sammen/proposals/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"phase_now.open", "Fasen «{phase}» er åpen til {until}."},
    {"phase_now.none", "Ingen fase er åpen nå."},
    {"phase_now.next", "Fasen «{phase}» begynner {when}."},
    {"can.ideas", "Du kan skrive et forslag, alene eller sammen med andre, og sende det inn til {until}."},
    {"can.review", "Forslagene som ble sendt inn, blir sjekket nå. Du kan følge dem og se alle avgjørelsene."},
    {"can.deliberation", "Du kan lese forslagene og snakke om dem."},
    {"can.voting", "Du kan stemme på forslagene du liker best, til {until}."},
    {"can.results", "Du kan se hvilke forslag som ble valgt, og hvorfor."},
    {"can.implementation", "Du kan følge arbeidet med forslagene som ble valgt."},
    {"can.read", "Du kan lese om denne prosessen."},
    {"authors.council", "ungdomsrådet"},
    {"authors.list", "{names, list}"},
    {"notice.created", "Forslaget «{title}» ble startet."},
    {"notice.submitted", "Forslaget «{title}» ble sendt inn."},
    {"notice.accepted", "Forslaget ditt «{title}» ble godkjent og kommer på stemmeseddelen."},
    {"notice.rejected", "Forslaget ditt «{title}» ble ikke godkjent. Du kan lese hvorfor på forslaget."},
    {"notice.cost_corrected", "Kostnaden for forslaget ditt «{title}» ble rettet. Du kan lese hvorfor på forslaget."},
    {"notice.merged_into", "Forslaget ditt «{title}» ble slått sammen med et annet forslag. Nå er du forfatter av det."},
    {"notice.merged_from", "Et annet forslag ble slått sammen med forslaget ditt «{title}»."},
    {"notice.question_asked", "Du har fått et spørsmål om forslaget ditt «{title}». Svar på forslaget."},
    {"notice.question_answered", "Et spørsmål om forslaget «{title}» ble besvart."},
    {"notice.hidden", "Forslaget ditt «{title}» ble skjult. Du kan lese hvorfor på forslaget."},
    {"notice.restored", "Forslaget ditt «{title}» kan ses igjen."},
    {"notice.co_author_joined", "Noen ble med som forfatter av forslaget «{title}»."},
    {"notice.selected", "Forslaget ditt «{title}» ble valgt i avstemningen!"},
    {"notice.not_selected", "Forslaget ditt «{title}» ble ikke valgt i avstemningen denne gangen."},
    {"notice.progress", "Det er nytt om arbeidet med forslaget ditt «{title}»."},
};

}  // namespace

std::span<const Message> proposal_screen_messages_nb() {
  return kMessages;
}

}  // namespace sammen
