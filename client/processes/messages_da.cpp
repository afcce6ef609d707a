// The client's words about processes in Danish.
#include "processes/messages.h"

namespace sammen::client::processes {
namespace {

constexpr Message kMessages[] = {
    {"phase", "Fase: {phase}."},
    {"no_phase", "Ingen fase er aktiv nu."},
    {"rung", "Trin på deltagelsesstigen: {rung}"},
    {"voting_open", "Afstemningen er åben."},
    {"cannot_vote", "I denne proces kan du læse forslagene, men ikke stemme."},
    {"other_processes", "Andre processer"},
};

}  // namespace

std::span<const Message> messages_da() {
  return kMessages;
}

}  // namespace sammen::client::processes
