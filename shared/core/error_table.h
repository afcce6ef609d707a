// The error table: every ErrorCode once, with its wire id, HTTP status and
// sentence.
//
// One row per code is all there is to know about it: the stable wire id
// ("ballot.over_budget", never changed once shipped), the HTTP status the
// server answers with, and the key of its sentence in its feature's message
// catalog. Adding a code is adding its enum value, its row and its sentences.
// The table is the one place in shared/ that names every feature's catalog.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "sammen/core/catalog.h"
#include "sammen/core/problem.h"

namespace sammen {

struct ErrorRow {
  ErrorCode code;
  std::string_view wire_id;
  int http_status;
  Catalog (*catalog)();      // the catalog of the feature the code belongs to
  std::string_view message;  // the key of its sentence there
};

std::span<const ErrorRow> error_table();
const ErrorRow& error_row(ErrorCode code);

// "ballot.over_budget".
std::string_view wire_id(ErrorCode code);
// The code of a wire id; none for an id this build does not know.
std::optional<ErrorCode> error_code_from_wire_id(std::string_view id);
// 4xx for the caller's problems, 5xx for the server's.
int http_status(ErrorCode code);

// The problem's sentence in the audience's language. Its facts are the
// message arguments {subject}, {amount}, {limit} and {excess} (amount - limit).
std::string sentence(const Problem& problem, const Audience& audience);
std::string sentence(const Problem& problem, Language language, std::string_view currency = "NOK");

}  // namespace sammen
