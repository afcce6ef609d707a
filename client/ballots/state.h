// What the client knows of the resident's ballot: the district, the ballot
// being built (a sammen::Ballot, so the model validates it), the voter code
// as typed, the one-time credential (the receipt) once the resident has it
// or while it is being fetched, and what became of the last submission.
#pragma once

#include <optional>
#include <string>

#include "core/http.h"
#include "core/intents.h"
#include "sammen/ballots/views.h"
#include "sammen/credentials/receipt.h"
#include "sammen/credentials/wire.h"

namespace sammen::client::ballots {

inline constexpr ScreenId kDistrictScreen = "district";
inline constexpr ScreenId kBallotScreen = "ballot";
inline constexpr ScreenId kSubmitScreen = "submit";
inline constexpr ScreenId kConfirmationScreen = "confirmation";

// A credential being fetched: the private token and blind never leave the
// tab; the server sees only the blinded element.
struct PendingCredential {
  std::array<unsigned char, credentials::kTokenBytes> token{};
  credentials::Scalar blind;
  credentials::Element blinded;
  std::string voter_code;           // as sent; never kept across a reload
  std::optional<ProcessKeys> keys;  // the process's public keys, fetched first
};

struct State {
  std::string district_id;  // chosen district, empty until chosen
  Ballot ballot;
  std::string voter_code;
  std::optional<PendingCredential> pending;
  std::string credential;  // the receipt as text, once the resident has one
  bool submitting = false;
  std::optional<BallotReceipt> receipt;  // set when the server stored the ballot
  std::optional<ServerError> submit_error;
};

}  // namespace sammen::client::ballots
