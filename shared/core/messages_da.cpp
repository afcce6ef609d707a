// Core messages in Danish: request and server errors, list patterns.
#include "sammen/core/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"request.malformed_json", "Forespørgslen er ikke gyldig JSON."},
    {"request.wrong_type", "Feltet »{subject}« har forkert type."},
    {"request.missing_field", "Feltet »{subject}« mangler."},
    {"request.body_too_large", "Forespørgslen er for stor (grænsen er {limit} byte)."},
    {"request.unsupported_version",
     "Version {amount} af formatet understøttes ikke; brug version {limit}."},
    {"request.not_found", "Fandt ikke »{subject}«."},
    {"request.bad_request", "Serveren forstod ikke forespørgslen."},
    {"admin.token_invalid", "Dette kræver en gyldig administratornøgle."},
    {"auth.too_many_attempts",
     "For mange mislykkede forsøg. Prøv igen om {amount, plural, one {# sekund} other {# sekunder}}."},
    {"server.storage_failed", "Serveren kunne ikke gemme dette. Intet blev ændret; prøv igen."},
    {"server.busy",
     "Serveren har travlt med at kontrollere andre login. Prøv igen om {amount, plural, one {# sekund} other {# sekunder}}."},
    {"server.internal_error", "Noget gik galt på serveren. Prøv igen senere."},
    {"list.end", "{head} og {tail}"},
    {"list.middle", "{head}, {tail}"},
};

}  // namespace

std::span<const Message> core_messages_da() {
  return kMessages;
}

}  // namespace sammen
