// Http: the client's requests to /api/v1, and what their answers say.
//
// Every body goes through the model's wire mapping (shared/), so client and
// server read the same format; nothing is read by hand here, nothing throws.
// An error keeps the problems, not sentences, so a screen says it in the
// language chosen when it is drawn.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/platform.h"
#include "sammen/core/json.h"
#include "sammen/core/language.h"

namespace sammen::client {

// An error: the server's answer ({"error": ...}), problems found in a 2xx
// answer or in the ballot before sending, or a failed connection (status 0).
struct ServerError {
  int status = 0;
  std::string code;               // wire id of the first problem; "network" when no answer
  std::vector<Problem> problems;  // empty for "network" and for codes this build does not know
  std::string message;            // the server's own sentence; only for codes we do not know
};

// `text` with every byte but letters, digits and -_.~ percent-encoded.
std::string percent_encoded(std::string_view text);
// "/api/v1/processes/" and the id, percent-encoded.
std::string process_path(std::string_view process_id);

// True for 2xx answers.
bool succeeded(const platform::HttpResponse& response);

// The error an answer carries; code "network" when none came.
ServerError server_error(const platform::HttpResponse& response);
// An error made of problems found here: in a 2xx answer, or in the ballot
// before sending it.
ServerError local_error(const std::vector<Problem>& problems);

// The value of a 2xx answer; otherwise nothing, with `error` set to why.
template <typename T>
std::optional<T> answer_value(const platform::HttpResponse& response,
                              std::optional<ServerError>& error) {
  if (!succeeded(response)) {
    error = server_error(response);
    return std::nullopt;
  }
  Result<T> value = decode_body<T>(response.body);
  if (!value.ok()) {
    error = local_error(value.problems());
    return std::nullopt;
  }
  return std::move(value).value();
}

// The sentence of an error's first problem, rendered now in `language` (so
// it follows a change of language); the server's own words for a code this
// build does not know; ours when no answer came.
std::string error_text(const ServerError& error, Language language, std::string_view currency);

}  // namespace sammen::client
