// HttpServer: cpp-httplib's server with the limits a hostile network needs.
//
// cpp-httplib serves each connection on one worker thread and, by itself,
// lets a client hold that worker for as long as it trickles bytes (a header
// line every few seconds), keeps 8 workers, waits 40 ms for Nagle, and binds
// with SO_REUSEPORT (a second server on the same port silently takes half
// the traffic). HttpServer serves each connection itself, request after
// request on one stream that enforces ConnectionLimits:
//   - a new or kept-alive connection that sends nothing for `idle` is closed;
//   - a request's line and headers together hold at most `header_bytes`
//     (cpp-httplib limits each line, not their number): beyond, 400;
//   - a request (request line, headers and body) must arrive within
//     `request_time` plus one second per `min_rate` bytes received, so a
//     trickle is cut off however it is paced; an answer likewise must be taken
//     within `request_time` plus one second per `min_rate` bytes sent;
//   - `workers` threads serve connections (more wait in line for a free one);
//   - TCP_NODELAY on every connection, a listen backlog of `backlog`, and
//     as many open descriptors as the process may have;
//   - SO_REUSEADDR only: bind() fails while another program listens there.
// Bytes a client pipelines after one request stay for the next.
#pragma once

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <string>

namespace sammen::server {

struct ConnectionLimits {
  std::size_t workers = 256;
  std::chrono::milliseconds idle{5000};
  std::chrono::milliseconds request_time{10000};
  std::size_t min_rate = 8 * 1024;  // bytes per second, beyond request_time
  std::size_t header_bytes = 64 * 1024;
  std::size_t requests_per_connection = 1000;
  int backlog = 1024;
};

class HttpServer : public httplib::Server {
 public:
  explicit HttpServer(ConnectionLimits limits = {});

  // Binds `host`:`port` (0: any free port). The port, or -1 with errno set
  // (EADDRINUSE when another program listens there).
  int bind(const std::string& host, int port);

  const ConnectionLimits& limits() const { return limits_; }

 private:
  bool process_and_close_socket(socket_t sock) override;

  ConnectionLimits limits_;
};

}  // namespace sammen::server
