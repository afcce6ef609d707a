// Setup in Norwegian Bokmål.
#include "sammen/setup/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"setup.frozen",
     "Avstemningen er åpnet, så ingen kan endre {subject, select, budgets {budsjettene}"
     " ballot {stemmeseddelens form} counting_rule {tellemåten}"
     " rung {trinnet på deltakelsesstigen} eligibility {hvem som kan delta}"
     " voting_phase {avstemningsperioden} proposals {forslagene på stemmeseddelen}"
     " roll {manntallet} other {denne innstillingen}} lenger: utfallet må følge reglene"
     " velgerne fikk."},
    {"setup.field_empty", "Feltet «{subject}» kan ikke være tomt."},
    {"setup.text_too_long", "Feltet «{subject}» er for langt: {amount} tegn, høyst {limit}."},
    {"setup.bad_id",
     "ID-en i «{subject}» kan bare ha a–z, 0–9 og bindestrek (høyst {limit} tegn)."},
    {"setup.duplicate_id", "«{subject}» er allerede i bruk; velg en annen."},
    {"setup.bad_currency", "Valutaen må være en ISO 4217-kode, for eksempel NOK, DKK eller EUR."},
    {"setup.bad_languages", "Velg minst ett språk, hvert bare én gang."},
    {"setup.district_in_use",
     "Bydelen «{subject}» brukes fortsatt av en prosess, et forslag eller en person, så den kan "
     "ikke fjernes."},
    {"setup.no_municipality", "Sett opp kommunen først."},
    {"setup.municipality_id_fixed", "Kommunens ID kan ikke endres."},
    {"setup.bad_phases",
     "Fase {amount} må slutte etter at den begynner, og begynne tidligst når fasen før slutter."},
    {"setup.out_of_range", "«{subject}» må være mellom {amount} og {limit}."},
    {"setup.negative_amount", "«{subject}» kan ikke være negativt."},
    {"setup.unknown_district", "Kommunen har ingen bydel «{subject}»."},
    {"setup.district_not_in_process", "Bydelen «{subject}» har ikke budsjett i denne prosessen."},
    {"setup.status_set_by_count",
     "Bare opptellingen markerer et forslag som valgt eller ikke valgt, og bare vurderingen slår "
     "det sammen med et annet."},
    {"setup.no_voting_phase", "Gi prosessen en avstemningsperiode som slutter i fremtiden først."},
    {"setup.nothing_on_ballot",
     "Sett minst ett godkjent forslag i en bydel med budsjett på stemmeseddelen først."},
    {"setup.roll_missing", "Last opp manntallet før avstemningen åpner."},
    {"setup.roll_stale",
     "Manntallet ble lastet opp før reglene for hvem som kan delta ble endret; last det opp på "
     "nytt."},
    {"proposal.unknown", "Det finnes ikke noe forslag «{subject}» i denne prosessen."},
    {"setup.not_an_amount", "Skriv beløpet med tall, for eksempel 1 500 000."},
    {"setup.not_a_date", "Skriv datoen som 2028-01-31 eller 31.01.2028."},
    {"setup.not_a_whole_number", "Skriv et helt tall, for eksempel 13."},
};

}  // namespace

std::span<const Message> setup_messages_nb() {
  return kMessages;
}

}  // namespace sammen
