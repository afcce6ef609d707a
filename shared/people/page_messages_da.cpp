// The account pages' words in Danish.
#include "sammen/people/page_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"sign_in_title", "Log ind"},
    {"sign_in_intro", "Log ind for at skrive forslag, følge dem og svare på spørgsmål om dem. Du behøver ikke logge ind for at læse forslag eller for at stemme."},
    {"no_account", "Har du ikke en konto endnu?"},
    {"create_account_link", "Opret en konto"},
    {"sign_up_title", "Opret en konto"},
    {"sign_up_intro", "Med en konto kan du skrive forslag sammen med andre og følge, hvad der sker med dem."},
    {"name", "Dit navn"},
    {"name_hint", "Andre ser dette navn på de forslag, du skriver."},
    {"birth_year", "Det år, du blev født"},
    {"birth_year_hint", "Nogle processer er kun for en aldersgruppe, for eksempel ungdomsrådets."},
    {"district", "Din bydel"},
    {"create_account", "Opret kontoen"},
    {"sign_up_received", "Tak. Hvis adressen ikke havde en konto, har den det nu: log ind med den nedenfor."},
    {"have_account", "Har du allerede en konto?"},
    {"signed_in_as", "Du er logget ind som {name}."},
    {"signed_out", "Du er logget ud."},
    {"sign_out_button", "Log ud"},
};

}  // namespace

std::span<const Message> people_page_messages_da() {
  return kMessages;
}

}  // namespace sammen
