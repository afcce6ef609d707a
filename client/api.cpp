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

const Json* member(const Json& json, const char* key) {
  if (!json.is_object()) return nullptr;
  auto it = json.find(key);
  return it == json.end() ? nullptr : &*it;
}

std::string string_member(const Json& json, const char* key) {
  const Json* j = member(json, key);
  return j != nullptr && j->is_string() ? j->get<std::string>() : std::string{};
}

bool bool_member(const Json& json, const char* key) {
  const Json* j = member(json, key);
  return j != nullptr && j->is_boolean() && j->get<bool>();
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

Result<std::vector<ProcessSummary>> decode_process_list(std::string_view body) {
  Result<Json> json = wire::parse(body);
  if (!json) return json.problems();
  const Json* list = member(json.value(), "processes");
  if (list == nullptr || !list->is_array()) return Problem{ErrorCode::kMissingField, "processes"};
  std::vector<ProcessSummary> out;
  for (const Json& row : *list) {
    ProcessSummary summary;
    summary.id = string_member(row, "id");
    summary.title = string_member(row, "title");
    summary.voting_open = bool_member(row, "voting_open");
    summary.result_published = bool_member(row, "result_published");
    if (summary.id.empty()) return Problem{ErrorCode::kMissingField, "processes[].id"};
    out.push_back(std::move(summary));
  }
  return out;
}

Result<DemoInfo> decode_demo(std::string_view body) {
  Result<Json> json = wire::parse(body);
  if (!json) return json.problems();
  DemoInfo demo;
  demo.process_id = string_member(json.value(), "process_id");
  if (const Json* codes = member(json.value(), "voter_codes"); codes != nullptr && codes->is_array()) {
    for (const Json& code : *codes) {
      if (code.is_string()) demo.voter_codes.push_back(code.get<std::string>());
    }
  }
  return demo;
}

Result<Receipt> decode_receipt(std::string_view body, std::string_view process_id) {
  Result<Json> json = wire::parse(body);
  if (!json) return json.problems();
  Receipt receipt;
  receipt.replaced = bool_member(json.value(), "replaced");
  const Json* ballot = member(json.value(), "ballot");
  if (ballot == nullptr) return Problem{ErrorCode::kMissingField, "ballot"};
  // The stored ballot has a submission's fields (district_id, proposal_ids).
  Result<wire::BallotSubmission> stored = wire::decode_ballot_submission(*ballot, process_id);
  if (!stored) return stored.problems();
  receipt.ballot = std::move(stored).value().ballot;
  return receipt;
}

Result<wire::ProcessDetail> decode_process_detail(std::string_view body) {
  Result<Json> json = wire::parse(body);
  if (!json) return json.problems();
  return wire::decode_process_detail(json.value());
}

Result<ProcessResult> decode_result(std::string_view body) {
  Result<Json> json = wire::parse(body);
  if (!json) return json.problems();
  return wire::decode_result(json.value());
}

ServerError decode_error(const platform::HttpResponse& response) {
  ServerError error;
  error.status = response.status;
  if (response.status == 0) {
    error.code = "network";
    return error;
  }
  Result<Json> json = wire::parse(response.body);
  const Json* body = json ? member(json.value(), "error") : nullptr;
  if (body == nullptr) {
    error.code = "http." + std::to_string(response.status);
    error.message = "HTTP " + std::to_string(response.status);
    return error;
  }
  error.code = string_member(*body, "code");
  error.message = string_member(*body, "message");
  if (const Json* problems = member(*body, "problems"); problems != nullptr && problems->is_array()) {
    for (const Json& problem : *problems) {
      std::string message = string_member(problem, "message");
      if (!message.empty()) error.details.push_back(std::move(message));
    }
  }
  return error;
}

ServerError decoding_error(const std::vector<Problem>& problems, Language language) {
  ServerError error;
  error.status = 200;
  error.code = std::string(wire_id(problems.front().code));
  for (const Problem& problem : problems) error.details.push_back(sentence(problem, language));
  error.message = error.details.front();
  return error;
}

}  // namespace sammen::client::api
