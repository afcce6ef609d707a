// The screens' words about what every screen may say (loading, errors, back), in Danish.
#include "sammen/core/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"loading", "Indlæser …"},
    {"network_error", "Fik ikke kontakt med serveren. Tjek nettet, og prøv igen."},
    {"retry", "Prøv igen"},
    {"back", "‹ Tilbage"},
    {"simple_version", "Enkel og tilgængelig version"},
};

}  // namespace

std::span<const Message> common_screen_messages_da() {
  return kMessages;
}

}  // namespace sammen
