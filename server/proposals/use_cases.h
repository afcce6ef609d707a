// The proposals use cases: each loads what it needs, asks the model
// (sammen/proposals/), and saves the result with the notices it makes,
// durably, before it answers. Writes run one at a time (a mutex), so a
// save's version check and its write see the same proposal; accepting and
// correcting the cost of an accepted proposal also hold the VotingGate alone
// and write the ballot's proposal in the same transaction. None touches HTTP.
#pragma once

#include <mutex>
#include <string>

#include "core/transactions.h"
#include "core/voting_gate.h"
#include "people/store.h"
#include "processes/store.h"
#include "proposals/store.h"
#include "sammen/proposals/review.h"
#include "sammen/proposals/views.h"

namespace sammen::server::proposals {

struct Stores {
  Store& ideas;
  processes::Store& processes;
  people::Store& people;
  Transactions& transactions;
  VotingGate& voting;
  std::mutex& writes;
};

// Who asks, when, in which language.
struct Asker {
  Actor actor;
  UnixSeconds now = 0;
  Language language = Language::kNorwegianBokmal;
};

// A refused save: its problems and, for kEditedMeanwhile, what changed.
struct SaveRefusal {
  std::vector<Problem> problems;
  std::optional<EditConflict> conflict;
};

Result<IdeaList> list_public(Stores& s, const Asker& a, const std::string& process_id);
Result<IdeaDetail> detail(Stores& s, const Asker& a, const std::string& process_id,
                          const std::string& id);
Result<IdeaDetail> start(Stores& s, const Asker& a, const std::string& process_id,
                         const DraftRequest& request, const std::string& new_id);
// The saved detail, or why not (with the conflict of a stale save).
std::variant<IdeaDetail, SaveRefusal> save(Stores& s, const Asker& a,
                                           const std::string& process_id, const std::string& id,
                                           const SaveRequest& request);

// The name of a transition: what the route asks the model to do.
enum class Step { kSubmit, kAccept, kReject, kCost, kAsk, kAnswer, kHide, kRestore, kProgress, kSupport };
struct StepRequest {
  Step step = Step::kSubmit;
  std::string text;  // reason, question, answer, update text
  Money cost = 0;
  int number = 0;
  bool supports = true;
  ProgressReport progress;
};
Result<IdeaDetail> apply(Stores& s, const Asker& a, const std::string& process_id,
                         const std::string& id, const StepRequest& request);

Result<IdeaDetail> merge_into(Stores& s, const Asker& a, const std::string& process_id,
                              const std::string& id, const std::string& into);

struct Invite {
  std::string code;
  std::string link;
};
Result<Invite> invite(Stores& s, const Asker& a, const std::string& process_id,
                      const std::string& id, const std::string& new_code);
Result<Joined> redeem(Stores& s, const Asker& a, const std::string& code);

Result<MyIdeas> mine(Stores& s, const Asker& a);
Result<MyIdeas> read_notices(Stores& s, const Asker& a, const NoticesRead& request);
Result<FundedWork> funded(Stores& s, const Asker& a);

}  // namespace sammen::server::proposals
