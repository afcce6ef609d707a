// The client's core words in Norwegian Bokmål.
#include "core/messages.h"

namespace sammen::client {
namespace {

constexpr Message kMessages[] = {
    {"loading", "Laster …"},
    {"network_error", "Fikk ikke kontakt med serveren. Sjekk nettet og prøv igjen."},
    {"retry", "Prøv igjen"},
    {"back", "‹ Tilbake"},
};

}  // namespace

std::span<const Message> messages_nb() {
  return kMessages;
}

std::string say(const Catalog& catalog, std::string_view key, Language language, MessageArgs args,
                std::string_view currency) {
  return render(catalog, key, args, {language, currency});
}

}  // namespace sammen::client
