#include "sammen/audit/wire.h"

namespace sammen {

void to_json(Json& json, const AuditActor& a) {
  json = {{"credential", kCredentialIds.id(a.credential)},
          {"person_id", a.person_id == 0 ? Json() : Json(a.person_id)},
          {"name", a.name}};
}

void to_json(Json& json, const AuditEntry& e) {
  const Result<Json> details = parse_json(e.details);
  json = {{"id", e.id},
          {"at", e.at},
          {"who", e.who},
          {"action", kAuditActionIds.id(e.action)},
          {"subject", e.subject},
          {"details", details.ok() ? details.value() : Json::object()}};
}

void to_json(Json& json, const AuditPage& page) {
  json = {{"version", kWireVersion},
          {"entries", page.entries},
          {"next_before", page.next_before == 0 ? Json() : Json(page.next_before)}};
}

void read(JsonReader& r, AuditActor& a) {
  r.required("credential", a.credential, kCredentialIds);
  r.optional("person_id", a.person_id);
  r.required("name", a.name);
}

void read(JsonReader& r, AuditEntry& e) {
  r.required("id", e.id);
  r.required("at", e.at);
  r.required("who", e.who);
  r.required("action", e.action, kAuditActionIds);
  r.required("subject", e.subject);
}

void read(JsonReader& r, AuditPage& page) {
  r.version();
  r.required("entries", page.entries);
  r.optional("next_before", page.next_before);
}

}  // namespace sammen
