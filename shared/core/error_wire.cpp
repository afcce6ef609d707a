#include "sammen/core/error_wire.h"

#include "sammen/core/error_table.h"

namespace sammen {
namespace {

// The error table's wire ids, in the shape JsonReader reads enums with.
struct ErrorIds {
  std::optional<ErrorCode> parse(std::string_view id) const { return error_code_from_wire_id(id); }
};

// The "error" object of the envelope.
struct ErrorBody {
  std::vector<Problem> problems;
};

void read(JsonReader& reader, ErrorBody& body) {
  reader.required("problems", body.problems);
  if (body.problems.empty()) reader.problem(ErrorCode::kMissingField, reader.name("problems"));
}

}  // namespace

Json problem_json(const Problem& problem, const Audience& audience) {
  return {{"code", wire_id(problem.code)},
          {"message", sentence(problem, audience)},
          {"subject", problem.subject},
          {"amount", problem.amount},
          {"limit", problem.limit}};
}

void read(JsonReader& reader, Problem& problem) {
  problem.code = ErrorCode::kInternal;
  reader.required("code", problem.code, ErrorIds{});
  reader.required("subject", problem.subject);
  reader.optional("amount", problem.amount);
  reader.optional("limit", problem.limit);
}

Json error_envelope(const std::vector<Problem>& problems, const Audience& audience) {
  Json list = Json::array();
  for (const Problem& problem : problems) list.push_back(problem_json(problem, audience));
  const Problem& first = problems.front();
  return {{"version", kWireVersion},
          {"error",
           {{"code", wire_id(first.code)},
            {"message", sentence(first, audience)},
            {"problems", list}}}};
}

void read(JsonReader& reader, ErrorReport& report) {
  reader.version_if_sent();  // a client reads errors of older servers too
  ErrorBody body;
  reader.required("error", body);
  report.problems = std::move(body.problems);
}

ErrorWords error_words(const Json& json) {
  ErrorWords words;
  if (!json.is_object() || !json.contains("error") || !json["error"].is_object()) return words;
  const Json& error = json["error"];
  const auto text = [&](const char* key) {
    return error.contains(key) && error[key].is_string() ? error[key].get<std::string>() : "";
  };
  words.code = text("code");
  words.message = text("message");
  return words;
}

}  // namespace sammen
