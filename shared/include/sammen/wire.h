// Wire: the JSON format of the /api/v1 API, shared by server and client.
//
// Both sides encode and decode with these functions, so they cannot disagree.
// Decoders never throw: malformed JSON, a wrong type, a missing field or an
// unknown enum value comes back as a Problem naming the field. Money travels
// as integers in minor units; times as Unix seconds. Every top-level object
// carries "version": kVersion.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "sammen/ballot.h"
#include "sammen/problem.h"
#include "sammen/process.h"
#include "sammen/tally.h"

namespace sammen::wire {

using Json = nlohmann::json;

inline constexpr int kVersion = 1;

// A process as a resident's client sees it: with its municipality (district
// names, currency) and its state at the server's `now`.
struct ProcessDetail {
  Municipality municipality;
  Process process;
  UnixSeconds now = 0;
  std::optional<PhaseKind> phase;
  bool voting_open = false;
};

// What a voter sends to POST /api/v1/processes/{id}/ballots.
struct BallotSubmission {
  std::string voter_code;
  Ballot ballot;
  std::optional<Language> language;
};

// Parses text into JSON; kMalformedJson when it is not.
Result<Json> parse(std::string_view text);

Json encode(const Municipality& municipality);
Json encode(const Proposal& proposal);
Json encode(const Process& process);
Json encode_summary(const Process& process, UnixSeconds now);  // for the process list
Json encode(const ProcessDetail& detail);
Json encode(const BallotSubmission& submission);
Json encode(const Ballot& ballot);
// The result, with each proposal's explanation written out in `language`.
Json encode(const ProcessResult& result, const Process& process, Language language,
            std::string_view currency);
// {"error": {"code", "message", "problems": [{"code", "message", "subject"}...]}}
Json encode_error(const std::vector<Problem>& problems, Language language,
                  std::string_view currency = "NOK");

Result<Municipality> decode_municipality(const Json& json);
Result<Proposal> decode_proposal(const Json& json);
Result<Process> decode_process(const Json& json);
Result<ProcessDetail> decode_process_detail(const Json& json);
Result<ProcessResult> decode_result(const Json& json);
// The ballot's process_id is taken from the URL, not the body.
Result<BallotSubmission> decode_ballot_submission(const Json& json, std::string_view process_id);

}  // namespace sammen::wire
