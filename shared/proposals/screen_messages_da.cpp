// Forslagsskærmene på dansk.
#include "sammen/proposals/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"phase_now.open", "Fasen »{phase}« er åben til {until}."},
    {"phase_now.none", "Ingen fase er åben nu."},
    {"phase_now.next", "Fasen »{phase}« begynder {when}."},
    {"can.ideas", "Du kan skrive et forslag, alene eller sammen med andre, og sende det ind til {until}."},
    {"can.review", "Forslagene, der blev sendt ind, bliver tjekket nu. Du kan følge dem og se alle afgørelserne."},
    {"can.deliberation", "Du kan læse forslagene og tale om dem."},
    {"can.voting", "Du kan stemme på de forslag, du bedst kan lide, til {until}."},
    {"can.results", "Du kan se, hvilke forslag der blev valgt, og hvorfor."},
    {"can.implementation", "Du kan følge arbejdet med de forslag, der blev valgt."},
    {"can.read", "Du kan læse om denne proces."},
    {"authors.council", "ungdomsrådet"},
    {"authors.list", "{names, list}"},
    {"notice.created", "Forslaget »{title}« blev startet."},
    {"notice.submitted", "Forslaget »{title}« blev sendt ind."},
    {"notice.accepted", "Dit forslag »{title}« blev godkendt og kommer på stemmesedlen."},
    {"notice.rejected", "Dit forslag »{title}« blev ikke godkendt. Du kan læse hvorfor på forslaget."},
    {"notice.cost_corrected", "Prisen på dit forslag »{title}« blev rettet. Du kan læse hvorfor på forslaget."},
    {"notice.merged_into", "Dit forslag »{title}« blev lagt sammen med et andet forslag. Nu er du forfatter af det."},
    {"notice.merged_from", "Et andet forslag blev lagt sammen med dit forslag »{title}«."},
    {"notice.question_asked", "Du har fået et spørgsmål om dit forslag »{title}«. Svar på forslaget."},
    {"notice.question_answered", "Et spørgsmål om forslaget »{title}« blev besvaret."},
    {"notice.hidden", "Dit forslag »{title}« blev skjult. Du kan læse hvorfor på forslaget."},
    {"notice.restored", "Dit forslag »{title}« kan ses igen."},
    {"notice.co_author_joined", "En ny forfatter kom med på forslaget »{title}«."},
    {"notice.selected", "Dit forslag »{title}« blev valgt ved afstemningen!"},
    {"notice.not_selected", "Dit forslag »{title}« blev ikke valgt ved afstemningen denne gang."},
    {"notice.progress", "Der er nyt om arbejdet med dit forslag »{title}«."},
};

}  // namespace

std::span<const Message> proposal_screen_messages_da() {
  return kMessages;
}

}  // namespace sammen
