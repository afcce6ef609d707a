// The client's own words, in Norwegian Bokmål, Danish and English.
//
// Only interface text lives here (buttons, headings, hints). Sentences about
// the domain (why a proposal cannot be added, why it won or lost, what the
// ladder rung promises) come from the model in the same three languages.
// "{}" in a text is filled, in order, by fill().
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "sammen/language.h"

namespace sammen::client {

enum class Text {
  kLoading,
  kNetworkError,
  kRetry,
  kBack,
  kPhase,
  kNoPhase,
  kRungLabel,
  kVotingOpen,
  kChooseDistrict,
  kChooseDistrictIntro,
  kBudget,
  kProposalCount,
  kOtherProcesses,
  kProposalsIn,
  kBallotIntroKnapsack,
  kBallotIntroApproval,
  kAdd,
  kRemove,
  kChosen,
  kSpentOfBudget,
  kLeft,
  kMinimumSpend,
  kChosenCount,
  kAtMost,
  kNextVoterCode,
  kYourBallot,
  kTotal,
  kVoterCode,
  kVoterCodeHelp,
  kDemoCodes,
  kDemoIntro,
  kSubmit,
  kSending,
  kStored,
  kReplaced,
  kCanRevote,
  kChangeVote,
  kToStart,
  kSeeResult,
  kResultTitle,
  kResultLoading,
  kFunded,
  kNotFunded,
  kVotes,
  kBallotsCounted,
  kRule,
  kTieBreak,
  kFingerprint,
  kBinding,
  kAdvisory,
  kCannotVote,
};

std::string_view text(Text key, Language language);

// `pattern` with each "{}" replaced by the next argument.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);

// A text with a count in it ({} of kVotes, kBallotsCounted, kProposalCount,
// kChosenCount), in the singular when the count is one.
std::string counted(Text key, std::int64_t count, Language language);

}  // namespace sammen::client
