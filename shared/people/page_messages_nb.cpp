// The account pages' words in Norwegian Bokmål.
#include "sammen/people/page_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"sign_in_title", "Logg inn"},
    {"sign_in_intro", "Logg inn for å skrive forslag, følge dem og svare på spørsmål om dem. Du trenger ikke logge inn for å lese forslag eller for å stemme."},
    {"no_account", "Har du ikke konto ennå?"},
    {"create_account_link", "Lag en konto"},
    {"sign_up_title", "Lag en konto"},
    {"sign_up_intro", "Med en konto kan du skrive forslag sammen med andre og følge hva som skjer med dem."},
    {"name", "Navnet ditt"},
    {"name_hint", "Andre ser dette navnet på forslagene du skriver."},
    {"birth_year", "Året du ble født"},
    {"birth_year_hint", "Noen prosesser er bare for en aldersgruppe, for eksempel ungdomsrådets."},
    {"district", "Bydelen din"},
    {"create_account", "Lag kontoen"},
    {"sign_up_received", "Takk. Hvis adressen ikke hadde en konto, har den det nå: logg inn med den nedenfor."},
    {"have_account", "Har du allerede en konto?"},
    {"signed_in_as", "Du er logget inn som {name}."},
    {"signed_out", "Du er logget ut."},
    {"sign_out_button", "Logg ut"},
};

}  // namespace

std::span<const Message> people_page_messages_nb() {
  return kMessages;
}

}  // namespace sammen
