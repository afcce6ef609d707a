// The screens' words about what every screen may say (loading, errors, back), in English.
#include "sammen/core/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"loading", "Loading …"},
    {"network_error", "Could not reach the server. Check your connection and try again."},
    {"retry", "Try again"},
    {"back", "‹ Back"},
    {"simple_version", "Simple, accessible version"},
};

}  // namespace

std::span<const Message> common_screen_messages_en() {
  return kMessages;
}

}  // namespace sammen
