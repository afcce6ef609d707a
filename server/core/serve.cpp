#include "core/serve.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <thread>
#include <vector>

#include "core/http.h"
#include "core/http_server.h"
#include "core/request_screen.h"
#include "core/security_headers.h"
#include "core/settings.h"
#include "core/static_files.h"
#include "sammen/core/error_table.h"

namespace sammen::server {
namespace {

void print_problems(const char* what, const std::vector<Problem>& problems) {
  for (const Problem& p : problems) {
    std::fprintf(stderr, "sammen-server: %s: %s (%s)\n", what,
                 sentence(p, Language::kEnglish).c_str(), p.subject.c_str());
  }
}

// The file's folder is created when missing (e.g. data/ on a fresh clone).
Result<std::unique_ptr<Database>> open_database(const std::string& path,
                                                std::initializer_list<Feature> features) {
  if (const std::filesystem::path parent = std::filesystem::path(path).parent_path();
      !parent.empty()) {
    std::error_code ignored;  // open() reports what matters
    std::filesystem::create_directories(parent, ignored);
  }
  Result<std::unique_ptr<Database>> db = Database::open(path);
  if (!db.ok()) return db;
  std::vector<Schema> schemas = {core_schema()};
  for (const Feature& feature : features) schemas.push_back({feature.name, feature.migrations});
  if (const Status migrated = db.value()->migrate(schemas); !migrated.ok()) {
    return migrated.problems();
  }
  return db;
}

void print_admin_token(const auth::AdminTokenSetup& admin, const Flags& flags) {
  if (admin.generated) {
    std::printf("Admin token (shown only now; only its hash is stored): %s\n",
                admin.generated->c_str());
  } else if (flags.admin_token) {
    std::printf("Admin token: the one given by --admin-token / SAMMEN_ADMIN_TOKEN.\n");
  } else {
    std::printf(
        "Admin token: the one printed at the first start (its hash is stored); "
        "start with --admin-token TOKEN to set a new one.\n");
  }
}

// Listens until SIGINT or SIGTERM (blocked in `stop_signals` by the caller).
bool listen_until_stopped(HttpServer& server, const Flags& flags, sigset_t stop_signals) {
  const int port = server.bind(flags.host, flags.port);
  if (port < 0) {
    if (errno == EADDRINUSE) {
      std::fprintf(stderr,
                   "sammen-server: cannot listen on %s:%d: another program is listening there "
                   "already (another sammen-server?). Stop it or choose another --port.\n",
                   flags.host.c_str(), flags.port);
    } else {
      std::fprintf(stderr, "sammen-server: cannot listen on %s:%d: %s\n", flags.host.c_str(),
                   flags.port, std::strerror(errno));
    }
    return false;
  }
  std::atomic<bool> stop_requested = false;
  std::atomic<bool> listen_returned = false;
  std::thread stopper([&, stop_signals] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    stop_requested = true;
    // stop() does nothing before listening has begun: retry briefly.
    for (int i = 0; i < 500 && !listen_returned; ++i) {
      server.stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  });

  std::printf("sammen-server listening on http://%s:%d\n", flags.host.c_str(), port);
  std::fflush(stdout);
  const bool listened = server.listen_after_bind();
  listen_returned = true;

  // Wake the signal thread if the server stopped on its own.
  if (!stop_requested) pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  std::printf("sammen-server stopped\n");
  std::fflush(stdout);
  return listened;
}

}  // namespace

int serve(int argc, char** argv, std::initializer_list<Feature> features) {
  const std::optional<Flags> flags = parse_flags(argc, argv);
  if (!flags) return 2;
  if (!auth::init()) {
    std::fprintf(stderr, "sammen-server: libsodium could not start\n");
    return 1;
  }

  // Block the stop signals before any thread starts; one thread waits for them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  Result<std::unique_ptr<Database>> opened = open_database(flags->db, features);
  if (!opened.ok()) {
    std::fprintf(stderr, "sammen-server: cannot open the store %s\n", flags->db.c_str());
    return 1;
  }
  Database& db = *opened.value();
  SqliteSettings settings(db);

  Result<auth::VoterCodeHasher> hasher = auth::load_voter_code_hasher(settings);
  if (!hasher.ok()) return print_problems("voter code key", hasher.problems()), 1;
  auth::Argon2Queue argon2;
  auth::Passwords passwords(argon2);
  const Startup startup{db, system_now, hasher.value(), *flags, passwords};
  for (const Feature& feature : features) {
    if (feature.command == nullptr) continue;
    if (const int code = feature.command(startup); code != kServe) return code;
  }
  for (const Feature& feature : features) {
    if (feature.start == nullptr) continue;
    const Status started = feature.start(startup);
    if (!started.ok())
      return print_problems(std::string(feature.name).c_str(), started.problems()), 1;
  }
  const Result<auth::AdminTokenSetup> admin =
      auth::ensure_admin_token(settings, flags->admin_token);
  if (!admin.ok()) return print_problems("admin token", admin.problems()), 1;
  print_admin_token(admin.value(), *flags);

  VotingGate voting;
  auth::AdminTokenCheck admin_check(admin.value().stored_hash, argon2);
  AttemptLog attempts;
  Gate gate(admin_check, attempts, flags->secure_cookies);
  // Last: its routes (and the ballots' committer) end before what they use.
  HttpServer server;
  Router router(server);
  const Deps deps{db,          system_now, voting, hasher.value(), admin_check,
                  gate,        attempts,   passwords};
  for (const Feature& feature : features) feature.install(router, deps);
  install_error_answers(server, router.largest_body());
  install_security_headers(server);
  const std::optional<PreRouting> files =
      mount_static_files(server, flags->web_dir, flags->client_dir);
  if (!files) return 1;
  install_request_screen(server, *files);

  return listen_until_stopped(server, *flags, stop_signals) ? 0 : 1;
}

}  // namespace sammen::server
