// Api: the client's requests to /api/v1 and the decoding of their answers.
//
// Process details, ballots and results go through the model's wire functions
// (shared/), so client and server read the same format. The few envelopes the
// model has no decoder for yet (the process list, /demo, a stored-ballot
// receipt and error answers) are read here, without throwing.
#pragma once

#include <string_view>
#include <vector>

#include "app_state.h"
#include "platform.h"
#include "sammen/problem.h"
#include "sammen/wire.h"

namespace sammen::client::api {

platform::HttpRequest list_processes();
platform::HttpRequest process_detail(std::string_view process_id);
platform::HttpRequest demo();
platform::HttpRequest submit_ballot(const wire::BallotSubmission& submission);
platform::HttpRequest result(std::string_view process_id, Language language);

// True for 2xx answers.
bool succeeded(const platform::HttpResponse& response);

Result<std::vector<ProcessSummary>> decode_process_list(std::string_view body);
Result<DemoInfo> decode_demo(std::string_view body);
Result<Receipt> decode_receipt(std::string_view body, std::string_view process_id);
Result<wire::ProcessDetail> decode_process_detail(std::string_view body);
Result<ProcessResult> decode_result(std::string_view body);

// The error an answer carries; code "network" when none came.
ServerError decode_error(const platform::HttpResponse& response);
// An error made from problems found while decoding a 2xx answer.
ServerError decoding_error(const std::vector<Problem>& problems, Language language);

}  // namespace sammen::client::api
