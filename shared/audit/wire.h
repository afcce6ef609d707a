// The wire mapping of the audit log: an entry's action as its id
// (kAuditActionIds), its actor as {credential, person_id, name}, its details
// as the JSON object they are.
#pragma once

#include "sammen/audit/entry.h"
#include "sammen/core/json.h"

namespace sammen {

void to_json(Json& json, const AuditActor& actor);
void to_json(Json& json, const AuditEntry& entry);
void to_json(Json& json, const AuditPage& page);

void read(JsonReader& reader, AuditActor& actor);
void read(JsonReader& reader, AuditEntry& entry);
void read(JsonReader& reader, AuditPage& page);

}  // namespace sammen
