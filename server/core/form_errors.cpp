#include "core/form_errors.h"

#include "core/html.h"
#include "core/page.h"
#include "sammen/core/screen_messages.h"

namespace sammen::server {

std::string error_summary(const std::vector<FieldError>& errors, const Audience& audience) {
  std::string html =
      "<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\">"
      "<h2 id=\"error-summary-title\" tabindex=\"-1\" autofocus>" +
      words(common_screen_messages(), "error_summary", audience,
            {{"count", static_cast<std::int64_t>(errors.size())}}) +
      "</h2><ul>";
  for (const FieldError& error : errors) {
    html += "<li>";
    html += error.field_id.empty()
                ? escape(error.message)
                : "<a href=\"#" + escape(error.field_id) + "\">" + escape(error.message) + "</a>";
    html += "</li>";
  }
  return html + "</ul></div>";
}

std::string field_error(const std::string& id, const std::string& message,
                        const Audience& audience) {
  return "<p id=\"" + escape(id) + "\" class=\"error\">" +
         words(common_screen_messages(), "error_prefix", audience, {{"message", message}}) +
         "</p>";
}

}  // namespace sammen::server
