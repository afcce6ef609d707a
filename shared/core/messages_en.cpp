// Core messages in English: request and server errors, list patterns.
#include "sammen/core/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"request.malformed_json", "The request is not valid JSON."},
    {"request.wrong_type", "The field \"{subject}\" has the wrong type."},
    {"request.missing_field", "The field \"{subject}\" is missing."},
    {"request.body_too_large",
     "The request is too large (the limit is {limit, plural, one {# byte} other {# bytes}})."},
    {"request.unsupported_version",
     "Version {amount} of the format is not supported; use version {limit}."},
    {"request.not_found", "Nothing was found at \"{subject}\"."},
    {"request.bad_request", "The server did not understand the request."},
    {"admin.token_invalid", "This needs a valid administrator token."},
    {"auth.too_many_attempts",
     "Too many failed attempts. Try again in {amount, plural, one {# second} other {# seconds}}."},
    {"server.storage_failed",
     "The server could not store this. Nothing was changed; please try again."},
    {"server.busy",
     "The server is busy checking other sign-ins. Try again in {amount, plural, one {# second} other {# seconds}}."},
    {"server.internal_error", "Something went wrong on the server. Please try again later."},
    {"list.end", "{head} and {tail}"},
    {"list.middle", "{head}, {tail}"},
};

}  // namespace

std::span<const Message> core_messages_en() {
  return kMessages;
}

}  // namespace sammen
