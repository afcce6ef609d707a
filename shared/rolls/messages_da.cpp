// Rolls in Danish.
#include "sammen/rolls/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"roll.too_large", "Filen er for stor: {amount} byte, højst {limit}."},
    {"roll.too_many_lines", "Filen har flere end {limit} personer."},
    {"roll.empty", "Filen har ingen personer i sig."},
    {"roll.bad_encoding",
     "Linje {amount} har tegn, der ikke er tekst, eller blander to tegnkodninger; gem filen som "
     "CSV UTF-8."},
    {"roll.missing_column",
     "Første linje skal navngive kolonnerne, og kolonnen for {subject, select,"
     " name {navnet} address {adressen} birth {fødselsdatoen eller -året}"
     " district {distriktet} other {»{subject}«}} mangler."},
    {"roll.column_count", "Linje {amount} har {subject} felter; første linje navngiver {limit}."},
    {"roll.unclosed_quote", "Linje {amount} åbner et anførselstegn, der aldrig lukkes."},
    {"roll.field_empty",
     "Linje {amount}: {subject, select, name {navnet mangler} address {adressen mangler}"
     " birth {fødselsdatoen eller -året mangler} district {distriktet mangler}"
     " other {et felt er tomt}}."},
    {"roll.field_too_long", "Linje {amount}: et felt er længere end {limit} tegn."},
    {"roll.bad_birth",
     "Linje {amount}: »{subject}« er ikke en fødselsdato eller et fødselsår (skriv 17-04-2009, "
     "2009-04-17 eller 2009)."},
    {"roll.birth_out_of_range",
     "Linje {amount}: fødselsåret {subject} er ikke mellem 1900 og {limit}."},
    {"roll.unknown_district", "Linje {amount}: der findes intet distrikt »{subject}«."},
    {"roll.duplicate", "Linje {amount} gentager linje {limit} (samme navn, adresse og fødselsår)."},
    {"roll.more_problems",
     "{amount, plural, one {Én linje mere har fejl.} other {# linjer mere har fejl.}}"},
    {"roll.already_used_on_paper", "Denne stemmekode er allerede markeret som brugt på papir."},
    {"roll.voted_online",
     "Denne stemmekode er allerede brugt til at stemme online; den stemme tæller."},
    {"letter.heading", "Din stemmekode"},
    {"letter.greeting", "Kære {name}"},
    {"letter.body",
     "Du kan stemme i »{process}« i {municipality}. Gå til {url}, og indtast koden nedenfor. "
     "Ingen andre bør se den."},
    {"letter.code_label", "Stemmekode"},
    {"letter.keep",
     "Gem brevet: med samme kode kan du ændre din stemme, indtil afstemningen slutter. Stemmer du "
     "på papir i stedet, så tag brevet med; så markeres koden som brugt."},
    {"csv.name", "Navn"},
    {"csv.address", "Adresse"},
    {"csv.district", "Distrikt"},
    {"csv.code", "Stemmekode"},
};

}  // namespace

std::span<const Message> roll_messages_da() {
  return kMessages;
}

}  // namespace sammen
