// Static files: the HTML page (--web) at / and the built client (--client) at /client/.
//
// Files are served with explicit MIME types (.wasm as application/wasm, so
// browsers can stream-compile it; .data as application/octet-stream) and the
// client files with "Cache-Control: no-cache", so a rebuilt client is picked
// up on reload. Without --web, GET / answers with a short plain page that
// points to the API.
//
// Precompressed files: when the request accepts gzip (Accept-Encoding, q > 0)
// and <file>.gz sits beside <file> and is not older than it, the answer is
// the .gz bytes with "Content-Encoding: gzip", "Vary: Accept-Encoding" and
// the original's Content-Type and Cache-Control. Otherwise, and for Range
// requests, the original is served exactly as without a .gz. The client
// build writes the .gz files (client/CMakeLists.txt).
#pragma once

#include <httplib.h>

#include <optional>
#include <string>

#include "core/request_screen.h"

namespace sammen::server {

// Mounts the folders that are not empty strings and gives the handler that
// answers with precompressed files, to run before routing (empty when
// nothing is mounted); nothing (with a message on stderr) when a folder does
// not exist.
std::optional<PreRouting> mount_static_files(httplib::Server& server, const std::string& web_dir,
                                             const std::string& client_dir);

}  // namespace sammen::server
