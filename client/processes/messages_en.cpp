// The client's words about processes in English.
#include "processes/messages.h"

namespace sammen::client::processes {
namespace {

constexpr Message kMessages[] = {
    {"phase", "Phase: {phase}."},
    {"no_phase", "No phase is active now."},
    {"rung", "Rung on the participation ladder: {rung}"},
    {"voting_open", "Voting is open."},
    {"cannot_vote", "In this process you can read the proposals but not vote."},
    {"other_processes", "Other processes"},
};

}  // namespace

std::span<const Message> messages_en() {
  return kMessages;
}

}  // namespace sammen::client::processes
