// The real server under slow and idle connections, a taken port, and
// requests whose headers never end.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "server_fixture.h"

namespace sammen::testing {
namespace {

// A raw TCP connection to the server, for clients that misbehave.
class RawConnection {
 public:
  explicit RawConnection(int port) : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  }
  ~RawConnection() { close(fd_); }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool connected() const { return connected_; }
  bool send_text(const std::string& text) {
    return ::send(fd_, text.data(), text.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(text.size());
  }
  // True when the server has closed the connection (what it sent first is in `answer`).
  bool closed_within(std::chrono::milliseconds time, std::string* answer = nullptr) {
    const auto deadline = std::chrono::steady_clock::now() + time;
    char buffer[4096];
    while (std::chrono::steady_clock::now() < deadline) {
      pollfd p{fd_, POLLIN, 0};
      if (poll(&p, 1, 100) <= 0) continue;
      const ssize_t n = recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) return true;
      if (answer) answer->append(buffer, static_cast<std::size_t>(n));
    }
    return false;
  }

 private:
  int fd_;
  bool connected_ = false;
};

using HttpServerLimits = ServerTest;

TEST_F(HttpServerLimits, AnswersAGetWithin1SecondWhile64ConnectionsTrickleOrIdle) {
  std::vector<std::unique_ptr<RawConnection>> slow;
  for (int i = 0; i < 64; ++i) {
    slow.push_back(std::make_unique<RawConnection>(server_.port()));
    ASSERT_TRUE(slow.back()->connected());
    // Half start a request and never finish it; half send nothing at all.
    if (i % 2 == 0) {
      ASSERT_TRUE(slow.back()->send_text("GET /api/v1/processes HTTP/1.1\r\n"));
    }
  }
  std::atomic<bool> done = false;
  std::thread trickle([&] {
    for (int tick = 0; !done && tick < 40; ++tick) {
      for (std::size_t i = 0; i < slow.size(); i += 2) slow[i]->send_text("X-Slow: 1\r\n");
      std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // all of them are being served
  for (int i = 0; i < 3; ++i) {
    httplib::Client c("127.0.0.1", server_.port());
    c.set_connection_timeout(std::chrono::seconds(1));
    c.set_read_timeout(std::chrono::seconds(1));
    const httplib::Result r = c.Get("/api/v1/processes");
    ASSERT_TRUE(r) << "no answer within the 1-second time-out: " << httplib::to_string(r.error());
    EXPECT_EQ(r->status, 200);
  }
  done = true;
  trickle.join();
}

TEST_F(HttpServerLimits, CutsOffARequestWhoseHeadersTrickleForever) {
  RawConnection slow(server_.port());
  ASSERT_TRUE(slow.send_text("GET /api/v1/processes HTTP/1.1\r\n"));
  // A header line every second keeps every single read within its time-out;
  // the request as a whole must still arrive in time (10 s, http_server.h).
  bool closed = false;
  for (int second = 0; second < 40 && !closed; ++second) {
    slow.send_text("X-Slow: 1\r\n");
    closed = slow.closed_within(std::chrono::seconds(1));
  }
  EXPECT_TRUE(closed) << "the server still waits for the headers after 40 seconds";
}

TEST_F(HttpServerLimits, ClosesAConnectionThatNeverSendsARequest) {
  RawConnection idle(server_.port());
  ASSERT_TRUE(idle.connected());
  EXPECT_TRUE(idle.closed_within(std::chrono::seconds(30)));
}

TEST_F(HttpServerLimits, RefusesHeadersBeyondTheirLimit) {
  RawConnection greedy(server_.port());
  std::string request = "GET /api/v1/processes HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 2000; ++i) request += "X-Filler-" + std::to_string(i) + ": " + std::string(60, 'a') + "\r\n";
  greedy.send_text(request + "\r\n");  // about 150 KB of headers, in lines httplib accepts
  std::string answer;
  EXPECT_TRUE(greedy.closed_within(std::chrono::seconds(20), &answer));
  EXPECT_EQ(answer.rfind("HTTP/1.1 400", 0), 0u) << answer.substr(0, 200);
  EXPECT_EQ(get("/api/v1/processes")->status, 200) << "the server keeps serving";
}

TEST_F(HttpServerLimits, AnswersPipelinedRequestsInOrder) {
  RawConnection pipelined(server_.port());
  pipelined.send_text(
      "GET /api/v1/processes HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /api/v1/nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  std::string answer;
  EXPECT_TRUE(pipelined.closed_within(std::chrono::seconds(20), &answer));
  const std::size_t ok = answer.find("HTTP/1.1 200");
  const std::size_t not_found = answer.find("HTTP/1.1 404");
  EXPECT_NE(ok, std::string::npos);
  EXPECT_NE(not_found, std::string::npos);
  EXPECT_LT(ok, not_found);
}

TEST_F(HttpServerLimits, WrongTokensBeyondTheArgon2LineAreRefusedAtOnceWhileBallotsFlow) {
  const std::string code = demo_codes().at(0);
  std::vector<std::thread> guessers;
  std::atomic<int> busy = 0, refused = 0, other = 0;
  for (int i = 0; i < 12; ++i) {
    guessers.emplace_back([&, i] {
      const httplib::Result r = get(std::string(kDemoProcess) + "/ballots",
                                    bearer("wrong-installation-token-" + std::to_string(i)));
      if (r && r->status == 503 && error_code(r) == "server.busy" &&
          !r->get_header_value("Retry-After").empty()) {
        ++busy;
      } else if (r && r->status == 401) {
        ++refused;
      } else {
        ++other;
      }
    });
  }
  // Meanwhile a voter votes: the Argon2id checks hold at most four workers.
  const httplib::Result ballot = vote(code, "stranda", {"kajakkbod"});
  for (std::thread& t : guessers) t.join();
  ASSERT_TRUE(ballot);
  EXPECT_EQ(ballot->status, 201);
  EXPECT_GT(busy, 0) << "twelve at once do not all wait in a line of four";
  EXPECT_EQ(busy + refused, 12) << "every wrong token is refused: busy, or 401 once checked";
  EXPECT_EQ(other, 0);
}

TEST_F(HttpServerLimits, ASecondServerOnATakenPortRefusesToStart) {
  const CommandRun second = run_server_command(
      {"--db", dir_.file("second.sqlite"), "--host", "127.0.0.1", "--port",
       std::to_string(server_.port()), "--admin-token", kAdminToken},
      "", std::chrono::seconds(20));
  EXPECT_EQ(second.exit_code, 1) << second.output;
  EXPECT_NE(second.output.find("another program is listening there already"), std::string::npos)
      << second.output;
  EXPECT_EQ(get("/api/v1/processes")->status, 200) << "the first server still serves";
}

TEST_F(HttpServerLimits, RefusesToStartWithAWeakAdministratorToken) {
  for (const std::string& weak : {std::string("abc"), std::string(40, 'a'),
                                  std::string("abababababababababababababababababab")}) {
    const CommandRun run = run_server_command(
        {"--db", dir_.file("weak.sqlite"), "--port", "0", "--admin-token", weak}, "",
        std::chrono::seconds(20));
    EXPECT_EQ(run.exit_code, 2) << weak << ": " << run.output;
    EXPECT_NE(run.output.find("too easy to guess"), std::string::npos) << run.output;
  }
}

}  // namespace
}  // namespace sammen::testing
