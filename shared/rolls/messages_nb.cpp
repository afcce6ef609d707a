// Rolls in Norwegian Bokmål.
#include "sammen/rolls/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"roll.too_large", "Filen er for stor: {amount} byte, høyst {limit}."},
    {"roll.too_many_lines", "Filen har flere enn {limit} personer."},
    {"roll.empty", "Filen har ingen personer i seg."},
    {"roll.bad_encoding",
     "Linje {amount} har tegn som ikke er tekst, eller blander to tegnkodinger; lagre filen som "
     "CSV UTF-8."},
    {"roll.missing_column",
     "Første linje må navngi kolonnene, og kolonnen for {subject, select,"
     " name {navnet} address {adressen} birth {fødselsdatoen eller -året}"
     " district {bydelen} other {«{subject}»}} mangler."},
    {"roll.column_count", "Linje {amount} har {subject} felt; første linje navngir {limit}."},
    {"roll.unclosed_quote", "Linje {amount} åpner et anførselstegn som aldri lukkes."},
    {"roll.field_empty",
     "Linje {amount}: {subject, select, name {navnet mangler} address {adressen mangler}"
     " birth {fødselsdatoen eller -året mangler} district {bydelen mangler}"
     " other {et felt er tomt}}."},
    {"roll.field_too_long", "Linje {amount}: et felt er lengre enn {limit} tegn."},
    {"roll.bad_birth",
     "Linje {amount}: «{subject}» er ikke en fødselsdato eller et fødselsår (skriv 17.04.2009, "
     "2009-04-17 eller 2009)."},
    {"roll.birth_out_of_range",
     "Linje {amount}: fødselsåret {subject} er ikke mellom 1900 og {limit}."},
    {"roll.unknown_district", "Linje {amount}: det finnes ingen bydel «{subject}»."},
    {"roll.duplicate", "Linje {amount} gjentar linje {limit} (samme navn, adresse og fødselsår)."},
    {"roll.more_problems",
     "{amount, plural, one {Én linje til har feil.} other {# linjer til har feil.}}"},
    {"roll.already_used_on_paper", "Denne stemmekoden er allerede merket som brukt på papir."},
    {"roll.voted_online",
     "Denne stemmekoden er allerede brukt til å stemme på nett; den stemmen teller."},
    {"letter.heading", "Stemmekoden din"},
    {"letter.greeting", "Hei, {name}!"},
    {"letter.body",
     "Du kan stemme i «{process}» i {municipality}. Gå til {url} og skriv inn koden nedenfor. "
     "Ingen andre bør se den."},
    {"letter.code_label", "Stemmekode"},
    {"letter.keep",
     "Ta vare på brevet: med samme kode kan du endre stemmen din til avstemningen slutter. Stemmer "
     "du på papir i stedet, ta med brevet; da merkes koden som brukt."},
    {"csv.name", "Navn"},
    {"csv.address", "Adresse"},
    {"csv.district", "Bydel"},
    {"csv.code", "Stemmekode"},
};

}  // namespace

std::span<const Message> roll_messages_nb() {
  return kMessages;
}

}  // namespace sammen
