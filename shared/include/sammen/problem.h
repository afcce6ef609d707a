// Problem and Result<T>: expected failures as values.
//
// A Problem names what went wrong with an ErrorCode (stable wire id such as
// "ballot.over_budget") plus the facts a sentence needs; the sentence itself is
// rendered in the reader's language by sentence(). Result<T> holds either a
// value or at least one Problem, never both. Exceptions are for bugs only.
#pragma once

#include <cassert>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "sammen/language.h"

namespace sammen {

enum class ErrorCode {
  // Requests and wire format.
  kMalformedJson,
  kWrongType,
  kMissingField,
  kBodyTooLarge,
  kUnsupportedVersion,
  kNotFound,
  kBadRequest,  // HTTP-level trouble before any field could be read
  // Who may do what.
  kVoterCodeMissing,
  kVoterCodeUnknown,
  kAdminTokenInvalid,
  kRungForbids,
  // Process phases.
  kVotingNotOpen,
  kVotingClosed,
  kResultNotPublished,
  kAlreadyPublished,
  // Ballots.
  kUnknownProcess,
  kUnknownDistrict,
  kUnknownProposal,
  kProposalNotOnBallot,
  kProposalInOtherDistrict,
  kDuplicateProposal,
  kEmptyBallot,
  kTooManyApprovals,
  kOverBudget,
  kUnderMinimumSpend,
  // The server's own trouble (storage failed); never the caller's fault.
  kStorageFailed,
  // A bug in the server; the request may be retried.
  kInternal,  // stays last: kErrorCodeCount counts up to it
};

inline constexpr int kErrorCodeCount = static_cast<int>(ErrorCode::kInternal) + 1;

// A failure with the facts its sentence needs. `subject` is usually an id or a
// name (proposal, district, field); `amount` and `limit` are counts or Money in
// minor units, depending on the code.
struct Problem {
  ErrorCode code;
  std::string subject;
  std::int64_t amount = 0;
  std::int64_t limit = 0;
};

// Stable machine-readable id, e.g. "ballot.over_budget". Never changes once shipped.
std::string_view wire_id(ErrorCode code);
// The code of a wire id; none for an id this build does not know.
std::optional<ErrorCode> error_code_from_wire_id(std::string_view id);

// One sentence for a person, in their language. Money is formatted with
// `currency` (ISO 4217) when the code carries amounts of money.
std::string sentence(const Problem& problem, Language language,
                     std::string_view currency = "NOK");

template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Problem problem) : state_(std::vector<Problem>{std::move(problem)}) {}  // NOLINT
  Result(std::vector<Problem> problems) : state_(std::move(problems)) {  // NOLINT
    assert(!std::get<1>(state_).empty() && "A failed Result needs at least one Problem");
  }

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  const T& value() const& {
    assert(ok() && "value() on a failed Result: check ok() first");
    return std::get<0>(state_);
  }
  T& value() & {
    assert(ok() && "value() on a failed Result: check ok() first");
    return std::get<0>(state_);
  }
  // By value, so `for (auto& x : f().value())` does not outlive a temporary.
  T value() && {
    assert(ok() && "value() on a failed Result: check ok() first");
    return std::get<0>(std::move(state_));
  }
  const std::vector<Problem>& problems() const {
    assert(!ok() && "problems() on a successful Result");
    return std::get<1>(state_);
  }
  const Problem& first_problem() const { return problems().front(); }

 private:
  std::variant<T, std::vector<Problem>> state_;
};

}  // namespace sammen
