// Credentials in Bokmål.
#include "sammen/credentials/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"credential.already_issued",
     "Denne stemmekoden er allerede brukt til å stemme. Vil du endre stemmen, skriver du inn "
     "kvitteringen du fikk da, i stedet for koden."},
    {"credential.malformed", "Legitimasjonen i forespørselen kan ikke leses av serveren."},
    {"credential.receipt_malformed",
     "Kvitteringen er ikke skrevet riktig. Sjekk at alle de 48 tegnene er med."},
    {"credential.receipt_unknown", "Denne kvitteringen hører ikke til denne avstemningen."},
    {"credential.proof_failed",
     "Svaret fra serveren kunne ikke kontrolleres, så stemmen din ble ikke sendt. Prøv igjen, og "
     "si fra til kommunen hvis det skjer igjen."},
};

}  // namespace

std::span<const Message> credential_messages_nb() {
  return kMessages;
}

}  // namespace sammen
