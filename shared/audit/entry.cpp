#include "sammen/audit/entry.h"

namespace sammen {

AuditActor audit_actor(const Actor& actor) {
  return {actor.credential, actor.person_id, actor.name};
}

AuditEntry audit_entry(const Actor& actor, UnixSeconds at, AuditAction action,
                       std::string subject, std::string details) {
  return {0, at, audit_actor(actor), action, std::move(subject), std::move(details)};
}

}  // namespace sammen
