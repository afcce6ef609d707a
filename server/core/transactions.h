// Transactions: store calls of several features, all or nothing.
//
// Every store method is atomic on its own. A use case that must change the
// data of two features together (publishing writes the process and its
// tally) runs both calls inside all_or_nothing(): when the body fails, or
// committing fails, nothing of it stays.
#pragma once

#include <functional>

#include "sammen/core/result.h"

namespace sammen::server {

class Transactions {
 public:
  virtual ~Transactions() = default;
  // Runs `body` in one transaction; its failure (or a failed commit) undoes it all.
  virtual Status all_or_nothing(const std::function<Status()>& body) = 0;
};

}  // namespace sammen::server
