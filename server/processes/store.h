// Store: what the server keeps of the municipality and its processes.
//
// Every method is safe to call from many threads at once; a method that
// changes data either commits all of it durably or changes nothing, and
// reports failure as kStorageFailed (never an exception). Proposals, phases
// and budgets are saved in place by their keys, never deleted and inserted
// again, so rows of other features may refer to them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/core/result.h"
#include "sammen/processes/municipality.h"
#include "sammen/processes/process.h"

namespace sammen::server::processes {

class Store {
 public:
  virtual ~Store() = default;

  // None before a first setup.
  virtual Result<std::optional<Municipality>> municipality() = 0;
  virtual Status add_municipality(const Municipality& municipality) = 0;
  // The existing municipality (same id): its name, currency, languages and
  // districts, saved in place by id; districts it no longer has are removed.
  virtual Status save_municipality(const Municipality& municipality) = 0;

  // In the order they were added.
  virtual Result<std::vector<Process>> all() = 0;
  virtual Result<std::optional<Process>> find(const std::string& process_id) = 0;
  // A new process, after the existing ones.
  virtual Status add(const Process& process) = 0;
  // An existing process (same id): its settings, flags, texts, phases,
  // budgets and proposals.
  virtual Status save(const Process& process) = 0;
};

// The process `process_id`; kUnknownProcess when there is none.
Result<Process> find_process(Store& store, const std::string& process_id);

// The municipality's currency; "NOK" before a first setup or when it cannot be read.
std::string currency_of(Store& store);

}  // namespace sammen::server::processes
