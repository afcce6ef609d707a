#include "core/http.h"

#include <cctype>
#include <cstdio>

#include "core/say.h"
#include "sammen/core/screen_messages.h"
#include "sammen/core/error_table.h"
#include "sammen/core/error_wire.h"

namespace sammen::client {

std::string percent_encoded(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", c);
      out += buffer;
    }
  }
  return out;
}

std::string process_path(std::string_view process_id) {
  return "/api/v1/processes/" + percent_encoded(process_id);
}

bool succeeded(const platform::HttpResponse& response) {
  return response.status >= 200 && response.status < 300;
}

ServerError server_error(const platform::HttpResponse& response) {
  ServerError error;
  error.status = response.status;
  if (response.status == 0) {
    error.code = "network";
    return error;
  }
  const Result<Json> json = parse_json(response.body);
  if (json) {
    if (Result<ErrorReport> report = decode<ErrorReport>(json.value())) {
      error.problems = std::move(report).value().problems;
      error.code = std::string(wire_id(error.problems.front().code));
      return error;
    }
    // A code this build does not know (a newer server): keep its own words.
    ErrorWords words = error_words(json.value());
    if (!words.message.empty()) {
      error.code = std::move(words.code);
      error.message = std::move(words.message);
      return error;
    }
  }
  error.code = "http." + std::to_string(response.status);
  error.message = "HTTP " + std::to_string(response.status);
  return error;
}

ServerError local_error(const std::vector<Problem>& problems) {
  ServerError error;
  error.status = 200;
  error.code = std::string(wire_id(problems.front().code));
  error.problems = problems;
  return error;
}

std::string error_text(const ServerError& error, Language language, std::string_view currency) {
  if (!error.problems.empty()) return sentence(error.problems.front(), language, currency);
  if (error.code == "network" || error.message.empty())
    return say(common_screen_messages(), "network_error", language);
  return error.message;  // a code this build does not know, in the server's words
}

}  // namespace sammen::client
