#include "api.h"

#include <cctype>
#include <cstdio>
#include <string>

namespace sammen::client::api {
namespace {

using wire::Json;

// Percent-encodes an id for a URL path segment.
std::string segment(std::string_view id) {
  std::string out;
  for (unsigned char c : id) {
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
  return "/api/v1/processes/" + segment(process_id);
}

// Parses `body` and decodes it with `decode`.
template <typename T>
Result<T> decoded(std::string_view body, Result<T> (*decode)(const Json&)) {
  const Result<Json> json = wire::parse(body);
  if (!json) return json.problems();
  return decode(json.value());
}

}  // namespace

platform::HttpRequest list_processes() { return {"GET", "/api/v1/processes", ""}; }

platform::HttpRequest process_detail(std::string_view process_id) {
  return {"GET", process_path(process_id), ""};
}

platform::HttpRequest demo() { return {"GET", "/api/v1/demo", ""}; }

platform::HttpRequest submit_ballot(const wire::BallotSubmission& submission) {
  return {"POST", process_path(submission.ballot.process_id) + "/ballots", wire::encode(submission).dump()};
}

platform::HttpRequest result(std::string_view process_id, Language language) {
  return {"GET", process_path(process_id) + "/result?lang=" + std::string(language_tag(language)), ""};
}

bool succeeded(const platform::HttpResponse& response) {
  return response.status >= 200 && response.status < 300;
}

Result<wire::ProcessList> decode_process_list(std::string_view body) {
  return decoded(body, wire::decode_process_list);
}

Result<wire::DemoCodes> decode_demo(std::string_view body) {
  return decoded(body, wire::decode_demo_codes);
}

Result<wire::BallotReceipt> decode_receipt(std::string_view body) {
  return decoded(body, wire::decode_ballot_receipt);
}

Result<wire::ProcessDetail> decode_process_detail(std::string_view body) {
  return decoded(body, wire::decode_process_detail);
}

Result<ProcessResult> decode_result(std::string_view body) {
  return decoded(body, wire::decode_result);
}

ServerError decode_error(const platform::HttpResponse& response) {
  ServerError error;
  error.status = response.status;
  if (response.status == 0) {
    error.code = "network";
    return error;
  }
  const Result<Json> json = wire::parse(response.body);
  if (json) {
    if (Result<wire::ErrorReport> report = wire::decode_error(json.value())) {
      error.problems = std::move(report).value().problems;
      error.code = std::string(wire_id(error.problems.front().code));
      return error;
    }
    // A code this build does not know (a newer server): keep its own words.
    wire::ErrorWords words = wire::error_words(json.value());
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

}  // namespace sammen::client::api
