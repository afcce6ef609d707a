// The screens' words about what every screen may say (loading, errors, back), in Norwegian Bokmål.
#include "sammen/core/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"loading", "Laster …"},
    {"network_error", "Fikk ikke kontakt med serveren. Sjekk nettet og prøv igjen."},
    {"retry", "Prøv igjen"},
    {"back", "‹ Tilbake"},
    {"simple_version", "Enkel og tilgjengelig versjon"},
};

}  // namespace

std::span<const Message> common_screen_messages_nb() {
  return kMessages;
}

}  // namespace sammen
