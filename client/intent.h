// Intent: what the resident (or a member of staff) asked for in one frame, with its own data.
//
// Screens return at most one; App applies it with the apply() overload of
// its feature (update.h). A new feature adds its line of intents.
#pragma once

#include <variant>

#include "audit/intents.h"
#include "ballots/intents.h"
#include "core/intents.h"
#include "people/intents.h"
#include "processes/intents.h"
#include "results/intents.h"
#include "rolls/intents.h"
#include "setup/intents.h"

namespace sammen::client {

using Intent = std::variant<std::monostate,  // nothing asked
                            SetLanguage, GoTo, Restart, processes::ChooseProcess,
                            ballots::ChooseDistrict, ballots::AddProposal, ballots::RemoveProposal,
                            ballots::Submit, results::JumpToDistrict, FollowRoute,
                            // the staff's console
                            people::OpenConsole, people::SubmitSignIn, people::SignOut,
                            people::SubmitPasswordChange, people::SetRole, setup::OpenProcess,
                            setup::ToggleLanguage, setup::AddDistrictRow, setup::RemoveDistrictRow,
                            setup::SaveMunicipality, setup::ChooseRung, setup::ChooseFormat,
                            setup::ChooseRule, setup::ToggleEligibleDistrict, setup::SaveProcess,
                            setup::EditProposal, setup::ChooseProposalDistrict,
                            setup::ChooseProduction, setup::ChooseStatus, setup::SaveProposal,
                            setup::OpenVoting, setup::CloseVoting, setup::PreviewResult,
                            setup::PublishResult, setup::ShowResult, rolls::PickRollFile,
                            rolls::ImportRoll, rolls::ExportLetters, audit::LoadOlder>;

// `drawn` unless it asks for nothing; then `intent`.
inline void keep(Intent& intent, Intent drawn) {
  if (!std::holds_alternative<std::monostate>(drawn)) intent = std::move(drawn);
}

}  // namespace sammen::client
