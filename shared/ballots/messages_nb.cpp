// Ballots in Norwegian Bokmål.
#include "sammen/ballots/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"ballot.not_your_district", "Stemmekoden din hører til bydelen «{subject}»; stem der."},
    {"voter.used_on_paper",
     "Denne stemmekoden er brukt til å stemme på papir, så den kan ikke også stemme på nett."},
    {"voter.code_missing", "Skriv inn stemmekoden din."},
    {"voter.code_unknown", "Stemmekoden finnes ikke i manntallet for denne prosessen."},
    {"ballot.unknown_district", "Bydelen «{subject}» er ikke med i denne prosessen."},
    {"ballot.unknown_proposal", "Forslaget «{subject}» finnes ikke."},
    {"ballot.proposal_not_on_ballot", "Forslaget «{subject}» står ikke på stemmeseddelen."},
    {"ballot.proposal_in_other_district", "Forslaget «{subject}» hører til en annen bydel."},
    {"ballot.duplicate_proposal", "Forslaget «{subject}» er valgt mer enn én gang."},
    {"ballot.empty", "Velg minst ett forslag."},
    {"ballot.too_many_approvals", "Du kan velge høyst {limit} forslag; du har valgt {amount}."},
    {"ballot.over_budget",
     "Valgene dine koster {amount, money}, {excess, money} mer enn budsjettet på {limit, money}."},
    {"ballot.under_minimum_spend",
     "Valgene dine må koste minst {limit, money}; nå koster de {amount, money}."},
    {"ballot.not_enough_left",
     "{limit, plural,"
     " =0 {Dette forslaget koster {amount, money}, og du har brukt hele budsjettet.}"
     " other {Dette forslaget koster {amount, money}, men du har bare {limit, money} igjen av"
     " budsjettet.}}"},
    {"ballot.no_choices_left",
     "Du har valgt {limit} forslag, så mange du kan. Fjern et annet for å velge dette."},
};

}  // namespace

std::span<const Message> ballot_messages_nb() {
  return kMessages;
}

}  // namespace sammen
