// The screens' words about what every screen may say (loading, errors, back), in English.
#include "sammen/core/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"loading", "Loading …"},
    {"network_error", "Could not reach the server. Check your connection and try again."},
    {"retry", "Try again"},
    {"back", "‹ Back"},
    {"skip_to_content", "Skip to the content"},
    {"language_menu", "Language"},
    {"page_title", "{page} – {site}"},
    {"error_title", "Something went wrong"},
    {"error_summary", "{count, plural, one {There is a problem} other {There are # problems}}"},
    {"error_prefix", "Error: {message}"},
    {"form_refused", "The form was not sent because it was too old or did not come from this site. Nothing was changed. Go back, reload the page and try again."},
    {"front_page", "To the front page"},
    {"breadcrumbs", "You are here"},
    {"canvas_version", "To the graphical version"},
    {"simple_version", "Simple, accessible version"},
};

}  // namespace

std::span<const Message> common_screen_messages_en() {
  return kMessages;
}

}  // namespace sammen
