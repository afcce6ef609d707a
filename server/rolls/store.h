// Store: what the last import of each process's roll found. Failures are
// kStorageFailed; put() replaces an earlier import's record.
#pragma once

#include <optional>
#include <string>

#include "sammen/core/result.h"
#include "sammen/rolls/views.h"

namespace sammen::server::rolls {

struct StoredRoll {
  RollSummary summary;          // used_on_paper is not stored: the ballots' roll counts it
  std::string eligibility_key;  // the process's eligibility_key() at the import
};

class Store {
 public:
  virtual ~Store() = default;
  virtual Status put(const StoredRoll& roll) = 0;
  virtual Result<std::optional<StoredRoll>> find(const std::string& process_id) = 0;
};

}  // namespace sammen::server::rolls
