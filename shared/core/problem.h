// Problem: one expected failure, as facts rather than words.
//
// A Problem names what went wrong with an ErrorCode plus the facts its
// sentence needs: `subject` (usually an id or a field name) and `amount` and
// `limit` (counts, or Money in minor units, depending on the code). Every
// code has one row in the error table (error_table.h): its stable wire id,
// its HTTP status and its sentence in its feature's message catalog.
#pragma once

#include <cstdint>
#include <string>

namespace sammen {

enum class ErrorCode {
  // Requests and the wire format (core).
  kMalformedJson,
  kWrongType,
  kMissingField,
  kBodyTooLarge,
  kUnsupportedVersion,
  kNotFound,
  kBadRequest,  // HTTP-level trouble before any field could be read
  // Who may do what (core and ballots).
  kVoterCodeMissing,
  kVoterCodeUnknown,
  kAdminTokenInvalid,
  // Processes.
  kRungForbids,
  kVotingNotOpen,
  kVotingClosed,
  kUnknownProcess,
  // Results.
  kResultNotPublished,
  kAlreadyPublished,
  // Ballots.
  kUnknownDistrict,
  kUnknownProposal,
  kProposalNotOnBallot,
  kProposalInOtherDistrict,
  kDuplicateProposal,
  kEmptyBallot,
  kTooManyApprovals,
  kOverBudget,
  kUnderMinimumSpend,
  // Why one more proposal cannot be added (never sent by the server: a
  // ballot that breaks a limit is kOverBudget or kTooManyApprovals).
  kNotEnoughLeft,   // amount: the proposal's cost, limit: the money left
  kNoChoicesLeft,   // amount: proposals chosen, limit: the most allowed
  kNotYourDistrict,
  kCodeUsedOnPaper,
  // Attempts (core): too many failures from one address or on one account.
  kTooManyAttempts,
  // People: who is asking, and their account.
  kSignInRequired,
  kSignInFailed,
  kCsrfFailed,
  kRoleRequired,
  kPasswordChangeRequired,
  kPasswordWrong,
  kNameMissing,
  kNameTooLong,
  kEmailInvalid,
  kPasswordTooShort,
  kPasswordTooLong,
  kBirthYearInvalid,
  kHomeDistrictUnknown,
  kUnknownPerson,
  kUnknownRole,
  kLastAdministrator,
  kUnknownToken,
  // Eligibility: who may take part in a process.
  kTooYoung,
  kTooOld,
  kBirthYearUnknown,
  kOutsideDistricts,
  // Setup: the municipality, its processes and proposals.
  kFrozen,
  kFieldEmpty,
  kTextTooLong,
  kBadId,
  kDuplicateId,
  kBadCurrency,
  kBadLanguages,
  kDistrictInUse,
  kNoMunicipality,
  kMunicipalityIdFixed,
  kBadPhases,
  kOutOfRange,
  kNegativeAmount,
  kSetupUnknownDistrict,
  kDistrictNotInProcess,
  kStatusSetByCount,
  kNoVotingPhase,
  kNothingOnBallot,
  kRollMissing,
  kRollStale,
  kNoSuchProposal,
  kPreviewWhileOpen,
  // What a form's field holds is not what it asks for (never sent by the
  // server: the client reads its forms with these before sending).
  kNotAnAmount,
  kNotADate,
  kNotAWholeNumber,
  // Rolls: the voter roll, its import and its codes.
  kRollTooLarge,
  kRollTooManyLines,
  kRollEmpty,
  kRollBadEncoding,
  kRollMissingColumn,
  kRollColumnCount,
  kRollUnclosedQuote,
  kRollFieldEmpty,
  kRollFieldTooLong,
  kRollBadBirth,
  kRollBirthOutOfRange,
  kRollUnknownDistrict,
  kRollDuplicate,
  kRollMoreProblems,
  kAlreadyUsedOnPaper,
  kVotedOnline,
  // Credentials: the one-time voting credential and its receipt.
  kCredentialAlreadyIssued,
  kCredentialMalformed,
  kReceiptMalformed,
  kReceiptUnknown,
  kCredentialProofFailed,  // the browser could not verify the server's proof (never sent)
  // Proposals: the life of a proposal, from draft to done.
  kIdeasClosed,
  kNotDraft,
  kEditedMeanwhile,
  kNotAuthor,
  kWrongStage,
  kCouncilOnly,
  kInviteUnknown,
  kTooManyAuthors,
  kMergeTarget,
  kPhotoIdInvalid,
  kQuestionUnknown,
  kAlreadyAnswered,
  kAlreadyHidden,
  kNotHidden,
  kProgressBackwards,
  kTooManyItems,
  kTooManyWrites,
  kTitleNeeded,
  // Photos: an upload that is not a picture Sammen keeps, and the line they wait in.
  kPhotoTooLarge,
  kPhotoNotAnImage,
  kPhotoDamaged,
  kPhotoTooManyPixels,
  kPhotoUnknown,
  kPhotoTooMany,  // amount: seconds to wait
  kPhotoBusy,     // amount: seconds to come back
  // The server's own trouble (storage failed); never the caller's fault.
  kStorageFailed,
  // Too many expensive checks (Argon2id) waiting already; amount: seconds to come back.
  kServerBusy,
  // A bug in the server; the request may be retried.
  kInternal,
};

struct Problem {
  ErrorCode code;
  std::string subject;
  std::int64_t amount = 0;
  std::int64_t limit = 0;
};

}  // namespace sammen
