#include "server_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#ifndef SAMMEN_SERVER_BINARY
#error "SAMMEN_SERVER_BINARY must name the sammen-server binary (set by CMake)"
#endif

namespace sammen::testing {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "sammen-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) std::abort();
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

ServerProcess::~ServerProcess() {
  if (running()) stop(std::chrono::seconds(5));
  if (!stderr_path_.empty()) unlink(stderr_path_.c_str());
}

bool ServerProcess::start(const std::vector<std::string>& flags,
                          std::chrono::milliseconds timeout) {
  if (running()) return false;
  std::vector<std::string> args = {binary_, "--host", "127.0.0.1", "--port", "0"};
  args.insert(args.end(), flags.begin(), flags.end());
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  if (!stderr_path_.empty()) unlink(stderr_path_.c_str());
  char stderr_template[] = "/tmp/sammen-server-stderr-XXXXXX";
  const int stderr_fd = mkstemp(stderr_template);
  if (stderr_fd < 0) return false;
  stderr_path_ = stderr_template;

  int out[2];
  if (pipe2(out, O_CLOEXEC) != 0) return false;
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid < 0) return false;
  if (pid == 0) {
    // Child: only async-signal-safe calls until exec.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
    dup2(out[1], STDOUT_FILENO);
    dup2(stderr_fd, STDERR_FILENO);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(out[1]);
  close(stderr_fd);
  pid_ = pid;
  stdout_fd_ = out[0];
  output_.clear();

  const std::string marker = "sammen-server listening on http://";
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    pollfd p{stdout_fd_, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(std::max<std::int64_t>(1, left.count()))) <= 0) continue;
    char buffer[4096];
    const ssize_t n = read(stdout_fd_, buffer, sizeof buffer);
    if (n <= 0) break;  // the server exited
    output_.append(buffer, static_cast<std::size_t>(n));
    const std::size_t at = output_.find(marker);
    if (at == std::string::npos) continue;
    const std::size_t end = output_.find('\n', at);
    if (end == std::string::npos) continue;
    const std::string address = output_.substr(at + marker.size(), end - at - marker.size());
    port_ = std::atoi(address.substr(address.rfind(':') + 1).c_str());
    return port_ > 0;
  }
  stop(std::chrono::seconds(2));
  return false;
}

CommandRun run_server_command(const std::vector<std::string>& flags, const std::string& input,
                              std::chrono::milliseconds timeout) {
  std::vector<std::string> args = {SAMMEN_SERVER_BINARY};
  args.insert(args.end(), flags.begin(), flags.end());
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  int in[2], out[2];
  if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0) return {};
  const pid_t pid = fork();
  if (pid < 0) return {};
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    dup2(in[0], STDIN_FILENO);
    dup2(out[1], STDOUT_FILENO);
    dup2(out[1], STDERR_FILENO);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  // The input is short (a password line): it fits the pipe's buffer.
  [[maybe_unused]] const ssize_t written = write(in[1], input.data(), input.size());
  close(in[1]);
  CommandRun run;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  char buffer[4096];
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{out[0], POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    const ssize_t n = read(out[0], buffer, sizeof buffer);
    if (n <= 0) break;
    run.output.append(buffer, static_cast<std::size_t>(n));
  }
  close(out[0]);
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return run;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

int ServerProcess::stop(std::chrono::milliseconds grace) {
  if (!running()) return -1;
  kill(pid_, SIGTERM);
  int status = 0;
  int result = -1;
  const auto deadline = std::chrono::steady_clock::now() + grace;
  while (true) {
    const pid_t done = waitpid(pid_, &status, WNOHANG);
    if (done == pid_) {
      result = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      break;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  pid_ = -1;
  if (stdout_fd_ >= 0) close(stdout_fd_);
  stdout_fd_ = -1;
  return result;
}

void ServerProcess::crash() {
  if (!running()) return;
  kill(pid_, SIGKILL);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  if (stdout_fd_ >= 0) close(stdout_fd_);
  stdout_fd_ = -1;
}

std::string ServerProcess::errors() const {
  std::ifstream in(stderr_path_);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace sammen::testing
