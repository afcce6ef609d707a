// The screens' words about importing a voter roll, its census and the letters, in Norwegian Bokmål.
#include "sammen/rolls/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"title", "Manntall"},
    {"help", "Velg en CSV-fil fra regnearket: første linje navngir kolonnene (navn, adresse, fødselsdato eller fødselsår, bydel), så én person per linje. Ingenting importeres før hele filen er i orden."},
    {"pick", "Velg CSV-fil …"},
    {"pick_other", "Velg en annen fil …"},
    {"picked", "Valgt: {name} ({kilobytes} kB)"},
    {"import", "Importer manntallet"},
    {"importing", "Importerer …"},
    {"bad_lines", "Filen ble ikke importert. {count, plural, one {Ett problem} other {# problemer}} må rettes i regnearket først:"},
    {"letters_ready", "Importert. {count, plural, one {Ett brev} other {# brev}} med stemmekode er klare. Lagre dem nå: kodene finnes ikke noe annet sted, og en ny import lager nye."},
    {"save_csv", "Lagre brevene som regneark (CSV)"},
    {"save_html", "Lagre brevene for utskrift"},
    {"summary", "{lines, plural, one {# person} other {# personer}} i filen, {voters, plural, one {# fikk} other {# fikk}} stemmekode"},
    {"left_out", "Ikke med: {young} for unge, {old} for gamle, {outside} bor utenfor bydelene som deltar."},
    {"used_on_paper", "{count, plural, one {# kode} other {# koder}} brukt på papir."},
    {"census_year", "Alder regnet i {year}, per bydel og aldersgruppe:"},
    {"district_total", "{district}: {count}"},
    {"band", "{band} år: {count}"},
    {"none_yet", "Det er ikke importert noe manntall ennå."},
};

}  // namespace

std::span<const Message> roll_screen_messages_nb() {
  return kMessages;
}

}  // namespace sammen
