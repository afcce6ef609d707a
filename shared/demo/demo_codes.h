// DemoCodes: the public voter codes of the demo process.
//
// Only a demo has them (GET /api/v1/demo): a real deployment never keeps
// voter codes in plain text, only their keyed hashes.
#pragma once

#include <string>
#include <vector>

namespace sammen {

struct DemoCodes {
  std::string process_id;
  std::vector<std::string> voter_codes;
};

}  // namespace sammen
