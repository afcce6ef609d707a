// The screens' words about signing in, the password and people with their roles, in Danish.
#include "sammen/people/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"sign_in", "Log ind"},
    {"console", "Konsol"},
    {"sign_in_title", "Log ind for medarbejdere"},
    {"sign_in_intro", "Her logger kommunens medarbejdere ind for at sætte processer, valglister og resultater op. Du behøver ikke logge ind for at stemme."},
    {"email", "E-mailadresse"},
    {"password", "Adgangskode"},
    {"signing_in", "Logger ind …"},
    {"signed_in_as", "Logget ind som {name} ({email})"},
    {"roles", "Roller: {roles, list}"},
    {"no_roles", "Ingen roller endnu."},
    {"change_password", "Skift adgangskode"},
    {"sign_out", "Log ud"},
    {"password_title", "Skift adgangskode"},
    {"password_forced", "Du loggede ind med en engangskode. Vælg din egen adgangskode, før du gør noget andet."},
    {"password_rule", "Den nye adgangskode skal have mindst {count} tegn."},
    {"current_password", "Nuværende adgangskode"},
    {"new_password", "Ny adgangskode"},
    {"save_password", "Gem ny adgangskode"},
    {"saving", "Gemmer …"},
    {"people_title", "Personer og roller"},
    {"people_intro", "Alle med en konto. Tryk på en rolle for at give den eller fjerne den; ændringen står i revisionsloggen."},
    {"loading", "Indlæser …"},
};

}  // namespace

std::span<const Message> people_screen_messages_da() {
  return kMessages;
}

}  // namespace sammen
