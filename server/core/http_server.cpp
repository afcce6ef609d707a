#include "core/http_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>

namespace sammen::server {
namespace {

using Clock = std::chrono::steady_clock;

// How long one wait may last before checking whether the server stops.
constexpr int kSliceMs = 200;

// A connection's socket as httplib's Stream, under ConnectionLimits.
class LimitedStream final : public httplib::Stream {
 public:
  LimitedStream(socket_t sock, const ConnectionLimits& limits,
                const std::atomic<socket_t>& listener)
      : sock_(sock), limits_(limits), listener_(listener) {}

  // Waits up to `idle` for the next request's first byte and starts its
  // clock; false when none came, the client left or the server stops.
  bool await_request() {
    if (begin_ == end_ && !wait_for(POLLIN, Clock::now() + limits_.idle)) return false;
    request_start_ = Clock::now();
    received_ = 0;
    header_bytes_ = 0;
    blank_line_ = 0;
    in_headers_ = true;
    answer_start_.reset();
    sent_ = 0;
    return true;
  }

  // True once a request took too long or its headers were too large: the
  // connection is closed after httplib's answer (400), never read on.
  bool broken() const { return broken_; }

  bool is_readable() const override {
    return begin_ < end_ || wait_for(POLLIN, read_deadline());
  }
  bool is_writable() const override { return wait_for(POLLOUT, write_deadline()); }

  ssize_t read(char* ptr, size_t size) override {
    if (begin_ == end_) {
      // Read what is there; wait (within the deadline) only when nothing is.
      ssize_t n;
      for (;;) {
        n = ::recv(sock_, buffer_, sizeof buffer_, MSG_DONTWAIT);
        if (n >= 0 || errno == EINTR) {
          if (n >= 0) break;
          continue;
        }
        if (errno != EAGAIN && errno != EWOULDBLOCK) return -1;
        if (!wait_for(POLLIN, read_deadline())) {
          broken_ = true;
          return -1;
        }
      }
      if (n == 0) return 0;
      begin_ = 0;
      end_ = static_cast<std::size_t>(n);
      received_ += end_;
      if (Clock::now() > read_deadline()) {  // it came, but too late
        broken_ = true;
        return -1;
      }
    }
    std::size_t n = std::min(size, end_ - begin_);
    if (in_headers_) n = count_header_bytes(n);
    if (n == 0) {  // the headers are too large
      broken_ = true;
      return -1;
    }
    std::memcpy(ptr, buffer_ + begin_, n);
    begin_ += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    if (!answer_start_) answer_start_ = Clock::now();
    std::size_t done = 0;
    while (done < size) {
      // Send what fits; wait (within the deadline) only when nothing does.
      const ssize_t n = ::send(sock_, ptr + done, size - done, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n < 0) {
        if (errno == EINTR) continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK) return -1;
        if (!wait_for(POLLOUT, write_deadline())) return -1;
        continue;
      }
      done += static_cast<std::size_t>(n);
      sent_ += static_cast<std::size_t>(n);
    }
    return static_cast<ssize_t>(done);
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    address_of(&getpeername, ip, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    address_of(&getsockname, ip, port);
  }
  socket_t socket() const override { return sock_; }

 private:
  // How many of the next `n` buffered bytes may be handed out: up to the end
  // of the headers (the blank line) they count against header_bytes; 0 when
  // the limit is passed.
  std::size_t count_header_bytes(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      if (++header_bytes_ > limits_.header_bytes) return i;
      const char c = buffer_[begin_ + i];
      // "\r\n\r\n" or "\n\n" ends the headers; a '\r' does not break the count.
      blank_line_ = c == '\n' ? blank_line_ + 1 : (c == '\r' ? blank_line_ : 0);
      if (blank_line_ == 2) {
        in_headers_ = false;
        return n;
      }
    }
    return n;
  }

  // `start` + request_time + one second per min_rate bytes of `bytes`.
  Clock::time_point allowance(Clock::time_point start, std::size_t bytes) const {
    const auto extra = std::chrono::milliseconds(bytes * 1000 / std::max<std::size_t>(1, limits_.min_rate));
    return start + limits_.request_time + extra;
  }
  Clock::time_point read_deadline() const { return allowance(request_start_, received_); }
  Clock::time_point write_deadline() const {
    return allowance(answer_start_.value_or(Clock::now()), sent_);
  }

  // True when the socket is ready for `events` before `deadline`; false on
  // time-out, a poll error, or once the server stops listening.
  bool wait_for(short events, Clock::time_point deadline) const {
    for (;;) {
      if (listener_ == INVALID_SOCKET) return false;
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0) return false;
      pollfd p{sock_, events, 0};
      const int ready = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, kSliceMs)));
      if (ready > 0) return true;
      if (ready < 0 && errno != EINTR) return false;
    }
  }

  void address_of(int (*name)(int, sockaddr*, socklen_t*), std::string& ip, int& port) const {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    ip.clear();
    port = 0;
    if (name(sock_, reinterpret_cast<sockaddr*>(&address), &length) != 0) return;
    char text[INET6_ADDRSTRLEN] = {};
    if (address.ss_family == AF_INET) {
      const auto* v4 = reinterpret_cast<const sockaddr_in*>(&address);
      inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
      port = ntohs(v4->sin_port);
    } else if (address.ss_family == AF_INET6) {
      const auto* v6 = reinterpret_cast<const sockaddr_in6*>(&address);
      inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
      port = ntohs(v6->sin6_port);
    }
    ip = text;
  }

  socket_t sock_;
  const ConnectionLimits& limits_;
  const std::atomic<socket_t>& listener_;
  char buffer_[8192];
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  Clock::time_point request_start_ = Clock::now();
  std::size_t received_ = 0;
  std::size_t header_bytes_ = 0;
  int blank_line_ = 0;  // line ends in a row, with nothing but '\r' between them
  bool in_headers_ = true;
  bool broken_ = false;
  std::optional<Clock::time_point> answer_start_;
  std::size_t sent_ = 0;
};

}  // namespace

HttpServer::HttpServer(ConnectionLimits limits) : limits_(limits) {
  new_task_queue = [workers = limits_.workers] { return new httplib::ThreadPool(workers); };
  set_tcp_nodelay(true);
  // httplib's default also sets SO_REUSEPORT, which lets a second server
  // share the port; SO_REUSEADDR alone only lets a restart reuse it at once.
  set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  // What the Keep-Alive header announces; process_and_close_socket() enforces it.
  set_keep_alive_max_count(limits_.requests_per_connection);
  set_keep_alive_timeout(std::max<time_t>(
      1, std::chrono::duration_cast<std::chrono::seconds>(limits_.idle).count()));
}

int HttpServer::bind(const std::string& host, int port) {
  // Every connection is a descriptor: take all the process may have.
  rlimit files{};
  if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);
  }
  errno = 0;
  const int bound =
      port == 0 ? bind_to_any_port(host) : (bind_to_port(host, port) ? port : -1);
  if (bound < 0) {
    if (errno == 0) errno = EADDRNOTAVAIL;
    return -1;
  }
  // httplib listens with a backlog of 5; listen() again only changes it.
  ::listen(svr_sock_, limits_.backlog);
  return bound;
}

bool HttpServer::process_and_close_socket(socket_t sock) {
  int yes = 1;
  setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  LimitedStream stream(sock, limits_, svr_sock_);
  bool ok = true;
  for (std::size_t served = 0; served < limits_.requests_per_connection; ++served) {
    if (!stream.await_request()) break;
    bool closed = false;
    const bool last = served + 1 == limits_.requests_per_connection;
    ok = process_request(stream, last, closed, nullptr);
    if (!ok || closed || stream.broken()) break;
  }
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ok;
}

}  // namespace sammen::server
