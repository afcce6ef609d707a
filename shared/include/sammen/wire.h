// Wire: the JSON format of the /api/v1 API, shared by server and client.
//
// Both sides encode and decode with these functions, so they cannot disagree.
// Decoders never throw: malformed JSON, a wrong type, a missing field or an
// unknown enum value comes back as a Problem naming the field. Money travels
// as integers in minor units; times as Unix seconds. Every top-level object
// carries "version": kVersion. The values themselves are in wire_values.h.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sammen/ballot.h"
#include "sammen/problem.h"
#include "sammen/process.h"
#include "sammen/tally.h"
#include "sammen/wire_values.h"

namespace sammen::wire {

using Json = nlohmann::json;

inline constexpr int kVersion = 1;

// Parses text into JSON; kMalformedJson when it is not.
Result<Json> parse(std::string_view text);

Json encode(const Municipality& municipality);
Json encode(const Proposal& proposal);
Json encode(const Process& process);
Json encode(const ProcessSummary& summary);  // a row of the list; no "version"
Json encode(const ProcessList& list);
Json encode(const ProcessDetail& detail);
Json encode(const DemoCodes& demo);
Json encode(const BallotSubmission& submission);
Json encode(const Ballot& ballot);
Json encode(const BallotReceipt& receipt);  // with "status": "stored"
// The result, with the names of its rule and tie-break ("rule_name",
// "tie_break_name") and each proposal's explanation written out in
// `language`. Decoders ignore these texts: they follow from the rest.
Json encode(const ProcessResult& result, const Process& process, Language language,
            std::string_view currency);
// {"version", "error": {"code", "message",
//                       "problems": [{"code", "message", "subject", "amount", "limit"}...]}}
// "code" and "message" of "error" repeat those of the first problem. Each
// message is sentence() in `language`; a client that knows the code can
// render it again in another language from the other fields.
Json encode_error(const std::vector<Problem>& problems, Language language,
                  std::string_view currency = "NOK");

Result<Municipality> decode_municipality(const Json& json);
Result<Proposal> decode_proposal(const Json& json);
Result<Process> decode_process(const Json& json);
Result<ProcessSummary> decode_process_summary(const Json& json);
Result<ProcessList> decode_process_list(const Json& json);
Result<ProcessDetail> decode_process_detail(const Json& json);
Result<DemoCodes> decode_demo_codes(const Json& json);
Result<BallotReceipt> decode_ballot_receipt(const Json& json);
Result<ProcessResult> decode_result(const Json& json);
// The ballot's process_id is taken from the URL, not the body.
Result<BallotSubmission> decode_ballot_submission(const Json& json, std::string_view process_id);
// The problems of an error envelope. A problem code this build does not know
// (a newer server) is a kWrongType naming that "code" field; error_words()
// then still has the server's own words.
Result<ErrorReport> decode_error(const Json& json);

// The "code" and "message" of an error envelope as the server wrote them;
// empty when absent. Only for showing an error whose code decode_error()
// does not know.
struct ErrorWords {
  std::string code;
  std::string message;
};
ErrorWords error_words(const Json& json);

}  // namespace sammen::wire
