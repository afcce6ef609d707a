// Credentials in Danish.
#include "sammen/credentials/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"credential.already_issued",
     "Denne stemmekode er allerede brugt til at stemme. Vil du ændre din stemme, så skriv den "
     "kvittering, du fik dengang, i stedet for koden."},
    {"credential.malformed", "Legitimationen i forespørgslen kan ikke læses af serveren."},
    {"credential.receipt_malformed",
     "Kvitteringen er ikke skrevet rigtigt. Tjek, at alle 48 tegn er med."},
    {"credential.receipt_unknown", "Denne kvittering hører ikke til denne afstemning."},
    {"credential.proof_failed",
     "Serverens svar kunne ikke kontrolleres, så din stemme blev ikke sendt. Prøv igen, og sig "
     "det til kommunen, hvis det sker igen."},
};

}  // namespace

std::span<const Message> credential_messages_da() {
  return kMessages;
}

}  // namespace sammen
