// Core messages in Norwegian Bokmål: request and server errors, list patterns.
#include "sammen/core/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"request.malformed_json", "Forespørselen er ikke gyldig JSON."},
    {"request.wrong_type", "Feltet «{subject}» har feil type."},
    {"request.missing_field", "Feltet «{subject}» mangler."},
    {"request.body_too_large", "Forespørselen er for stor (grensen er {limit} byte)."},
    {"request.unsupported_version",
     "Versjon {amount} av formatet støttes ikke; bruk versjon {limit}."},
    {"request.not_found", "Fant ikke «{subject}»."},
    {"request.bad_request", "Serveren forstod ikke forespørselen."},
    {"admin.token_invalid", "Dette krever en gyldig administratornøkkel."},
    {"auth.too_many_attempts",
     "For mange mislykkede forsøk. Prøv igjen om {amount, plural, one {# sekund} other {# sekunder}}."},
    {"server.storage_failed", "Serveren kunne ikke lagre dette. Ingenting ble endret; prøv igjen."},
    {"server.busy",
     "Serveren er opptatt med å sjekke andre innlogginger. Prøv igjen om {amount, plural, one {# sekund} other {# sekunder}}."},
    {"server.internal_error", "Noe gikk galt på serveren. Prøv igjen senere."},
    {"list.end", "{head} og {tail}"},
    {"list.middle", "{head}, {tail}"},
};

}  // namespace

std::span<const Message> core_messages_nb() {
  return kMessages;
}

}  // namespace sammen
