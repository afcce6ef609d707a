// Views: what the proposals API answers and what its requests carry.
//
// A summary is what a list shows; a detail is one idea with its authors,
// history, cost changes, questions and progress, and what the asker may do
// with it now. Requests carry exactly what a client sends.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/proposals/drafting.h"
#include "sammen/proposals/care.h"
#include "sammen/proposals/notice.h"
#include "sammen/proposals/phase_window.h"

namespace sammen {

// The open phase as the screens show it.
struct PhaseNow {
  std::optional<PhaseKind> phase;
  std::optional<UnixSeconds> until;
  std::string until_local;  // "31.03.2028 kl. 23:59", empty without `until`
  TimeZone zone = TimeZone::kOslo;
  std::vector<std::string> can_do;  // sentences
};

PhaseNow phase_now_view(const Process& process, TimeZone zone, UnixSeconds now, Language language);

struct IdeaSummary {
  std::string process_id;
  std::string id;
  std::string title;
  std::string district_id;
  Money cost = 0;
  ProductionForm production = ProductionForm::kMunicipal;
  ProposalStatus stage = ProposalStatus::kDraft;
  std::string authors_label;  // "Kari and Ola", or "the youth council"
  bool council = false;
  bool hidden = false;
  std::string merged_into;
  std::int64_t supporters = 0;
  WorkStatus work = WorkStatus::kNone;
  int percent = 0;
  UnixSeconds changed_at = 0;
};

// What the asker may do with an idea now (each a route of the API).
struct Abilities {
  bool edit = false, submit = false, invite = false, answer = false, support = false;
  bool review = false, moderate = false, progress = false;
};

struct IdeaDetail {
  Idea idea;  // invite_code empty unless the asker may edit; supporters not listed
  ProposalStatus stage = ProposalStatus::kDraft;  // after the count
  std::string authors_label;
  std::int64_t supporters = 0;
  bool supported_by_you = false;
  Abilities can;
  PhaseNow phase;
};

struct IdeaList {
  std::string process_id;
  PhaseNow phase;
  std::vector<IdeaSummary> ideas;
};

struct MyIdeas {
  std::vector<IdeaSummary> ideas;       // the asker's, and the youth council's for members
  std::vector<Notice> notices;          // newest first, at most kMaxNoticesShown
  std::int64_t unread = 0;
};

struct FundedItem {
  IdeaSummary idea;
  std::optional<WorkUpdate> latest;
};
struct FundedWork {
  std::vector<FundedItem> items;
};

IdeaSummary summary_of(const Idea& idea, const Process& process, Language language);
std::string authors_label(const Idea& idea, Language language);
Abilities abilities(const Idea& idea, const Process& process, const Writer& asker,
                    UnixSeconds now);

// Requests.
struct DraftRequest {
  IdeaText text;
  bool council = false;  // only when starting one
};
struct SaveRequest {
  std::int64_t based_on = 0;
  IdeaText text;
};
struct ReasonRequest {
  std::string reason;
};
struct CostRequest {
  Money cost = 0;
  std::string reason;
};
struct MergeRequest {
  std::string into;
};
struct QuestionRequest {
  std::string question;
};
struct AnswerRequest {
  int number = 0;
  std::string answer;
};
struct RedeemRequest {
  std::string code;
};
struct NoticesRead {
  std::vector<std::int64_t> ids;  // empty: all
};
struct SupportRequest {
  bool supports = true;
};
// An answer that names the idea a redeemed code joined.
struct Joined {
  std::string process_id;
  std::string proposal_id;
};

}  // namespace sammen
