// The participation ladder (after Arnstein, 1969), Nordic municipal version.
//
// Every process stands on one rung, and the rung gates what residents may do
// there: each rung allows everything the rungs below it allow, and more. Only
// co-decide makes a ballot binding; a ballot on involve or co-create is advice.
#pragma once

#include <string>

#include "sammen/core/enum_table.h"
#include "sammen/core/language.h"

namespace sammen {

enum class Rung { kInform = 1, kConsult = 2, kInvolve = 3, kCoCreate = 4, kCoDecide = 5 };

inline constexpr auto kRungIds = enum_table<Rung>({{Rung::kInform, "inform"},
                                                   {Rung::kConsult, "consult"},
                                                   {Rung::kInvolve, "involve"},
                                                   {Rung::kCoCreate, "co_create"},
                                                   {Rung::kCoDecide, "co_decide"}});

enum class Action { kRead, kComment, kSupport, kAuthor, kPledge, kVote };

// True when a process on `rung` lets residents do `action`.
bool rung_allows(Rung rung, Action action);

// True when the count of a vote on this rung decides the outcome.
bool vote_is_binding(Rung rung);

std::string rung_name(Rung rung, Language language);
// What the rung means for a resident's vote, stated plainly ("Your vote decides ...").
std::string rung_promise(Rung rung, Language language);

}  // namespace sammen
