#include "sammen/core/error_table.h"

#include <cassert>

#include "sammen/ballots/messages.h"
#include "sammen/core/messages.h"
#include "sammen/credentials/messages.h"
#include "sammen/people/messages.h"
#include "sammen/photos/messages.h"
#include "sammen/processes/messages.h"
#include "sammen/proposals/messages.h"
#include "sammen/results/messages.h"
#include "sammen/rolls/messages.h"
#include "sammen/setup/messages.h"

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
    row(E::kNotYourDistrict, "ballot.not_your_district", 422, ballot_messages),
    row(E::kCodeUsedOnPaper, "voter.used_on_paper", 409, ballot_messages),
    row(E::kTooManyAttempts, "auth.too_many_attempts", 429, core_messages),
    row(E::kSignInRequired, "auth.sign_in_required", 401, people_messages),
    row(E::kSignInFailed, "auth.sign_in_failed", 401, people_messages),
    row(E::kCsrfFailed, "auth.csrf_failed", 403, people_messages),
    row(E::kRoleRequired, "auth.role_required", 403, people_messages),
    row(E::kPasswordChangeRequired, "auth.password_change_required", 403, people_messages),
    row(E::kPasswordWrong, "auth.password_wrong", 403, people_messages),
    row(E::kNameMissing, "account.name_missing", 422, people_messages),
    row(E::kNameTooLong, "account.name_too_long", 422, people_messages),
    row(E::kEmailInvalid, "account.email_invalid", 422, people_messages),
    row(E::kPasswordTooShort, "account.password_too_short", 422, people_messages),
    row(E::kPasswordTooLong, "account.password_too_long", 422, people_messages),
    row(E::kBirthYearInvalid, "account.birth_year_invalid", 422, people_messages),
    row(E::kHomeDistrictUnknown, "account.district_unknown", 422, people_messages),
    row(E::kUnknownPerson, "person.unknown", 404, people_messages),
    row(E::kUnknownRole, "role.unknown", 404, people_messages),
    row(E::kLastAdministrator, "role.last_administrator", 409, people_messages),
    row(E::kUnknownToken, "token.unknown", 404, people_messages),
    row(E::kTooYoung, "eligibility.too_young", 403, process_messages),
    row(E::kTooOld, "eligibility.too_old", 403, process_messages),
    row(E::kBirthYearUnknown, "eligibility.birth_year_unknown", 403, process_messages),
    row(E::kOutsideDistricts, "eligibility.outside_districts", 403, process_messages),
    row(E::kFrozen, "setup.frozen", 409, setup_messages),
    row(E::kFieldEmpty, "setup.field_empty", 422, setup_messages),
    row(E::kTextTooLong, "setup.text_too_long", 422, setup_messages),
    row(E::kBadId, "setup.bad_id", 422, setup_messages),
    row(E::kDuplicateId, "setup.duplicate_id", 409, setup_messages),
    row(E::kBadCurrency, "setup.bad_currency", 422, setup_messages),
    row(E::kBadLanguages, "setup.bad_languages", 422, setup_messages),
    row(E::kDistrictInUse, "setup.district_in_use", 409, setup_messages),
    row(E::kNoMunicipality, "setup.no_municipality", 409, setup_messages),
    row(E::kMunicipalityIdFixed, "setup.municipality_id_fixed", 422, setup_messages),
    row(E::kBadPhases, "setup.bad_phases", 422, setup_messages),
    row(E::kOutOfRange, "setup.out_of_range", 422, setup_messages),
    row(E::kNegativeAmount, "setup.negative_amount", 422, setup_messages),
    row(E::kSetupUnknownDistrict, "setup.unknown_district", 422, setup_messages),
    row(E::kDistrictNotInProcess, "setup.district_not_in_process", 422, setup_messages),
    row(E::kStatusSetByCount, "setup.status_set_by_count", 422, setup_messages),
    row(E::kNoVotingPhase, "setup.no_voting_phase", 409, setup_messages),
    row(E::kNothingOnBallot, "setup.nothing_on_ballot", 409, setup_messages),
    row(E::kRollMissing, "setup.roll_missing", 409, setup_messages),
    row(E::kRollStale, "setup.roll_stale", 409, setup_messages),
    row(E::kNoSuchProposal, "proposal.unknown", 404, setup_messages),
    row(E::kPreviewWhileOpen, "result.preview_while_open", 409, result_messages),
    row(E::kNotAnAmount, "setup.not_an_amount", 422, setup_messages),
    row(E::kNotADate, "setup.not_a_date", 422, setup_messages),
    row(E::kNotAWholeNumber, "setup.not_a_whole_number", 422, setup_messages),
    row(E::kRollTooLarge, "roll.too_large", 413, roll_messages),
    row(E::kRollTooManyLines, "roll.too_many_lines", 422, roll_messages),
    row(E::kRollEmpty, "roll.empty", 422, roll_messages),
    row(E::kRollBadEncoding, "roll.bad_encoding", 422, roll_messages),
    row(E::kRollMissingColumn, "roll.missing_column", 422, roll_messages),
    row(E::kRollColumnCount, "roll.column_count", 422, roll_messages),
    row(E::kRollUnclosedQuote, "roll.unclosed_quote", 422, roll_messages),
    row(E::kRollFieldEmpty, "roll.field_empty", 422, roll_messages),
    row(E::kRollFieldTooLong, "roll.field_too_long", 422, roll_messages),
    row(E::kRollBadBirth, "roll.bad_birth", 422, roll_messages),
    row(E::kRollBirthOutOfRange, "roll.birth_out_of_range", 422, roll_messages),
    row(E::kRollUnknownDistrict, "roll.unknown_district", 422, roll_messages),
    row(E::kRollDuplicate, "roll.duplicate", 422, roll_messages),
    row(E::kRollMoreProblems, "roll.more_problems", 422, roll_messages),
    row(E::kAlreadyUsedOnPaper, "roll.already_used_on_paper", 409, roll_messages),
    row(E::kVotedOnline, "roll.voted_online", 409, roll_messages),
    row(E::kCredentialAlreadyIssued, "credential.already_issued", 409, credential_messages),
    row(E::kCredentialMalformed, "credential.malformed", 422, credential_messages),
    row(E::kReceiptMalformed, "credential.receipt_malformed", 422, credential_messages),
    row(E::kReceiptUnknown, "credential.receipt_unknown", 403, credential_messages),
    row(E::kCredentialProofFailed, "credential.proof_failed", 502, credential_messages),
    row(E::kIdeasClosed, "proposal.ideas_closed", 409, proposal_messages),
    row(E::kNotDraft, "proposal.not_draft", 409, proposal_messages),
    row(E::kEditedMeanwhile, "proposal.edited_meanwhile", 409, proposal_messages),
    row(E::kNotAuthor, "proposal.not_author", 403, proposal_messages),
    row(E::kWrongStage, "proposal.wrong_stage", 409, proposal_messages),
    row(E::kCouncilOnly, "proposal.council_only", 403, proposal_messages),
    row(E::kInviteUnknown, "proposal.invite_unknown", 404, proposal_messages),
    row(E::kTooManyAuthors, "proposal.too_many_authors", 409, proposal_messages),
    row(E::kMergeTarget, "proposal.merge_target", 422, proposal_messages),
    row(E::kPhotoIdInvalid, "proposal.photo_invalid", 422, proposal_messages),
    row(E::kQuestionUnknown, "proposal.question_unknown", 404, proposal_messages),
    row(E::kAlreadyAnswered, "proposal.already_answered", 409, proposal_messages),
    row(E::kAlreadyHidden, "proposal.already_hidden", 409, proposal_messages),
    row(E::kNotHidden, "proposal.not_hidden", 409, proposal_messages),
    row(E::kProgressBackwards, "proposal.progress_backwards", 422, proposal_messages),
    row(E::kTooManyItems, "proposal.too_many", 409, proposal_messages),
    row(E::kTooManyWrites, "proposal.too_many_writes", 429, proposal_messages),
    row(E::kTitleNeeded, "proposal.incomplete", 422, proposal_messages),
    row(E::kPhotoTooLarge, "photo.too_large", 413, photo_messages),
    row(E::kPhotoNotAnImage, "photo.not_an_image", 415, photo_messages),
    row(E::kPhotoDamaged, "photo.damaged", 422, photo_messages),
    row(E::kPhotoTooManyPixels, "photo.too_many_pixels", 422, photo_messages),
    row(E::kPhotoUnknown, "photo.unknown", 422, photo_messages),
    row(E::kPhotoTooMany, "photo.too_many", 429, photo_messages),
    row(E::kPhotoBusy, "photo.busy", 503, photo_messages),
    row(E::kStorageFailed, "server.storage_failed", 503, core_messages),
    row(E::kServerBusy, "server.busy", 503, core_messages),
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
