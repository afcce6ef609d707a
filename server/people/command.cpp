// sammen-server --create-admin EMAIL [--name NAME]: the first administrator
// of a municipality, made on the machine that runs the server.
//
// The password is asked for twice on a terminal (not echoed), or read as one
// line of standard input (`echo "$PASSWORD" | sammen-server --create-admin
// ...`). When none is given (an empty line, or no input at all), a one-time
// password is made and printed; it must be changed at the first sign-in.
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "audit/sqlite_store.h"
#include "people/feature.h"
#include "people/sqlite_store.h"
#include "people/use_cases.h"
#include "processes/sqlite_store.h"
#include "sammen/core/error_table.h"

namespace sammen::server::people {
namespace {

// One line of standard input; on a terminal without echo.
std::string read_line(const char* prompt) {
  const bool terminal = isatty(STDIN_FILENO) != 0;
  termios saved{};
  if (terminal) {
    std::fputs(prompt, stderr);
    std::fflush(stderr);
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (terminal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fputs("\n", stderr);
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// The password given, none to make one, or nothing when two entries differ.
std::optional<std::optional<std::string>> password_from_input() {
  const std::string first = read_line("Password (empty: make a one-time password): ");
  if (first.empty()) return std::optional<std::string>();
  if (isatty(STDIN_FILENO) && read_line("The same password again: ") != first) {
    std::fprintf(stderr, "sammen-server: the two passwords differ; nothing was created\n");
    return std::nullopt;
  }
  return std::optional<std::string>(first);
}

}  // namespace

int command(const Startup& startup) {
  if (!startup.flags.create_admin) return kServe;
  const std::optional<std::optional<std::string>> password = password_from_input();
  if (!password) return 1;
  SqliteStore people(startup.db);
  processes::SqliteStore processes(startup.db);
  audit::SqliteStore audit(startup.db);
  AttemptLog attempts;
  Stores stores{people, processes, audit, startup.db, startup.passwords, attempts};
  const Result<AdministratorCreated> created = create_administrator(
      stores, *startup.flags.create_admin, startup.flags.admin_name, *password, startup.clock());
  if (!created.ok()) {
    for (const Problem& p : created.problems())
      std::fprintf(stderr, "sammen-server: %s\n", sentence(p, Language::kEnglish).c_str());
    return 1;
  }
  const Person& person = created.value().person;
  if (created.value().existed) {
    std::printf("%s already had an account; it is now an administrator.\n", person.email.c_str());
  } else {
    std::printf("Created the administrator %s (%s).\n", person.email.c_str(), person.name.c_str());
  }
  if (created.value().password) {
    std::printf("One-time password (shown only now; change it at the first sign-in): %s\n",
                created.value().password->c_str());
  }
  std::fflush(stdout);
  return 0;
}

}  // namespace sammen::server::people
