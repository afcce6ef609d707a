#include "core/flags.h"

#include <cstdio>
#include <cstdlib>
#include <set>

namespace sammen::server {
namespace {

constexpr const char* kUsage =
    "usage: sammen-server [--db PATH] [--host HOST] [--port N] [--web DIR] [--client DIR]\n"
    "                     [--admin-token TOKEN] [--no-demo] [--secure-cookies]\n"
    "       sammen-server [--db PATH] --create-admin EMAIL [--name NAME]\n"
    "  --db PATH            SQLite file (default ./sammen.sqlite)\n"
    "  --host HOST          address to listen on (default 127.0.0.1)\n"
    "  --port N             port (default 8080; 0 picks a free one)\n"
    "  --web DIR            serve the HTML page from DIR at /\n"
    "  --client DIR         serve the built wasm client from DIR at /client/\n"
    "  --admin-token TOKEN  administrator token (or env SAMMEN_ADMIN_TOKEN)\n"
    "  --no-demo            do not seed the demo municipality into an empty store\n"
    "  --secure-cookies     mark session cookies Secure, for a server reached over TLS\n"
    "                       (or env SAMMEN_SECURE_COOKIES=1)\n"
    "  --create-admin EMAIL create an administrator (or make EMAIL's account one) and\n"
    "                       exit; the password is read from the terminal or one line of\n"
    "                       standard input, or, when that is empty, made and printed once\n"
    "  --name NAME          the new administrator's name\n";

}  // namespace

std::optional<Flags> parse_flags(int argc, char** argv) {
  Flags flags;
  if (const char* token = std::getenv("SAMMEN_ADMIN_TOKEN"); token != nullptr && *token != '\0') {
    flags.admin_token = token;
  }
  if (const char* secure = std::getenv("SAMMEN_SECURE_COOKIES"); secure != nullptr) {
    flags.secure_cookies = std::string(secure) == "1";
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
    } else if (arg == "--secure-cookies") {
      flags.secure_cookies = true;
    } else if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      std::exit(0);
    } else if (arg == "--db" || arg == "--host" || arg == "--port" || arg == "--web" ||
               arg == "--client" || arg == "--admin-token" || arg == "--create-admin" ||
               arg == "--name") {
      if (!(v = value())) return std::nullopt;
      if (arg == "--db") flags.db = *v;
      if (arg == "--host") flags.host = *v;
      if (arg == "--web") flags.web_dir = *v;
      if (arg == "--client") flags.client_dir = *v;
      if (arg == "--admin-token") flags.admin_token = *v;
      if (arg == "--create-admin") flags.create_admin = *v;
      if (arg == "--name") flags.admin_name = *v;
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
  if (flags.admin_token && !strong_admin_token(*flags.admin_token)) {
    std::fprintf(stderr,
                 "sammen-server: the administrator token (--admin-token or SAMMEN_ADMIN_TOKEN) is "
                 "too easy to guess: use at least %zu characters with at least %zu different ones, "
                 "for example: head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \\n'\n",
                 kAdminTokenMinLength, kAdminTokenMinDistinct);
    return std::nullopt;
  }
  return flags;
}

bool strong_admin_token(std::string_view token) {
  std::set<char> distinct(token.begin(), token.end());
  return token.size() >= kAdminTokenMinLength && distinct.size() >= kAdminTokenMinDistinct;
}

}  // namespace sammen::server
