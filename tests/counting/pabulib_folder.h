// The shared reference elections beside the repository (../shared/pabulib)
// and a whole-file reader for tests that open them.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace sammen::counting::testing {

inline const std::filesystem::path kPabulibFolder = SAMMEN_PABULIB_DIR;

inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace sammen::counting::testing
