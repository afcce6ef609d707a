// The screens' words about what every screen may say (loading, errors, back), in Danish.
#include "sammen/core/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"loading", "Indlæser …"},
    {"network_error", "Fik ikke kontakt med serveren. Tjek nettet, og prøv igen."},
    {"retry", "Prøv igen"},
    {"back", "‹ Tilbage"},
    {"skip_to_content", "Spring til indholdet"},
    {"language_menu", "Sprog"},
    {"page_title", "{page} – {site}"},
    {"error_title", "Noget gik galt"},
    {"error_summary", "{count, plural, one {Et problem skal rettes} other {# problemer skal rettes}}"},
    {"error_prefix", "Fejl: {message}"},
    {"form_refused", "Formularen blev ikke sendt, fordi den var for gammel eller ikke kom fra dette websted. Intet er ændret. Gå tilbage, indlæs siden igen, og prøv igen."},
    {"front_page", "Til forsiden"},
    {"breadcrumbs", "Du er her"},
    {"canvas_version", "Til den grafiske version"},
    {"simple_version", "Enkel og tilgængelig version"},
};

}  // namespace

std::span<const Message> common_screen_messages_da() {
  return kMessages;
}

}  // namespace sammen
