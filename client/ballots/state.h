// What the client knows of the resident's ballot: the district, the ballot
// being built (a sammen::Ballot, so the model validates it), the voter code
// as typed, and what became of the last submission.
#pragma once

#include <optional>
#include <string>

#include "core/http.h"
#include "core/intents.h"
#include "sammen/ballots/views.h"

namespace sammen::client::ballots {

inline constexpr ScreenId kDistrictScreen = "district";
inline constexpr ScreenId kBallotScreen = "ballot";
inline constexpr ScreenId kSubmitScreen = "submit";
inline constexpr ScreenId kConfirmationScreen = "confirmation";

struct State {
  std::string district_id;  // chosen district, empty until chosen
  Ballot ballot;
  std::string voter_code;
  bool submitting = false;
  std::optional<BallotReceipt> receipt;  // set when the server stored the ballot
  std::optional<ServerError> submit_error;
};

}  // namespace sammen::client::ballots
