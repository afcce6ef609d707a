#include "processes/store.h"

namespace sammen::server::processes {

Result<Process> find_process(Store& store, const std::string& process_id) {
  Result<std::optional<Process>> found = store.find(process_id);
  if (!found.ok()) return found.problems();
  if (!found.value()) return Problem{ErrorCode::kUnknownProcess, process_id};
  return std::move(*found.value());
}

std::string currency_of(Store& store) {
  const Result<std::optional<Municipality>> municipality = store.municipality();
  return municipality.ok() && municipality.value() ? municipality.value()->currency : "NOK";
}

}  // namespace sammen::server::processes
