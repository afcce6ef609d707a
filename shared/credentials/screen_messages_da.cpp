// The screens' words about the receipt, in Danish.
#include "sammen/credentials/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"receipt", "Din kvittering"},
    {"keep_receipt",
     "Gem denne kvittering: kopiér den, gem den eller skriv den ned. Du skal bruge den for at "
     "ændre din stemme, før afstemningen lukker. Din stemmekode er nu brugt og kan ikke bruges "
     "igen. Ingen andre har kvitteringen, og den siger ikke, hvem du er, så ingen kan give dig "
     "en ny, hvis du mister den."},
    {"mark",
     "Din stemmeseddel står som {mark}, når resultatet er offentliggjort, så du kan tjekke, at "
     "den blev talt med."},
    {"copy", "Kopiér kvitteringen"},
    {"save", "Gem kvitteringen som fil"},
    {"receipt_file",
     "Kvittering for din stemme i {process}: {receipt}\nDin stemmeseddel i den offentliggjorte "
     "liste: {mark}\n"},
    {"server_blinded",
     "Denne side virker uden scripts, så serveren lavede kvitteringen for dig. Det betyder, at "
     "denne server kunne have noteret, hvilken stemmeseddel der hører til hvilken stemmekode. "
     "Versionen med scripts laver kvitteringen i din egen browser, så ikke engang serveren kan "
     "knytte din stemmeseddel til dig."},
    {"server_blinds",
     "Scripts er slået fra eller virker ikke på denne side, så serveren laver kvitteringen for "
     "dig, når du stemmer. I det øjeblik kunne denne server notere, hvilken stemmeseddel der "
     "hører til hvilken stemmekode. Med scripts slået til laver din browser selv kvitteringen, så "
     "ikke engang serveren kan knytte din stemmeseddel til dig."},
    {"browser_blinds",
     "Din browser laver selv kvitteringen, så din stemmeseddel er hemmelig, også for serveren: "
     "intet af det, serveren gemmer, knytter din stemmeseddel til din stemmekode."},
    {"browser_blinded",
     "Din browser lavede selv kvitteringen, så din stemmeseddel er hemmelig, også for serveren: "
     "intet af det, serveren gemmer, knytter din stemmeseddel til din stemmekode."},
};

}  // namespace

std::span<const Message> credential_screen_messages_da() {
  return kMessages;
}

}  // namespace sammen
