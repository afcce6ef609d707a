// The client's core words in Danish.
#include "core/messages.h"

namespace sammen::client {
namespace {

constexpr Message kMessages[] = {
    {"loading", "Indlæser …"},
    {"network_error", "Fik ikke kontakt med serveren. Tjek nettet, og prøv igen."},
    {"retry", "Prøv igen"},
    {"back", "‹ Tilbage"},
};

}  // namespace

std::span<const Message> messages_da() {
  return kMessages;
}

}  // namespace sammen::client
