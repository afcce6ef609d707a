// The screens' words about what every screen may say (loading, errors, back), in Norwegian Bokmål.
#include "sammen/core/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"loading", "Laster …"},
    {"network_error", "Fikk ikke kontakt med serveren. Sjekk nettet og prøv igjen."},
    {"retry", "Prøv igjen"},
    {"back", "‹ Tilbake"},
    {"skip_to_content", "Hopp til innholdet"},
    {"language_menu", "Språk"},
    {"page_title", "{page} – {site}"},
    {"error_title", "Noe gikk galt"},
    {"error_summary", "{count, plural, one {Ett problem må rettes} other {# problemer må rettes}}"},
    {"error_prefix", "Feil: {message}"},
    {"form_refused", "Skjemaet ble ikke sendt fordi det var for gammelt eller ikke kom fra dette nettstedet. Ingenting er endret. Gå tilbake, last inn siden på nytt og prøv igjen."},
    {"front_page", "Til forsiden"},
    {"breadcrumbs", "Du er her"},
    {"canvas_version", "Til den grafiske versjonen"},
    {"simple_version", "Enkel og tilgjengelig versjon"},
};

}  // namespace

std::span<const Message> common_screen_messages_nb() {
  return kMessages;
}

}  // namespace sammen
