// Municipality and District: who runs the processes, and where.
//
// A municipality has districts (each with a stable id and a name for people),
// one currency (ISO 4217) for every amount of its processes, and the
// languages it publishes in (the first is the one process titles are
// written in; the others may have translations).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sammen/core/language.h"

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
  std::vector<Language> languages = {Language::kNorwegianBokmal};
};

const District* find_district(const Municipality& municipality, std::string_view district_id);

}  // namespace sammen
