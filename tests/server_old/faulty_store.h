// FaultyStore: a Store decorator that fails or throws on purpose.
//
// Forwards every call to a real store. With fail_writes set, every method that
// changes data returns kStorageFailed without touching the real store (as a
// full disk or I/O error would); with throw_on_read set, reads throw, standing
// in for a bug. For anomaly tests of the handlers.
#pragma once

#include <atomic>
#include <stdexcept>

#include "store.h"

namespace sammen::testing {

class FaultyStore final : public server::Store {
 public:
  explicit FaultyStore(server::Store& inner) : inner_(inner) {}

  std::atomic<bool> fail_writes = false;
  std::atomic<bool> throw_on_read = false;

 private:
  template <typename F>
  auto read(F&& f) {
    if (throw_on_read) throw std::logic_error("a bug, on purpose");
    return f();
  }
  template <typename T, typename F>
  Result<T> write(F&& f) {
    if (fail_writes) return Problem{ErrorCode::kStorageFailed, ""};
    return f();
  }

 public:
  Result<bool> empty() override {
    return read([&] { return inner_.empty(); });
  }
  server::Status initialize(const server::InitialData& d) override {
    return write<server::Done>([&] { return inner_.initialize(d); });
  }
  Result<std::optional<Municipality>> municipality() override {
    return read([&] { return inner_.municipality(); });
  }
  Result<std::vector<Process>> processes() override {
    return read([&] { return inner_.processes(); });
  }
  Result<std::optional<Process>> process(const std::string& id) override {
    return read([&] { return inner_.process(id); });
  }
  server::Status save_process(const Process& p) override {
    return write<server::Done>([&] { return inner_.save_process(p); });
  }
  Result<bool> voter_on_roll(const std::string& id, const std::string& hash) override {
    return read([&] { return inner_.voter_on_roll(id, hash); });
  }
  Result<wire::BallotReceipt> put_ballot(const std::string& hash, const Ballot& b,
                                         UnixSeconds now) override {
    return write<wire::BallotReceipt>([&] { return inner_.put_ballot(hash, b, now); });
  }
  Result<std::optional<server::StoredBallot>> ballot_of(const std::string& id,
                                                        const std::string& hash) override {
    return read([&] { return inner_.ballot_of(id, hash); });
  }
  Result<std::vector<server::StoredBallot>> ballots(const std::string& id) override {
    return read([&] { return inner_.ballots(id); });
  }
  server::Status publish(const Process& p, const ProcessResult& r, UnixSeconds now) override {
    return write<server::Done>([&] { return inner_.publish(p, r, now); });
  }
  Result<std::optional<server::StoredResult>> result(const std::string& id) override {
    return read([&] { return inner_.result(id); });
  }
  Result<std::optional<std::string>> setting(const std::string& key) override {
    return read([&] { return inner_.setting(key); });
  }
  server::Status set_setting(const std::string& key, const std::string& value) override {
    return write<server::Done>([&] { return inner_.set_setting(key, value); });
  }
  Result<std::optional<wire::DemoCodes>> demo_codes() override {
    return read([&] { return inner_.demo_codes(); });
  }

 private:
  server::Store& inner_;
};

}  // namespace sammen::testing
