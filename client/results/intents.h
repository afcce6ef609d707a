// What the resident may ask of results.
#pragma once

#include <string>

namespace sammen::client::results {

// Scroll the results to one district (one's own, say).
struct JumpToDistrict {
  std::string district_id;
};

}  // namespace sammen::client::results
