#include "sammen/core/error_table.h"

#include <cassert>

#include "sammen/ballots/messages.h"
#include "sammen/core/messages.h"
#include "sammen/processes/messages.h"
#include "sammen/results/messages.h"

namespace sammen {
namespace {

using E = ErrorCode;

// A row whose sentence is keyed by the wire id, the id a client also sees.
constexpr ErrorRow row(ErrorCode code, std::string_view id, int status, Catalog (*catalog)()) {
  return {code, id, status, catalog, id};
}

constexpr ErrorRow kRows[] = {
    row(E::kMalformedJson, "request.malformed_json", 400, core_messages),
    row(E::kWrongType, "request.wrong_type", 400, core_messages),
    row(E::kMissingField, "request.missing_field", 400, core_messages),
    row(E::kBodyTooLarge, "request.body_too_large", 413, core_messages),
    row(E::kUnsupportedVersion, "request.unsupported_version", 400, core_messages),
    row(E::kNotFound, "request.not_found", 404, core_messages),
    row(E::kBadRequest, "request.bad_request", 400, core_messages),
    row(E::kVoterCodeMissing, "voter.code_missing", 401, ballot_messages),
    row(E::kVoterCodeUnknown, "voter.code_unknown", 403, ballot_messages),
    row(E::kAdminTokenInvalid, "admin.token_invalid", 401, core_messages),
    row(E::kRungForbids, "process.rung_forbids", 403, process_messages),
    row(E::kVotingNotOpen, "process.voting_not_open", 409, process_messages),
    row(E::kVotingClosed, "process.voting_closed", 409, process_messages),
    row(E::kUnknownProcess, "process.unknown", 404, process_messages),
    row(E::kResultNotPublished, "result.not_published", 409, result_messages),
    row(E::kAlreadyPublished, "result.already_published", 409, result_messages),
    row(E::kUnknownDistrict, "ballot.unknown_district", 422, ballot_messages),
    row(E::kUnknownProposal, "ballot.unknown_proposal", 422, ballot_messages),
    row(E::kProposalNotOnBallot, "ballot.proposal_not_on_ballot", 422, ballot_messages),
    row(E::kProposalInOtherDistrict, "ballot.proposal_in_other_district", 422, ballot_messages),
    row(E::kDuplicateProposal, "ballot.duplicate_proposal", 422, ballot_messages),
    row(E::kEmptyBallot, "ballot.empty", 422, ballot_messages),
    row(E::kTooManyApprovals, "ballot.too_many_approvals", 422, ballot_messages),
    row(E::kOverBudget, "ballot.over_budget", 422, ballot_messages),
    row(E::kUnderMinimumSpend, "ballot.under_minimum_spend", 422, ballot_messages),
    row(E::kNotEnoughLeft, "ballot.not_enough_left", 422, ballot_messages),
    row(E::kNoChoicesLeft, "ballot.no_choices_left", 422, ballot_messages),
    row(E::kStorageFailed, "server.storage_failed", 503, core_messages),
    row(E::kInternal, "server.internal_error", 500, core_messages),
};

}  // namespace

std::span<const ErrorRow> error_table() {
  return kRows;
}

const ErrorRow& error_row(ErrorCode code) {
  for (const ErrorRow& row : kRows) {
    if (row.code == code) return row;
  }
  assert(false && "An ErrorCode without a row: add it to the error table");
  return kRows[std::size(kRows) - 1];
}

std::string_view wire_id(ErrorCode code) {
  return error_row(code).wire_id;
}

std::optional<ErrorCode> error_code_from_wire_id(std::string_view id) {
  for (const ErrorRow& row : kRows) {
    if (row.wire_id == id) return row.code;
  }
  return std::nullopt;
}

int http_status(ErrorCode code) {
  return error_row(code).http_status;
}

std::string sentence(const Problem& problem, const Audience& audience) {
  const ErrorRow& row = error_row(problem.code);
  return render(row.catalog(), row.message,
                {{"subject", problem.subject},
                 {"amount", problem.amount},
                 {"limit", problem.limit},
                 {"excess", problem.amount - problem.limit}},
                audience);
}

std::string sentence(const Problem& problem, Language language, std::string_view currency) {
  return sentence(problem, Audience{language, currency});
}

}  // namespace sammen
