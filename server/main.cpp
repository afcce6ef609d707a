// sammen-server: flags, startup and a clean shutdown.
//
//   sammen-server [--db PATH] [--host HOST] [--port N] [--web DIR] [--client DIR]
//                 [--admin-token TOKEN] [--no-demo]
//
// Opens (and migrates) the SQLite store, seeds the demo on a first start,
// makes sure an administrator token exists, serves the API, the page and the
// client, and prints "sammen-server listening on http://HOST:PORT" once the
// socket accepts connections (tests and scripts read the port from it).
// SIGINT and SIGTERM stop the server; requests in flight finish first.
#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>

#include "api.h"
#include "auth.h"
#include "demo_seed.h"
#include "sqlite_store.h"
#include "static_files.h"

namespace {

using namespace sammen;
using namespace sammen::server;

struct Flags {
  std::string db = "sammen.sqlite";
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string web_dir;
  std::string client_dir;
  std::optional<std::string> admin_token;
  bool demo = true;
};

constexpr const char* kUsage =
    "usage: sammen-server [--db PATH] [--host HOST] [--port N] [--web DIR] [--client DIR]\n"
    "                     [--admin-token TOKEN] [--no-demo]\n"
    "  --db PATH            SQLite file (default ./sammen.sqlite)\n"
    "  --host HOST          address to listen on (default 127.0.0.1)\n"
    "  --port N             port (default 8080; 0 picks a free one)\n"
    "  --web DIR            serve the HTML page from DIR at /\n"
    "  --client DIR         serve the built wasm client from DIR at /client/\n"
    "  --admin-token TOKEN  administrator token (or env SAMMEN_ADMIN_TOKEN)\n"
    "  --no-demo            do not seed the demo municipality into an empty store\n";

std::optional<Flags> parse_flags(int argc, char** argv) {
  Flags flags;
  if (const char* token = std::getenv("SAMMEN_ADMIN_TOKEN"); token != nullptr && *token != '\0') {
    flags.admin_token = token;
  }
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "sammen-server: %s needs a value\n", arg.c_str());
        return std::nullopt;
      }
      return std::string(argv[++i]);
    };
    std::optional<std::string> v;
    if (arg == "--no-demo") {
      flags.demo = false;
    } else if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      std::exit(0);
    } else if (arg == "--db" || arg == "--host" || arg == "--port" || arg == "--web" ||
               arg == "--client" || arg == "--admin-token") {
      if (!(v = value())) return std::nullopt;
      if (arg == "--db") flags.db = *v;
      if (arg == "--host") flags.host = *v;
      if (arg == "--web") flags.web_dir = *v;
      if (arg == "--client") flags.client_dir = *v;
      if (arg == "--admin-token") flags.admin_token = *v;
      if (arg == "--port") {
        char* end = nullptr;
        const long port = std::strtol(v->c_str(), &end, 10);
        if (v->empty() || *end != '\0' || port < 0 || port > 65535) {
          std::fprintf(stderr, "sammen-server: --port needs a number from 0 to 65535, not '%s'\n",
                       v->c_str());
          return std::nullopt;
        }
        flags.port = static_cast<int>(port);
      }
    } else {
      std::fprintf(stderr, "sammen-server: unknown flag '%s'\n%s", arg.c_str(), kUsage);
      return std::nullopt;
    }
  }
  if (flags.admin_token && flags.admin_token->empty()) {
    std::fprintf(stderr, "sammen-server: --admin-token must not be empty\n");
    return std::nullopt;
  }
  return flags;
}

UnixSeconds system_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void print_problems(const char* what, const std::vector<Problem>& problems) {
  for (const Problem& p : problems) {
    std::fprintf(stderr, "sammen-server: %s: %s (%s)\n", what,
                 sentence(p, Language::kEnglish).c_str(), p.subject.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
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

  // The store's folder is created when missing (e.g. data/ on a fresh clone).
  if (const std::filesystem::path parent = std::filesystem::path(flags->db).parent_path();
      !parent.empty()) {
    std::error_code ignored;  // open() below reports what matters
    std::filesystem::create_directories(parent, ignored);
  }
  Result<std::unique_ptr<SqliteStore>> opened = SqliteStore::open(flags->db);
  if (!opened.ok()) {
    std::fprintf(stderr, "sammen-server: cannot open the store %s\n", flags->db.c_str());
    return 1;
  }
  Store& store = *opened.value();

  Result<auth::VoterCodeHasher> hasher = auth::load_voter_code_hasher(store);
  if (!hasher.ok()) return print_problems("voter code key", hasher.problems()), 1;

  const Result<bool> empty = store.empty();
  if (!empty.ok()) return print_problems("store", empty.problems()), 1;
  if (empty.value() && flags->demo) {
    const Status seeded = store.initialize(demo_seed(system_now(), hasher.value()));
    if (!seeded.ok()) return print_problems("demo seed", seeded.problems()), 1;
    std::printf("Seeded the demo: Elvestad kommune, process %s.\n", kDemoProcessId);
  }
  if (const Result<std::optional<wire::DemoCodes>> demo = store.demo_codes();
      demo.ok() && demo.value()) {
    std::printf("Demo voter codes for %s (also at /api/v1/demo):\n",
                demo.value()->process_id.c_str());
    const std::vector<std::string>& codes = demo.value()->voter_codes;
    for (std::size_t i = 0; i < codes.size(); ++i) {
      std::printf("%s%s", codes[i].c_str(),
                  (i + 1) % 8 == 0 || i + 1 == codes.size() ? "\n" : "  ");
    }
  }

  const Result<auth::AdminTokenSetup> admin = auth::ensure_admin_token(store, flags->admin_token);
  if (!admin.ok()) return print_problems("admin token", admin.problems()), 1;
  if (admin.value().generated) {
    std::printf("Admin token (shown only now; only its hash is stored): %s\n",
                admin.value().generated->c_str());
  } else if (flags->admin_token) {
    std::printf("Admin token: the one given by --admin-token / SAMMEN_ADMIN_TOKEN.\n");
  } else {
    std::printf(
        "Admin token: the one printed at the first start (its hash is stored); "
        "start with --admin-token TOKEN to set a new one.\n");
  }

  httplib::Server server;
  Api api(store, std::move(hasher).value(), admin.value().stored_hash,
          ApiOptions{system_now, 64 * 1024});
  api.install(server);
  if (!mount_static_files(server, flags->web_dir, flags->client_dir)) return 1;

  const int port = flags->port == 0
                       ? server.bind_to_any_port(flags->host)
                       : (server.bind_to_port(flags->host, flags->port) ? flags->port : -1);
  if (port < 0) {
    std::fprintf(stderr, "sammen-server: cannot listen on %s:%d\n", flags->host.c_str(),
                 flags->port);
    return 1;
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

  std::printf("sammen-server listening on http://%s:%d\n", flags->host.c_str(), port);
  std::fflush(stdout);
  const bool listened = server.listen_after_bind();
  listen_returned = true;

  // Wake the signal thread if the server stopped on its own.
  if (!stop_requested) pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  std::printf("sammen-server stopped\n");
  std::fflush(stdout);
  return listened ? 0 : 1;
}
