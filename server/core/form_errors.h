// Form errors: how a page says what is wrong with what a resident sent.
//
// The error summary stands at the top of the form: a heading that takes the
// focus when the page loads (autofocus on tabindex=-1, no script), inside a
// role=alert region, and one link per error to the field it concerns. Beside
// each field the same sentence stands in a paragraph whose id the field
// names in aria-describedby (the field also carries aria-invalid); the
// sentence begins with the word for "Error", so nothing rests on colour.
#pragma once

#include <string>
#include <vector>

#include "sammen/core/catalog.h"

namespace sammen::server {

struct FieldError {
  std::string field_id;  // the id of the input the link moves to
  std::string message;   // plain text
};

std::string error_summary(const std::vector<FieldError>& errors, const Audience& audience);

// <p id="`id`" class="error">Error: message</p>
std::string field_error(const std::string& id, const std::string& message,
                        const Audience& audience);

}  // namespace sammen::server
