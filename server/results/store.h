// Store: the published tally of each process.
//
// A tally is stored as facts only (sammen/results/wire.h), and said again in
// the reader's language whenever it is read. One tally per process; a
// second put() for the same process fails. Failures are kStorageFailed.
#pragma once

#include <optional>
#include <string>

#include "sammen/core/result.h"
#include "sammen/results/tally.h"

namespace sammen::server::results {

struct StoredTally {
  Tally tally;
  UnixSeconds published_at = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  virtual Status put(const Tally& tally, UnixSeconds published_at) = 0;
  virtual Result<std::optional<StoredTally>> find(const std::string& process_id) = 0;
};

}  // namespace sammen::server::results
