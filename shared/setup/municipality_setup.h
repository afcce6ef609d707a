// Municipality setup: the municipality's name, currency, languages and
// districts, set by an administrator.
//
// The first setup names the municipality's id, which never changes after.
// A municipality has a name, an ISO 4217 currency (three capital letters),
// at least one language, each once, and at least one district, each with a
// valid id (checks.h), once, and a name. A district that a process, a
// proposal or a person still refers to cannot be removed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/core/result.h"
#include "sammen/processes/municipality.h"

namespace sammen {

// `asked` as the municipality becomes, or every problem with it.
// `districts_in_use` are the ids other records refer to.
Result<Municipality> updated_municipality(const std::optional<Municipality>& current,
                                          const Municipality& asked,
                                          const std::vector<std::string>& districts_in_use);

}  // namespace sammen
