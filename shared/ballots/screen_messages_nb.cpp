// The screens' words about choosing a district, the ballot, the voter code and the confirmation, in Norwegian Bokmål.
#include "sammen/ballots/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"choose_district", "Velg bydel"},
    {"choose_district_intro", "Du stemmer over forslagene i én bydel. Velg bydelen der du bor."},
    {"budget", "Budsjett: {budget, money}"},
    {"proposal_count", "{count} forslag"},
    {"proposals_in", "Forslag i {district}"},
    {"intro_knapsack",
     "Velg forslagene du vil bruke bydelens penger på. Summen må holde seg innenfor budsjettet."},
    {"intro_approval", "Velg forslagene du støtter."},
    {"add", "Legg til"},
    {"remove", "Fjern"},
    {"chosen", "✓ Valgt"},
    {"spent_of_budget", "Brukt {spent, money} av {budget, money}"},
    {"left", "Igjen: {left, money}"},
    {"over_budget_by", "Over budsjettet med {over, money}"},
    {"minimum_spend", "Du må bruke minst {minimum, money}."},
    {"chosen_count", "Du har valgt {count} forslag."},
    {"at_most", "Du kan velge høyst {limit}."},
    {"next_voter_code", "Neste: stemmekode ›"},
    {"your_ballot", "Stemmeseddelen din"},
    {"total", "Sum: {total, money}"},
    {"voter_code", "Stemmekode eller kvittering"},
    {"voter_code_help",
     "Første gang: stemmekoden fra brevet fra kommunen. Den kan brukes én gang. Vil du endre "
     "stemmen: kvitteringen du fikk da du stemte."},
    {"submit", "Send inn stemmen"},
    {"sending", "Sender …"},
    {"stored", "Takk! Stemmen din er lagret."},
    {"replaced", "Den erstatter stemmen du ga tidligere med samme kvittering."},
    {"can_revote",
     "Du kan endre stemmen med kvitteringen din til avstemningen stenger; da gjelder den siste."},
    {"change_vote", "Endre stemmen"},
    {"to_start", "Til forsiden"},
    {"vote_in", "Stem i {district}"},
    {"change_choices", "Endre valgene dine"},
    {"budget_hint", "Summen regnes ut på nytt når du går videre."},
};

}  // namespace

std::span<const Message> ballot_screen_messages_nb() {
  return kMessages;
}

}  // namespace sammen
