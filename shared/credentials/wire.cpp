#include "sammen/credentials/wire.h"

namespace sammen {

std::optional<std::string> public_key_of(const ProcessKeys& keys, const std::string& district_id) {
  for (const ProcessKey& key : keys.keys) {
    if (key.district_id == district_id) return key.public_key;
  }
  return std::nullopt;
}

void to_json(Json& json, const CredentialRequest& r) {
  json = {{"version", kWireVersion},
          {"voter_code", r.voter_code},
          {"district_id", r.district_id},
          {"blinded_element", r.blinded_element}};
  if (r.language) json["language"] = language_tag(*r.language);
}

void to_json(Json& json, const CredentialIssued& i) {
  json = {{"version", kWireVersion},
          {"key_district_id", i.key_district_id},
          {"evaluated_element", i.evaluated_element},
          {"proof", i.proof}};
}

void to_json(Json& json, const ProcessKey& k) {
  json = {{"district_id", k.district_id}, {"public_key", k.public_key}};
}

void to_json(Json& json, const ProcessKeys& k) {
  json = {
      {"version", kWireVersion}, {"suite", "RFC 9497 VOPRF ristretto255-SHA512"}, {"keys", k.keys}};
}

void read(JsonReader& r, CredentialRequest& request) {
  r.version();
  r.optional("voter_code", request.voter_code);
  r.required("district_id", request.district_id);
  r.required("blinded_element", request.blinded_element);
  std::string language;
  r.optional("language", language);
  if (!language.empty()) {
    request.language = language_from_tag(language);
    if (!request.language) r.problem(ErrorCode::kWrongType, r.name("language"));
  }
}

void read(JsonReader& r, CredentialIssued& i) {
  r.version();
  r.required("key_district_id", i.key_district_id);
  r.required("evaluated_element", i.evaluated_element);
  r.required("proof", i.proof);
}

void read(JsonReader& r, ProcessKey& k) {
  r.required("district_id", k.district_id);
  r.required("public_key", k.public_key);
}

void read(JsonReader& r, ProcessKeys& k) {
  r.version();
  r.required("keys", k.keys);
}

}  // namespace sammen
