// Upload forms: what the HTML path's pages read from a form sent as
// multipart/form-data (<form enctype="multipart/form-data"> with an
// <input type="file">), the only way a browser without scripts sends a file.
//
// multipart_form() gives the form's text fields (every part without a file
// name) as a Form, held to the same limits as parse_form() holds a
// urlencoded body: bytes, fields, name and value lengths, no NUL bytes,
// well-formed UTF-8. multipart_file() gives one file field's bytes; none
// when the field is absent or empty (the resident chose no file). cpp-httplib
// has parsed the parts already (for an ordinary route, up to the largest
// body any route takes; upload routes count their own limit, router.h).
#pragma once

#include <httplib.h>

#include <optional>
#include <string_view>

#include "core/form.h"
#include "sammen/core/result.h"

namespace sammen::server::photos {

Result<Form> multipart_form(const httplib::Request& request, const FormLimits& limits = {});

std::optional<std::string_view> multipart_file(const httplib::Request& request,
                                               std::string_view field);

}  // namespace sammen::server::photos
