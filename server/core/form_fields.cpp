#include "core/form_fields.h"

#include <algorithm>

#include "core/html.h"
#include "sammen/core/error_table.h"

namespace sammen::server {
namespace {

// The label, the hint, and the attributes that tie the control to them.
struct Parts {
  std::string before;      // label and hint
  std::string attributes;  // id, name, aria-*
  std::string after;       // the error
};

Parts parts(const FieldSpec& f, const Audience& audience) {
  Parts p;
  p.before = "<label class=\"field\" for=\"" + escape(f.id) + "\">" + f.label_html + "</label>";
  std::string described;
  if (!f.hint_html.empty()) {
    p.before += "<p class=\"hint\" id=\"" + escape(f.id) + "-hint\">" + f.hint_html + "</p>";
    described = f.id + "-hint";
  }
  if (!f.error.empty()) {
    p.after = field_error(f.id + "-error", f.error, audience);
    described += (described.empty() ? "" : " ") + f.id + "-error";
  }
  p.attributes = " id=\"" + escape(f.id) + "\" name=\"" + escape(f.id) + "\"";
  if (!described.empty()) p.attributes += " aria-describedby=\"" + escape(described) + "\"";
  if (!f.error.empty()) p.attributes += " aria-invalid=\"true\"";
  if (!f.attributes.empty()) p.attributes += " " + f.attributes;
  return p;
}

}  // namespace

std::string input_field(const FieldSpec& f, const Audience& audience) {
  const Parts p = parts(f, audience);
  return p.before + "<input type=\"" + escape(f.type) + "\"" + p.attributes + " value=\"" +
         escape(f.value) + "\">" + p.after;
}

std::string textarea_field(const FieldSpec& f, const Audience& audience) {
  const Parts p = parts(f, audience);
  return p.before + "<textarea" + p.attributes + " rows=\"8\">" + escape(f.value) + "</textarea>" +
         p.after;
}

std::string select_field(const FieldSpec& f,
                         const std::vector<std::pair<std::string, std::string>>& options,
                         const Audience& audience) {
  const Parts p = parts(f, audience);
  std::string html = p.before + "<select" + p.attributes + ">";
  for (const auto& [value, label] : options)
    html += "<option value=\"" + escape(value) + "\"" + (value == f.value ? " selected" : "") +
            ">" + label + "</option>";
  return html + "</select>" + p.after;
}

std::vector<FieldError> field_errors(const std::vector<Problem>& problems,
                                     const std::vector<std::string>& field_ids,
                                     const Audience& audience) {
  std::vector<FieldError> errors;
  for (const Problem& problem : problems) {
    const bool known =
        std::find(field_ids.begin(), field_ids.end(), problem.subject) != field_ids.end();
    errors.push_back({known ? problem.subject : "", sentence(problem, audience)});
  }
  return errors;
}

std::string error_for(const std::vector<FieldError>& errors, const std::string& field_id) {
  for (const FieldError& e : errors)
    if (!e.field_id.empty() && e.field_id == field_id) return e.message;
  return "";
}

}  // namespace sammen::server
