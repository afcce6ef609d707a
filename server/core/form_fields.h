// Form fields: a labelled input, text area or choice list of an HTML form,
// with its hint and its error beside it.
//
// The label names the field (for=id); the hint and the error are paragraphs
// the field names in aria-describedby, and a field with an error carries
// aria-invalid (form_errors.h says the sentence). The field's name is its
// id. Values are escaped here; labels and hints come already escaped.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/form_errors.h"
#include "sammen/core/problem.h"

namespace sammen::server {

struct FieldSpec {
  std::string id = {};          // also the name the form sends
  std::string label_html = {};  // escaped
  std::string value = {};       // plain text
  std::string hint_html = {};   // escaped; empty: none
  std::string error = {};       // plain text; empty: none
  std::string type = "text";
  std::string attributes = {};  // more attributes, e.g. autocomplete="email" (trusted markup)
};

std::string input_field(const FieldSpec& field, const Audience& audience);
std::string textarea_field(const FieldSpec& field, const Audience& audience);
// `options`: value and escaped label; the one equal to field.value is selected.
std::string select_field(const FieldSpec& field,
                         const std::vector<std::pair<std::string, std::string>>& options,
                         const Audience& audience);

// The summary's lines for `problems`: each links to the field its subject
// names when that is one of `field_ids`, and to nothing otherwise.
std::vector<FieldError> field_errors(const std::vector<Problem>& problems,
                                     const std::vector<std::string>& field_ids,
                                     const Audience& audience);
// The sentence of the first problem about `field_id` in `errors`, or "".
std::string error_for(const std::vector<FieldError>& errors, const std::string& field_id);

}  // namespace sammen::server
