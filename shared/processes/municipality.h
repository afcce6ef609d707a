// Municipality and District: who runs the processes, and where.
//
// A municipality has districts (each with a stable id and a name for people)
// and one currency (ISO 4217) for every amount of its processes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sammen {

struct District {
  std::string id;
  std::string name;
};

struct Municipality {
  std::string id;
  std::string name;
  std::string currency = "NOK";  // ISO 4217
  std::vector<District> districts;
};

const District* find_district(const Municipality& municipality, std::string_view district_id);

}  // namespace sammen
