// People in Danish.
#include "sammen/people/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"auth.sign_in_required", "Log ind for at gøre dette."},
    {"auth.sign_in_failed", "E-mailadressen eller adgangskoden er forkert."},
    {"auth.csrf_failed",
     "Denne forespørgsel kom ikke fra Sammens egen side. Genindlæs siden, og prøv igen."},
    {"auth.role_required",
     "Kun {subject, select, administrator {en administrator} reviewer {en sagsbehandler}"
     " moderator {en moderator} youth_council {et medlem af ungdomsrådet}"
     " resident {en borger} other {en med den rette rolle}} kan gøre dette."},
    {"auth.password_change_required", "Vælg en ny adgangskode, før du gør noget andet."},
    {"auth.password_wrong", "Den nuværende adgangskode er forkert."},
    {"account.name_missing", "Skriv dit navn."},
    {"account.name_too_long", "Navnet er for langt (højst {limit} tegn)."},
    {"account.email_invalid", "Skriv en e-mailadresse, for eksempel karen@example.dk."},
    {"account.password_too_short",
     "Adgangskoden skal have mindst {limit} tegn; den har {amount}."},
    {"account.password_too_long", "Adgangskoden er for lang (højst {limit} byte)."},
    {"account.birth_year_invalid", "Skriv det år, du blev født, fra 1900 til {limit}."},
    {"account.district_unknown", "Vælg dit distrikt på listen."},
    {"person.unknown", "Der findes ingen person med nummer {subject}."},
    {"role.unknown", "Der findes ingen rolle »{subject}«."},
    {"role.last_administrator",
     "Kommunen skal have mindst én administrator, så denne rolle kan ikke fjernes."},
    {"token.unknown", "Der findes ingen API-nøgle med nummer {subject}."},
    {"role.resident", "Borger"},
    {"role.youth_council", "Medlem af ungdomsrådet"},
    {"role.reviewer", "Sagsbehandler"},
    {"role.moderator", "Moderator"},
    {"role.administrator", "Administrator"},
};

}  // namespace

std::span<const Message> people_messages_da() {
  return kMessages;
}

}  // namespace sammen
