// The screens' words about the receipt, in Bokmål.
#include "sammen/credentials/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"receipt", "Kvitteringen din"},
    {"keep_receipt",
     "Ta vare på denne kvitteringen: kopier den, lagre den eller skriv den ned. Du trenger den "
     "for å endre stemmen før avstemningen stenger. Stemmekoden din er nå brukt og kan ikke "
     "brukes igjen. Ingen andre har kvitteringen, og den sier ikke hvem du er, så ingen kan gi "
     "deg en ny hvis du mister den."},
    {"mark",
     "Stemmeseddelen din står som {mark} når resultatet er publisert, så du kan sjekke at den ble "
     "talt."},
    {"copy", "Kopier kvitteringen"},
    {"save", "Lagre kvitteringen som fil"},
    {"receipt_file",
     "Kvittering for stemmen din i {process}: {receipt}\nStemmeseddelen din i den publiserte "
     "listen: {mark}\n"},
    {"server_blinded",
     "Denne siden virker uten skript, så serveren laget kvitteringen for deg. Det betyr at denne "
     "serveren kunne ha notert hvilken stemmeseddel som hører til hvilken stemmekode. Versjonen "
     "med skript lager kvitteringen i din egen nettleser, slik at ikke engang serveren kan "
     "knytte stemmeseddelen til deg."},
    {"server_blinds",
     "Skript er slått av eller virker ikke på denne siden, så serveren lager kvitteringen for deg "
     "når du stemmer. I det øyeblikket kunne denne serveren notere hvilken stemmeseddel som hører "
     "til hvilken stemmekode. Med skript slått på lager nettleseren din kvitteringen selv, slik at "
     "ikke engang serveren kan knytte stemmeseddelen til deg."},
    {"browser_blinds",
     "Nettleseren din lager kvitteringen selv, så stemmeseddelen din er hemmelig, også for "
     "serveren: ingenting serveren tar vare på, knytter stemmeseddelen til stemmekoden din."},
    {"browser_blinded",
     "Nettleseren din laget kvitteringen selv, så stemmeseddelen din er hemmelig, også for "
     "serveren: ingenting serveren tar vare på, knytter stemmeseddelen til stemmekoden din."},
};

}  // namespace

std::span<const Message> credential_screen_messages_nb() {
  return kMessages;
}

}  // namespace sammen
