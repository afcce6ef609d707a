// SHA-256 (FIPS 180-4), in plain C++ so the browser and the server compute
// the same digest of the same bytes.
#pragma once

#include <string>
#include <string_view>

namespace sammen {

// Lower-case hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace sammen
