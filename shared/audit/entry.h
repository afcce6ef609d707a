// Audit entry: one administrative action, who did it, when and to what.
//
// The audit log is append-only: entries are added and read, never changed
// or removed (the server's table refuses it). `who` is the actor as the
// server knew it then (a person's id and name, or the installation token,
// or the command line); `subject` names what was acted on (a process id, a
// person's id); `details` holds the facts of the change as a JSON object.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sammen/core/enum_table.h"
#include "sammen/people/actor.h"
#include "sammen/processes/process.h"

namespace sammen {

enum class AuditAction {
  kCreateAdministrator,
  kSetMunicipality,
  kCreateProcess,
  kChangeProcess,
  kAddProposal,
  kChangeProposal,
  kOpenVoting,
  kCloseVoting,
  kPublishResult,
  kPreviewResult,
  kImportRoll,
  kMarkUsedOnPaper,
  kGrantRole,
  kRemoveRole,
  kCreateApiToken,
  kRevokeApiToken,
};

inline constexpr auto kAuditActionIds =
    enum_table<AuditAction>({{AuditAction::kCreateAdministrator, "person.create_administrator"},
                             {AuditAction::kSetMunicipality, "municipality.set"},
                             {AuditAction::kCreateProcess, "process.create"},
                             {AuditAction::kChangeProcess, "process.change"},
                             {AuditAction::kAddProposal, "proposal.add"},
                             {AuditAction::kChangeProposal, "proposal.change"},
                             {AuditAction::kOpenVoting, "voting.open"},
                             {AuditAction::kCloseVoting, "voting.close"},
                             {AuditAction::kPublishResult, "result.publish"},
                             {AuditAction::kPreviewResult, "result.preview"},
                             {AuditAction::kImportRoll, "roll.import"},
                             {AuditAction::kMarkUsedOnPaper, "roll.mark_used_on_paper"},
                             {AuditAction::kGrantRole, "role.grant"},
                             {AuditAction::kRemoveRole, "role.remove"},
                             {AuditAction::kCreateApiToken, "token.create"},
                             {AuditAction::kRevokeApiToken, "token.revoke"}});

// Who acted, as the log keeps it.
struct AuditActor {
  Credential credential = Credential::kNone;  // kNone: the command line
  PersonId person_id = 0;
  std::string name;
};

struct AuditEntry {
  std::int64_t id = 0;  // given by the log, increasing
  UnixSeconds at = 0;
  AuditActor who;
  AuditAction action = AuditAction::kSetMunicipality;
  std::string subject;
  std::string details = "{}";  // a JSON object
};

// The log's record of `actor`.
AuditActor audit_actor(const Actor& actor);

// An entry to append (the log gives it its id).
AuditEntry audit_entry(const Actor& actor, UnixSeconds at, AuditAction action,
                       std::string subject, std::string details = "{}");

// GET /api/v1/audit: newest first; `next_before` pages on (0: no more).
struct AuditPage {
  std::vector<AuditEntry> entries;
  std::int64_t next_before = 0;
};

}  // namespace sammen
