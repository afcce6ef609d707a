// HTTP edge helpers: JSON responses, error bodies and the reader's language.
//
// Every response body of the API is JSON in UTF-8 with
// "Content-Type: application/json; charset=utf-8". Every error body is
// wire::encode_error() of the problems, and its HTTP status follows from the
// first problem's code (http_status()). The language of messages comes from
// ?lang=, else the body's "language", else Accept-Language, else Bokmål.
#pragma once

#include <httplib.h>

#include <optional>
#include <string_view>
#include <vector>

#include "sammen/problem.h"
#include "sammen/wire.h"

namespace sammen::server {

inline constexpr const char* kJsonContentType = "application/json; charset=utf-8";

// The HTTP status for a problem of this kind (4xx for the caller's, 5xx for ours).
int http_status(ErrorCode code);

// Language of ?lang=, else `body_language`, else Accept-Language, else nb.
Language request_language(const httplib::Request& request,
                          std::optional<Language> body_language = std::nullopt);

// The "language" field of a JSON body, when it names a known language.
std::optional<Language> body_language(const wire::Json& body);

void send_json(httplib::Response& response, int status, const wire::Json& body);

// Sends encode_error(problems) with the status of the first problem.
void send_problems(httplib::Response& response, const std::vector<Problem>& problems,
                   Language language, std::string_view currency = "NOK");

// A failure the model has no ErrorCode for (a bug: 500; or an HTTP-level
// refusal of httplib such as 400 or 414), in the same {"error": ...} shape.
void send_http_failure(httplib::Response& response, int status, Language language);

}  // namespace sammen::server
