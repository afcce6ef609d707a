// What the resident may ask of processes.
#pragma once

#include <string>

namespace sammen::client::processes {

struct ChooseProcess {
  std::string process_id;
};

}  // namespace sammen::client::processes
