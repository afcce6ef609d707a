// The HTTP adapter: any use case's Result to a status and a JSON body.
//
// Every body is JSON in UTF-8 ("Content-Type: application/json;
// charset=utf-8"). A success is the value's to_json; a failure is the error
// envelope (sammen/core/error_wire.h) with the status of the first problem's
// row in the error table. Messages are in the language of ?lang=, else the
// body's "language", else Accept-Language, else Bokmål. Handlers decode,
// call a use case, and reply(): nothing else.
#pragma once

#include <httplib.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sammen/core/catalog.h"
#include "sammen/core/json.h"
#include "sammen/core/result.h"

namespace sammen::server {

inline constexpr const char* kJsonContentType = "application/json; charset=utf-8";

// Who an answer is for: their language, and the currency amounts in error
// sentences are said in, asked for only when an error is sent.
struct Recipient {
  Language language = Language::kNorwegianBokmal;
  std::function<std::string()> currency = [] { return std::string("NOK"); };
};

// Language of ?lang=, else `body_language`, else Accept-Language, else nb.
Language request_language(const httplib::Request& request,
                          std::optional<Language> body_language = std::nullopt);
Recipient recipient_of(const httplib::Request& request);

// The "language" of a JSON body, when the body is JSON and names one Sammen speaks.
std::optional<Language> body_language(std::string_view body);

void send_json(httplib::Response& response, int status, const Json& body);
// The error envelope of `problems`, with the status of the first (and
// Retry-After when that is kTooManyAttempts, kServerBusy, kPhotoTooMany or kPhotoBusy).
void send_problems(httplib::Response& response, const std::vector<Problem>& problems,
                   const Recipient& recipient);

// The answer to a use case: its value with `status`, or its problems.
template <typename T>
void reply(httplib::Response& response, const Recipient& recipient, const Result<T>& result,
           int status = 200) {
  if (!result.ok()) return send_problems(response, result.problems(), recipient);
  send_json(response, status, Json(result.value()));
}

// The bearer token of the Authorization header, if any.
std::optional<std::string> bearer(const httplib::Request& request);

// Answers httplib's own refusals (no route: 404, too large a body: 413, a
// bad request line) and a handler's exception (a bug: 500) with the error
// envelope too (under /html/ with an error page in the resident's language),
// and limits bodies to `max_body_bytes`.
void install_error_answers(httplib::Server& server, std::size_t max_body_bytes);

}  // namespace sammen::server
