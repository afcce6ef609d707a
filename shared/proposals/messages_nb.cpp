// Forslag på bokmål.
#include "sammen/proposals/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"proposal.ideas_closed",
     "{subject, select, none {Denne prosessen tar ikke imot forslag fra innbyggerne.}"
     " before {Idéfasen har ikke begynt ennå, så forslag kan ikke sendes inn.}"
     " other {Idéfasen er over, så forslag kan ikke lenger skrives eller sendes inn.}}"},
    {"proposal.not_draft", "Dette forslaget er sendt inn, så det kan ikke endres lenger."},
    {"proposal.edited_meanwhile",
     "Noen andre lagret forslaget mens du skrev. Se hva som er endret, og lagre igjen."},
    {"proposal.not_author", "Bare de som skrev dette forslaget, kan gjøre dette."},
    {"proposal.wrong_stage",
     "Dette forslaget er {subject, select, draft {fortsatt et utkast} submitted {sendt inn og"
     " venter på vurdering} accepted {på stemmeseddelen} rejected {avvist} merged {slått sammen"
     " med et annet} selected {valgt} not_selected {ikke valgt} other {ikke klart}}, så dette kan"
     " ikke gjøres nå."},
    {"proposal.council_only",
     "Bare medlemmer av ungdomsrådet kan skrive forslag for ungdomsrådet, og bare i en prosess "
     "for unge."},
    {"proposal.invite_unknown", "Koden passer ikke til noe forslag. Sjekk den og prøv igjen."},
    {"proposal.too_many_authors", "Et forslag kan ha høyst {limit} forfattere."},
    {"proposal.merge_target",
     "Et forslag kan bare slås sammen med et annet forslag i samme prosess som er sendt inn "
     "eller står på stemmeseddelen."},
    {"proposal.photo_invalid", "Bildet «{subject}» er ikke et bilde Sammen kjenner."},
    {"proposal.question_unknown", "Forslaget har ikke noe spørsmål nummer {amount}."},
    {"proposal.already_answered", "Spørsmål {amount} er besvart allerede."},
    {"proposal.already_hidden", "Forslaget er skjult allerede."},
    {"proposal.not_hidden", "Forslaget er ikke skjult."},
    {"proposal.progress_backwards",
     "Arbeidet kan ikke gå bakover: det er kommet {limit} prosent, og oppdateringen sier {amount}."},
    {"proposal.too_many",
     "Det er for mange {subject, select, drafts {utkast} history {endringer} questions"
     " {spørsmål} updates {oppdateringer} other {ting}} her allerede: høyst {limit}."},
    {"proposal.too_many_writes",
     "Du har lagret veldig ofte. Vent {amount, plural, one {# sekund} other {# sekunder}} og "
     "prøv igjen."},
    {"proposal.incomplete",
     "Skriv {subject, select, title {en tittel} description {hva forslaget handler om}"
     " other {mer}} før du sender inn forslaget."},
};

}  // namespace

std::span<const Message> proposal_messages_nb() {
  return kMessages;
}

}  // namespace sammen
