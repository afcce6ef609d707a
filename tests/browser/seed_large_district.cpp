// sammen-seed-large-district: gives one district of the demo process many
// proposals, for the browser benchmark and the tests that scroll a long list.
//
//   sammen-seed-large-district DB DISTRICT COUNT
//
// DB is a store the server has already seeded with the demo (start it once,
// stop it); the proposals are added through the processes store, so the file
// stays what the server itself would write. Titles and summaries vary in
// length, so the cards do not all have the same height.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/database.h"
#include "demo/seed.h"
#include "processes/sqlite_store.h"

int main(int argc, char** argv) {
  using namespace sammen;
  if (argc != 4) {
    std::fprintf(stderr, "usage: sammen-seed-large-district DB DISTRICT COUNT\n");
    return 2;
  }
  const std::string district = argv[2];
  const int count = std::atoi(argv[3]);
  Result<std::unique_ptr<server::Database>> db = server::Database::open(argv[1]);
  if (!db.ok()) return 1;
  server::processes::SqliteStore store(*db.value());
  Result<Process> found = server::processes::find_process(store, server::demo::kProcessId);
  if (!found.ok()) {
    std::fprintf(stderr, "sammen-seed-large-district: no demo process in %s\n", argv[1]);
    return 1;
  }
  Process process = std::move(found).value();
  const char* const kWords[] = {"benker",    "lys",       "lekeplass",    "turvei",
                                "hage",      "kafé",      "verksted",     "bibliotek",
                                "badeplass", "skatepark", "sykkelstativ", "dugnad"};
  for (int i = 1; i <= count; ++i) {
    char id[32];
    std::snprintf(id, sizeof id, "mange-%04d", i);
    std::string title = "Forslag " + std::to_string(i) + ": " + kWords[i % 12];
    std::string summary;
    for (int words = 0; words < 6 + (i * 7) % 40; ++words)
      summary += std::string(kWords[(i + words) % 12]) + " ";
    summary += "og mer for nabolaget.";
    process.proposals.push_back(Proposal{id, district, title, summary,
                                         kroner(50'000 + (i * 37'000) % 900'000),
                                         ProductionForm::kCoProduction, ProposalStatus::kAccepted});
  }
  if (!store.save(process).ok()) return 1;
  std::printf("added %d proposals to %s\n", count, district.c_str());
  return 0;
}
