// Intent: what the resident asked for in one frame, with its own data.
//
// Screens return at most one; App applies it with the apply() overload of
// its feature (update.h). A new feature adds its line of intents.
#pragma once

#include <variant>

#include "ballots/intents.h"
#include "core/intents.h"
#include "processes/intents.h"
#include "results/intents.h"

namespace sammen::client {

using Intent = std::variant<std::monostate,  // nothing asked
                            SetLanguage, GoTo, Restart, processes::ChooseProcess,
                            ballots::ChooseDistrict, ballots::AddProposal, ballots::RemoveProposal,
                            ballots::Submit, results::JumpToDistrict, FollowRoute>;

// `drawn` unless it asks for nothing; then `intent`.
inline void keep(Intent& intent, Intent drawn) {
  if (!std::holds_alternative<std::monostate>(drawn)) intent = std::move(drawn);
}

}  // namespace sammen::client
