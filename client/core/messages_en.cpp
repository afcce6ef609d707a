// The client's core words in English.
#include "core/messages.h"

namespace sammen::client {
namespace {

constexpr Message kMessages[] = {
    {"loading", "Loading …"},
    {"network_error", "Could not reach the server. Check your connection and try again."},
    {"retry", "Try again"},
    {"back", "‹ Back"},
};

}  // namespace

std::span<const Message> messages_en() {
  return kMessages;
}

}  // namespace sammen::client
