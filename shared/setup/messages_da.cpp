// Setup in Danish.
#include "sammen/setup/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"setup.frozen",
     "Afstemningen er åbnet, så ingen kan ændre {subject, select, budgets {budgetterne}"
     " ballot {stemmesedlens form} counting_rule {optællingsmetoden}"
     " rung {trinnet på deltagelsesstigen} eligibility {hvem der kan deltage}"
     " voting_phase {afstemningsperioden} proposals {forslagene på stemmesedlen}"
     " roll {valglisten} other {denne indstilling}} længere: udfaldet skal følge de regler,"
     " vælgerne fik."},
    {"setup.field_empty", "Feltet »{subject}« må ikke være tomt."},
    {"setup.text_too_long", "Feltet »{subject}« er for langt: {amount} tegn, højst {limit}."},
    {"setup.bad_id",
     "ID'et i »{subject}« må kun have a–z, 0–9 og bindestreg (højst {limit} tegn)."},
    {"setup.duplicate_id", "»{subject}« er allerede i brug; vælg et andet."},
    {"setup.bad_currency", "Valutaen skal være en ISO 4217-kode, for eksempel DKK, NOK eller EUR."},
    {"setup.bad_languages", "Vælg mindst ét sprog, hvert kun én gang."},
    {"setup.district_in_use",
     "Distriktet »{subject}« bruges stadig af en proces, et forslag eller en person, så det kan "
     "ikke fjernes."},
    {"setup.no_municipality", "Opret kommunen først."},
    {"setup.municipality_id_fixed", "Kommunens ID kan ikke ændres."},
    {"setup.bad_phases",
     "Fase {amount} skal slutte, efter den begynder, og tidligst begynde, når fasen før slutter."},
    {"setup.out_of_range", "»{subject}« skal være mellem {amount} og {limit}."},
    {"setup.negative_amount", "»{subject}« må ikke være negativt."},
    {"setup.unknown_district", "Kommunen har intet distrikt »{subject}«."},
    {"setup.district_not_in_process", "Distriktet »{subject}« har intet budget i denne proces."},
    {"setup.status_set_by_count",
     "Kun optællingen markerer et forslag som valgt eller ikke valgt, og kun vurderingen lægger "
     "det sammen med et andet."},
    {"setup.no_voting_phase", "Giv processen en afstemningsperiode, der slutter i fremtiden, først."},
    {"setup.nothing_on_ballot",
     "Sæt mindst ét godkendt forslag i et distrikt med budget på stemmesedlen først."},
    {"setup.roll_missing", "Indlæs valglisten, før afstemningen åbner."},
    {"setup.roll_stale",
     "Valglisten blev indlæst, før reglerne for hvem der kan deltage blev ændret; indlæs den "
     "igen."},
    {"proposal.unknown", "Der findes intet forslag »{subject}« i denne proces."},
    {"setup.not_an_amount", "Skriv beløbet med tal, for eksempel 1.500.000."},
    {"setup.not_a_date", "Skriv datoen som 2028-01-31 eller 31.01.2028."},
    {"setup.not_a_whole_number", "Skriv et helt tal, for eksempel 13."},
};

}  // namespace

std::span<const Message> setup_messages_da() {
  return kMessages;
}

}  // namespace sammen
