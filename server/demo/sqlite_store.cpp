#include "demo/sqlite_store.h"

#include "core/statement.h"

namespace sammen::server::demo {

Status SqliteStore::add(const DemoCodes& codes) {
  return db_.write("demo.add", [&] {
    for (std::size_t i = 0; i < codes.voter_codes.size(); ++i) {
      Statement(db_, "INSERT INTO demo_codes (process_id, code, position) VALUES (?,?,?)")
          .bind(codes.process_id, codes.voter_codes[i], static_cast<std::int64_t>(i))
          .run();
    }
  });
}

Result<std::optional<DemoCodes>> SqliteStore::codes() {
  return db_.read("demo.codes", [&]() -> std::optional<DemoCodes> {
    Statement s(db_, "SELECT process_id, code FROM demo_codes ORDER BY process_id, position");
    DemoCodes demo;
    while (s.step()) {
      if (demo.process_id.empty()) demo.process_id = s.text(0);
      if (s.text(0) == demo.process_id) demo.voter_codes.push_back(s.text(1));
    }
    if (demo.voter_codes.empty()) return std::nullopt;
    return demo;
  });
}

Status SqliteStore::add_account(const DemoAccount& account) {
  return db_.write("demo.add_account", [&] {
    Statement(db_, "INSERT INTO demo_accounts (email, password) VALUES (?,?)")
        .bind(account.email, account.password)
        .run();
  });
}

Result<std::optional<DemoAccount>> SqliteStore::account() {
  return db_.read("demo.account", [&]() -> std::optional<DemoAccount> {
    Statement s(db_, "SELECT email, password FROM demo_accounts ORDER BY email LIMIT 1");
    if (!s.step()) return std::nullopt;
    return DemoAccount{s.text(0), s.text(1)};
  });
}

}  // namespace sammen::server::demo
