// The client's words about processes in Norwegian Bokmål.
#include "processes/messages.h"

namespace sammen::client::processes {
namespace {

constexpr Message kMessages[] = {
    {"phase", "Fase: {phase}."},
    {"no_phase", "Ingen fase er aktiv nå."},
    {"rung", "Trinn på deltakerstigen: {rung}"},
    {"voting_open", "Avstemningen er åpen."},
    {"cannot_vote", "I denne prosessen kan du lese forslagene, men ikke stemme."},
    {"other_processes", "Andre prosesser"},
};

}  // namespace

std::span<const Message> messages_nb() {
  return kMessages;
}

}  // namespace sammen::client::processes
