// serve(): sammen-server's startup, serving and clean shutdown, for the
// features main.cpp lists.
//
// Opens (and migrates) the SQLite file, loads the voter-code key, runs a
// feature's command instead of serving when its flag was given (people:
// --create-admin), starts each feature (the demo seeds an empty store), makes
// sure an administrator token exists, installs every feature's routes (the
// people feature attaches sessions and API tokens to the Gate), serves the
// page and the client, and prints "sammen-server listening on
// http://HOST:PORT" once the socket accepts connections (tests and scripts
// read the port from it). Serving is HttpServer's (its limits and time-outs);
// a port another program listens on is refused with a sentence and exit
// code 1.
// SIGINT and SIGTERM stop the server; requests in flight finish first.
#pragma once

#include <initializer_list>

#include "core/feature.h"

namespace sammen::server {

// The process's exit code.
int serve(int argc, char** argv, std::initializer_list<Feature> features);

}  // namespace sammen::server
