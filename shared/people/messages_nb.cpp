// People in Norwegian Bokmål.
#include "sammen/people/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"auth.sign_in_required", "Logg inn for å gjøre dette."},
    {"auth.sign_in_failed", "E-postadressen eller passordet er feil."},
    {"auth.csrf_failed",
     "Denne forespørselen kom ikke fra Sammens egen side. Last inn siden på nytt og prøv igjen."},
    {"auth.role_required",
     "Bare {subject, select, administrator {en administrator} reviewer {en saksbehandler}"
     " moderator {en moderator} youth_council {et medlem av ungdomsrådet}"
     " resident {en innbygger} other {noen med riktig rolle}} kan gjøre dette."},
    {"auth.password_change_required", "Velg et nytt passord før du gjør noe annet."},
    {"auth.password_wrong", "Det nåværende passordet er feil."},
    {"account.name_missing", "Skriv inn navnet ditt."},
    {"account.name_too_long", "Navnet er for langt (høyst {limit} tegn)."},
    {"account.email_invalid", "Skriv inn en e-postadresse, for eksempel kari@example.no."},
    {"account.password_too_short",
     "Passordet må ha minst {limit} tegn; det har {amount}."},
    {"account.password_too_long", "Passordet er for langt (høyst {limit} byte)."},
    {"account.birth_year_invalid", "Skriv inn året du ble født, fra 1900 til {limit}."},
    {"account.district_unknown", "Velg bydelen din fra listen."},
    {"person.unknown", "Det finnes ingen person med nummer {subject}."},
    {"role.unknown", "Det finnes ingen rolle «{subject}»."},
    {"role.last_administrator",
     "Kommunen må ha minst én administrator, så denne rollen kan ikke fjernes."},
    {"token.unknown", "Det finnes ingen API-nøkkel med nummer {subject}."},
    {"role.resident", "Innbygger"},
    {"role.youth_council", "Medlem av ungdomsrådet"},
    {"role.reviewer", "Saksbehandler"},
    {"role.moderator", "Moderator"},
    {"role.administrator", "Administrator"},
};

}  // namespace

std::span<const Message> people_messages_nb() {
  return kMessages;
}

}  // namespace sammen
