// Freeze: the settings that decide a process's outcome stop changing once
// voting opens.
//
// Voting has opened when the voting phase has started (whether by its date
// or because an administrator opened it, which moves its start to that
// moment), or when voting was closed or the result published. From then on
// the budgets, the ballot format, the counting rule, the rung, who may take
// part, the voting phase itself, the proposals on the ballot (their cost,
// district and status) and the voter roll are frozen: a change to any of
// them is refused with kFrozen naming the setting, said as a sentence that
// tells why. Titles, descriptions and the other phases stay editable.
#pragma once

#include <string_view>
#include <vector>

#include "sammen/core/result.h"
#include "sammen/processes/process.h"

namespace sammen {

// The subjects of kFrozen problems, one per frozen setting.
inline constexpr std::string_view kFrozenBudgets = "budgets";
inline constexpr std::string_view kFrozenBallot = "ballot";
inline constexpr std::string_view kFrozenCountingRule = "counting_rule";
inline constexpr std::string_view kFrozenRung = "rung";
inline constexpr std::string_view kFrozenEligibility = "eligibility";
inline constexpr std::string_view kFrozenVotingPhase = "voting_phase";
inline constexpr std::string_view kFrozenProposals = "proposals";
inline constexpr std::string_view kFrozenRoll = "roll";

// True once voting has opened (see above).
bool settings_frozen(const Process& process, UnixSeconds now);

// One kFrozen problem per frozen setting that differs between `before` and
// `after`; empty when nothing frozen changed (or nothing is frozen yet).
std::vector<Problem> frozen_changes(const Process& before, const Process& after, UnixSeconds now);

// `after`, unless it changes what is frozen in `before` at `now`.
Result<Process> unless_frozen(const Process& before, Process after, UnixSeconds now);

// kFrozen ("roll") once voting has opened: the roll may no longer be replaced.
std::vector<Problem> roll_frozen(const Process& process, UnixSeconds now);

}  // namespace sammen
