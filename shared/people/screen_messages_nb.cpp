// The screens' words about signing in, the password and people with their roles, in Norwegian Bokmål.
#include "sammen/people/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"sign_in", "Logg inn"},
    {"console", "Konsoll"},
    {"sign_in_title", "Logg inn for ansatte"},
    {"sign_in_intro", "Her logger kommunens ansatte inn for å sette opp prosesser, manntall og resultater. Du trenger ikke logge inn for å stemme."},
    {"email", "E-postadresse"},
    {"password", "Passord"},
    {"signing_in", "Logger inn …"},
    {"signed_in_as", "Logget inn som {name} ({email})"},
    {"roles", "Roller: {roles, list}"},
    {"no_roles", "Ingen roller ennå."},
    {"change_password", "Bytt passord"},
    {"sign_out", "Logg ut"},
    {"password_title", "Bytt passord"},
    {"password_forced", "Du logget inn med et engangspassord. Velg ditt eget passord før du gjør noe annet."},
    {"password_rule", "Det nye passordet må ha minst {count} tegn."},
    {"current_password", "Nåværende passord"},
    {"new_password", "Nytt passord"},
    {"save_password", "Lagre nytt passord"},
    {"saving", "Lagrer …"},
    {"people_title", "Personer og roller"},
    {"people_intro", "Alle med en konto. Trykk på en rolle for å gi den eller ta den bort; endringen står i revisjonsloggen."},
    {"loading", "Laster …"},
};

}  // namespace

std::span<const Message> people_screen_messages_nb() {
  return kMessages;
}

}  // namespace sammen
