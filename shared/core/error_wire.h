// The error envelope: how every failed request is answered on the wire.
//
//   {"version": 1, "error": {"code", "message",
//     "problems": [{"code", "message", "subject", "amount", "limit"}, ...]}}
//
// "code" and "message" of "error" repeat those of the first problem; each
// message is the problem's sentence for the audience, and a client that
// knows the code can say it again in another language from the other fields.
#pragma once

#include <string>
#include <vector>

#include "sammen/core/catalog.h"
#include "sammen/core/json.h"

namespace sammen {

Json error_envelope(const std::vector<Problem>& problems, const Audience& audience);

// One problem as the "problems" list shows it, with its sentence.
Json problem_json(const Problem& problem, const Audience& audience);

// One problem of the "problems" list; its "message" is not read back.
void read(JsonReader& reader, Problem& problem);

// The problems of an error answer, at least one, without their sentences. A
// struct rather than the bare vector, since a Result<std::vector<Problem>>
// could not tell its value from its failure. A problem code this build does
// not know (a newer server) is a kWrongType naming that "code" field;
// error_words() then still has the server's own words.
struct ErrorReport {
  std::vector<Problem> problems;
};
void read(JsonReader& reader, ErrorReport& report);

// The "code" and "message" of an envelope as the server wrote them; empty when absent.
struct ErrorWords {
  std::string code;
  std::string message;
};
ErrorWords error_words(const Json& json);

}  // namespace sammen
