// The screens' words about processes and the start page, in English.
#include "sammen/processes/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"phase", "Phase: {phase}."},
    {"no_phase", "No phase is active now."},
    {"rung", "Rung on the participation ladder: {rung}"},
    {"voting_open", "Voting is open."},
    {"cannot_vote", "In this process you can read the proposals but not vote."},
    {"other_processes", "Other processes"},
    {"processes_heading", "Processes in {municipality}"},
    {"no_processes", "There are no processes yet."},
    {"districts", "Districts"},
    {"result_published", "The result is published."},
    {"proposal_cost", "Cost: {cost, money}"},
    {"proposal_district", "District: {district}"},
    {"counting", "Voting has closed. The result will be published here once the votes are counted."},
    {"published", "Voting has closed, and the result has been published."},
    {"no_process_yet", "No processes yet"},
    {"no_process_yet_help", "The municipality has not published a process yet. Come back later."},
};

}  // namespace

std::span<const Message> process_screen_messages_en() {
  return kMessages;
}

}  // namespace sammen
