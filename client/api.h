// Api: the client's requests to /api/v1 and the decoding of their answers.
//
// Every request body and every answer goes through the model's wire functions
// (shared/), so client and server read the same format; nothing is read by
// hand here. Nothing throws.
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

Result<wire::ProcessList> decode_process_list(std::string_view body);
Result<wire::DemoCodes> decode_demo(std::string_view body);
Result<wire::BallotReceipt> decode_receipt(std::string_view body);
Result<wire::ProcessDetail> decode_process_detail(std::string_view body);
Result<ProcessResult> decode_result(std::string_view body);

// The error an answer carries; code "network" when none came.
ServerError decode_error(const platform::HttpResponse& response);
// An error made of problems found here: in a 2xx answer, or in the ballot
// before sending it.
ServerError local_error(const std::vector<Problem>& problems);

}  // namespace sammen::client::api
