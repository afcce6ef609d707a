// The JSON bodies of the setup API, for tests that build a municipality and
// its processes over HTTP: a municipality with two districts (nord, sor), a
// process on the co-decide rung with a knapsack ballot whose voting phase
// is given, proposals, and a roll file of `people` lines.
#pragma once

#include <string>

#include "sammen/core/json.h"
#include "sammen/processes/process.h"

namespace sammen::testing {

inline Json municipality_body() {
  return {{"version", 1},
          {"id", "fjordby"},
          {"name", "Fjordby kommune"},
          {"currency", "NOK"},
          {"languages", {"nb", "en"}},
          {"districts", {{{"id", "nord"}, {"name", "Nord"}}, {{"id", "sor"}, {"name", "Sør"}}}}};
}

inline Json process_body(const std::string& id, UnixSeconds voting_starts,
                         UnixSeconds voting_ends) {
  return {{"version", 1},
          {"id", id},
          {"title", "Innbyggerbudsjett"},
          {"description", "Velg det du vil ha."},
          {"translations", {{{"language", "en"}, {"title", "Citizens' budget"}}}},
          {"rung", "co_decide"},
          {"ballot", {{"format", "knapsack"}}},
          {"counting_rule", "greedy"},
          {"eligibility", {{"min_age", 0}, {"max_age", 0}, {"district_ids", Json::array()}}},
          {"phases",
           {{{"kind", "ideas"}, {"starts_at", voting_starts - 1000}, {"ends_at", voting_starts}},
            {{"kind", "voting"}, {"starts_at", voting_starts}, {"ends_at", voting_ends}}}},
          {"budgets",
           {{{"district_id", "nord"}, {"budget", 100'000'000}},
            {{"district_id", "sor"}, {"budget", 60'000'000}}}}};
}

inline Json proposal_body(const std::string& id, const std::string& district, Money cost) {
  return {{"version", 1},
          {"id", id},
          {"district_id", district},
          {"title", "Forslag " + id},
          {"summary", "Et forslag."},
          {"cost", cost},
          {"production", "co_production"}};
}

// A roll with `people` lines, alternating between the two districts, all adults.
inline std::string roll_file(int people) {
  std::string file = "Navn;Adresse;Fødselsdato;Bydel\r\n";
  file.reserve(static_cast<std::size_t>(people) * 48);
  for (int i = 0; i < people; ++i) {
    file += "Person " + std::to_string(i) + ";Gate " + std::to_string(i) + ";" +
            std::to_string(1 + i % 28) + ".0" + std::to_string(1 + i % 9) + "." +
            std::to_string(1940 + i % 60) + ";" + (i % 2 == 0 ? "Nord" : "Sør") + "\r\n";
  }
  return file;
}

}  // namespace sammen::testing
