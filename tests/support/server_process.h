// ServerProcess: the real sammen-server binary as a child process, for tests.
//
// start() runs the binary with --port 0 on 127.0.0.1 and the given flags,
// reads its stdout until "sammen-server listening on http://HOST:PORT" (with
// a deadline) and keeps everything it printed. stop() sends SIGTERM, waits a
// bounded time, then SIGKILL. The destructor stops a running child, and the
// child is killed by the kernel should the test process die first.
// TempDir is a fresh folder removed with everything in it at the end.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace sammen::testing {

// The administrator token the tests start servers with.
inline constexpr const char* kAdminToken = "test-admin-token-0123456789abcdef";

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// The server binary run as a command to its end (--create-admin ...), with
// `input` on its standard input; what it printed and its exit code (-1 when
// it had to be killed after `timeout`).
struct CommandRun {
  int exit_code = -1;
  std::string output;  // stdout and stderr, in that order
};
CommandRun run_server_command(const std::vector<std::string>& flags, const std::string& input,
                              std::chrono::milliseconds timeout = std::chrono::seconds(20));

class ServerProcess {
 public:
  ServerProcess() = default;
  // Another binary than this build's sammen-server (a benchmark's baseline).
  explicit ServerProcess(std::string binary) : binary_(std::move(binary)) {}
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  // Starts the server with `flags` (plus --host 127.0.0.1 --port 0); false
  // when it exits or does not report its port within `timeout`.
  bool start(const std::vector<std::string>& flags,
             std::chrono::milliseconds timeout = std::chrono::seconds(20));
  // SIGTERM, then SIGKILL after `grace`. Returns the exit status (or -1 if killed).
  int stop(std::chrono::milliseconds grace = std::chrono::seconds(10));
  // kill -9: the server dies at once, without a clean shutdown.
  void crash();

  bool running() const { return pid_ > 0; }
  int port() const { return port_; }
  // Everything the server printed to stdout up to the "listening" line.
  const std::string& output() const { return output_; }
  // What it printed to stderr so far.
  std::string errors() const;

 private:
  std::string binary_ = SAMMEN_SERVER_BINARY;
  pid_t pid_ = -1;
  int port_ = 0;
  std::string output_;
  std::string stderr_path_;
  int stdout_fd_ = -1;
};

}  // namespace sammen::testing
