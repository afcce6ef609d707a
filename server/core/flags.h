// Flags: the command line of sammen-server.
//
//   sammen-server [--db PATH] [--host HOST] [--port N] [--web DIR] [--client DIR]
//                 [--admin-token TOKEN] [--no-demo] [--secure-cookies]
//   sammen-server [--db PATH] --create-admin EMAIL [--name NAME]
#pragma once

#include <optional>
#include <cstddef>
#include <string>
#include <string_view>

namespace sammen::server {

struct Flags {
  std::string db = "sammen.sqlite";
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string web_dir;
  std::string client_dir;
  std::optional<std::string> admin_token;  // or env SAMMEN_ADMIN_TOKEN
  bool demo = true;
  bool secure_cookies = false;  // or env SAMMEN_SECURE_COOKIES=1: served over TLS
  std::optional<std::string> create_admin;  // an e-mail: create an administrator and exit
  std::string admin_name;                   // their name (default: the e-mail's local part)
};

// An administrator token given on the command line must be at least this
// long and hold at least this many different characters (a generated one is
// 64 hex digits); the server refuses to start with a weaker one.
inline constexpr std::size_t kAdminTokenMinLength = 32;
inline constexpr std::size_t kAdminTokenMinDistinct = 10;
bool strong_admin_token(std::string_view token);

// The flags, or nothing after saying on stderr what is wrong (a weak
// administrator token included). --help prints the usage and exits.
std::optional<Flags> parse_flags(int argc, char** argv);

}  // namespace sammen::server
