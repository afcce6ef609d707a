// Forslag på dansk.
#include "sammen/proposals/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"proposal.ideas_closed",
     "{subject, select, none {Denne proces tager ikke imod forslag fra borgerne.}"
     " before {Idéfasen er ikke begyndt endnu, så forslag kan ikke sendes ind.}"
     " other {Idéfasen er slut, så forslag kan ikke længere skrives eller sendes ind.}}"},
    {"proposal.not_draft", "Dette forslag er sendt ind, så det kan ikke ændres længere."},
    {"proposal.edited_meanwhile",
     "En anden gemte forslaget, mens du skrev. Se hvad der er ændret, og gem igen."},
    {"proposal.not_author", "Kun dem, der skrev dette forslag, kan gøre dette."},
    {"proposal.wrong_stage",
     "Dette forslag er {subject, select, draft {stadig et udkast} submitted {sendt ind og venter"
     " på vurdering} accepted {på stemmesedlen} rejected {afvist} merged {lagt sammen med et"
     " andet} selected {valgt} not_selected {ikke valgt} other {ikke klar}}, så dette kan ikke"
     " gøres nu."},
    {"proposal.council_only",
     "Kun medlemmer af ungdomsrådet kan skrive forslag for ungdomsrådet, og kun i en proces for "
     "unge."},
    {"proposal.invite_unknown", "Koden passer ikke til noget forslag. Tjek den og prøv igen."},
    {"proposal.too_many_authors", "Et forslag kan højst have {limit} forfattere."},
    {"proposal.merge_target",
     "Et forslag kan kun lægges sammen med et andet forslag i samme proces, som er sendt ind "
     "eller står på stemmesedlen."},
    {"proposal.photo_invalid", "Billedet »{subject}« er ikke et billede, Sammen kender."},
    {"proposal.question_unknown", "Forslaget har ikke noget spørgsmål nummer {amount}."},
    {"proposal.already_answered", "Spørgsmål {amount} er allerede besvaret."},
    {"proposal.already_hidden", "Forslaget er allerede skjult."},
    {"proposal.not_hidden", "Forslaget er ikke skjult."},
    {"proposal.progress_backwards",
     "Arbejdet kan ikke gå baglæns: det er nået {limit} procent, og opdateringen siger {amount}."},
    {"proposal.too_many",
     "Der er for mange {subject, select, drafts {udkast} history {ændringer} questions"
     " {spørgsmål} updates {opdateringer} other {ting}} her allerede: højst {limit}."},
    {"proposal.too_many_writes",
     "Du har gemt meget tit. Vent {amount, plural, one {# sekund} other {# sekunder}} og prøv "
     "igen."},
    {"proposal.incomplete",
     "Skriv {subject, select, title {en titel} description {hvad forslaget handler om}"
     " other {mere}} før du sender forslaget ind."},
};

}  // namespace

std::span<const Message> proposal_messages_da() {
  return kMessages;
}

}  // namespace sammen
