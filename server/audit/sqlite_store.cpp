#include "audit/sqlite_store.h"

#include "core/statement.h"

namespace sammen::server::audit {

Status SqliteStore::append(const AuditEntry& e) {
  return db_.write("audit.append", [&] {
    const std::optional<std::int64_t> person =
        e.who.person_id == 0 ? std::nullopt : std::optional<std::int64_t>(e.who.person_id);
    Statement(db_,
              "INSERT INTO audit_log (at, credential, person_id, actor_name, action, subject,"
              " details) VALUES (?,?,?,?,?,?,?)")
        .bind(e.at, kCredentialIds.id(e.who.credential), person, e.who.name,
              kAuditActionIds.id(e.action), e.subject, e.details)
        .run();
  });
}

Result<std::vector<AuditEntry>> SqliteStore::page(std::int64_t before, int limit) {
  return db_.read("audit.page", [&] {
    Statement s(db_,
                "SELECT id, at, credential, person_id, actor_name, action, subject, details"
                " FROM audit_log WHERE ?1 = 0 OR id < ?1 ORDER BY id DESC LIMIT ?2");
    s.bind(before, limit);
    std::vector<AuditEntry> out;
    while (s.step()) {
      out.push_back({s.integer(0), s.integer(1),
                     AuditActor{s.enumeration<Credential>(2, kCredentialIds), s.integer(3),
                                s.text(4)},
                     s.enumeration<AuditAction>(5, kAuditActionIds), s.text(6), s.text(7)});
    }
    return out;
  });
}

}  // namespace sammen::server::audit
