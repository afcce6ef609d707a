// The screens' words about importing a voter roll, its census and the letters, in Danish.
#include "sammen/rolls/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"title", "Valgliste"},
    {"help", "Vælg en CSV-fil fra regnearket: første linje navngiver kolonnerne (navn, adresse, fødselsdato eller fødselsår, bydel), så én person pr. linje. Intet importeres, før hele filen er i orden."},
    {"pick", "Vælg CSV-fil …"},
    {"pick_other", "Vælg en anden fil …"},
    {"picked", "Valgt: {name} ({kilobytes} kB)"},
    {"import", "Importér valglisten"},
    {"importing", "Importerer …"},
    {"bad_lines", "Filen blev ikke importeret. {count, plural, one {Ét problem} other {# problemer}} skal rettes i regnearket først:"},
    {"letters_ready", "Importeret. {count, plural, one {Ét brev} other {# breve}} med stemmekode er klar. Gem dem nu: koderne findes ingen andre steder, og en ny import laver nye."},
    {"save_csv", "Gem brevene som regneark (CSV)"},
    {"save_html", "Gem brevene til udskrift"},
    {"summary", "{lines, plural, one {# person} other {# personer}} i filen, {voters, plural, one {# fik} other {# fik}} stemmekode"},
    {"left_out", "Ikke med: {young} for unge, {old} for gamle, {outside} bor uden for de bydele, der deltager."},
    {"used_on_paper", "{count, plural, one {# kode} other {# koder}} brugt på papir."},
    {"census_year", "Alder regnet i {year}, pr. bydel og aldersgruppe:"},
    {"district_total", "{district}: {count}"},
    {"band", "{band} år: {count}"},
    {"none_yet", "Der er ikke importeret nogen valgliste endnu."},
};

}  // namespace

std::span<const Message> roll_screen_messages_da() {
  return kMessages;
}

}  // namespace sammen
