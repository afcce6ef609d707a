// FjordbyTest: a real server started without the demo, set up over HTTP
// with the installation's administrator token: Fjordby kommune with two
// districts and the process "budsjett" (voting from an hour from now, for a
// week) with five proposals. For API tests of what an administrator builds.
#pragma once

#include <ctime>

#include "server_fixture.h"
#include "setup_bodies.h"

namespace sammen::testing {

inline constexpr const char* kFjordbyProcess = "/api/v1/processes/budsjett";

class FjordbyTest : public ServerTest {
 protected:
  void SetUp() override {
    start(std::vector<std::string>{"--no-demo", "--admin-token", kAdminToken});
    set_up_fjordby();
  }

  void set_up_fjordby() {
    const UnixSeconds now = std::time(nullptr);
    ASSERT_EQ(put("/api/v1/municipality", municipality_body().dump(), admin())->status, 200);
    const httplib::Result process = post(
        "/api/v1/processes", process_body("budsjett", now + 3600, now + 8 * 86400).dump(), admin());
    ASSERT_EQ(process->status, 201) << process->body;
    const std::pair<const char*, Money> proposals[] = {{"nord", 40'000'000},
                                                       {"nord", 50'000'000},
                                                       {"nord", 30'000'000},
                                                       {"sor", 45'000'000},
                                                       {"sor", 25'000'000}};
    int n = 0;
    for (const auto& [district, cost] : proposals) {
      const httplib::Result r =
          post(std::string(kFjordbyProcess) + "/proposals",
               proposal_body("p" + std::to_string(++n), district, cost).dump(), admin());
      ASSERT_EQ(r->status, 201) << r->body;
    }
  }
};

}  // namespace sammen::testing
