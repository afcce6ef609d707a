// The screens' words about choosing a district, the ballot, the voter code and the confirmation, in Danish.
#include "sammen/ballots/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"choose_district", "Vælg bydel"},
    {"choose_district_intro", "Du stemmer om forslagene i én bydel. Vælg den bydel, du bor i."},
    {"budget", "Budget: {budget, money}"},
    {"proposal_count", "{count} forslag"},
    {"proposals_in", "Forslag i {district}"},
    {"intro_knapsack",
     "Vælg de forslag, du vil bruge bydelens penge på. Summen skal holde sig inden for budgettet."},
    {"intro_approval", "Vælg de forslag, du støtter."},
    {"add", "Tilføj"},
    {"remove", "Fjern"},
    {"chosen", "✓ Valgt"},
    {"spent_of_budget", "Brugt {spent, money} af {budget, money}"},
    {"left", "Tilbage: {left, money}"},
    {"over_budget_by", "Over budgettet med {over, money}"},
    {"minimum_spend", "Du skal bruge mindst {minimum, money}."},
    {"chosen_count", "Du har valgt {count} forslag."},
    {"at_most", "Du kan højst vælge {limit}."},
    {"next_voter_code", "Næste: stemmekode ›"},
    {"your_ballot", "Din stemmeseddel"},
    {"total", "I alt: {total, money}"},
    {"voter_code", "Stemmekode eller kvittering"},
    {"voter_code_help",
     "Første gang: stemmekoden fra kommunens brev. Den kan bruges én gang. Vil du ændre din "
     "stemme: den kvittering, du fik, da du stemte."},
    {"submit", "Afgiv din stemme"},
    {"sending", "Sender …"},
    {"stored", "Tak! Din stemme er gemt."},
    {"replaced", "Den erstatter den stemme, du tidligere afgav med samme kvittering."},
    {"can_revote",
     "Du kan ændre din stemme med din kvittering, indtil afstemningen lukker; så gælder den "
     "sidste."},
    {"change_vote", "Ændr stemmen"},
    {"to_start", "Til forsiden"},
    {"vote_in", "Stem i {district}"},
    {"change_choices", "Ret dine valg"},
    {"budget_hint", "Summen regnes ud igen, når du går videre."},
};

}  // namespace

std::span<const Message> ballot_screen_messages_da() {
  return kMessages;
}

}  // namespace sammen
