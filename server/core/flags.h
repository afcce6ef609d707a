// Flags: the command line of sammen-server.
//
//   sammen-server [--db PATH] [--host HOST] [--port N] [--web DIR] [--client DIR]
//                 [--admin-token TOKEN] [--no-demo] [--secure-cookies]
//   sammen-server [--db PATH] --create-admin EMAIL [--name NAME]
#pragma once

#include <optional>
#include <string>

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

// The flags, or nothing after saying on stderr what is wrong. --help prints
// the usage and exits.
std::optional<Flags> parse_flags(int argc, char** argv);

}  // namespace sammen::server
