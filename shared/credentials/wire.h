// The wire mapping of credentials: what a client sends to get its one-time
// credential, what it gets back, and the process's public keys.
//
// Elements and proofs travel as lower-case hex. A process has one key per
// district that takes part ("district_id") and one for voters whose roll
// entry names no district (""): a credential can only cast a ballot in the
// district of the key that made it, or anywhere with the "" key. Every
// top-level object carries "version".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/core/json.h"
#include "sammen/core/language.h"

namespace sammen {

// POST /api/v1/processes/{id}/credentials.
struct CredentialRequest {
  std::string voter_code;
  std::string district_id;      // the district the resident is voting in
  std::string blinded_element;  // hex, 32 bytes
  std::optional<Language> language;
};

// The answer: the evaluated element and the proof that the key of
// `key_district_id` made it.
struct CredentialIssued {
  std::string key_district_id;
  std::string evaluated_element;  // hex, 32 bytes
  std::string proof;              // hex, 64 bytes: c || s
};

struct ProcessKey {
  std::string district_id;  // "" for voters without a district
  std::string public_key;   // hex, 32 bytes
};

// GET /api/v1/processes/{id}/credentials/keys.
struct ProcessKeys {
  std::vector<ProcessKey> keys;
};

// The public key of `district_id` in `keys`, or nothing.
std::optional<std::string> public_key_of(const ProcessKeys& keys, const std::string& district_id);

void to_json(Json& json, const CredentialRequest& request);
void to_json(Json& json, const CredentialIssued& issued);
void to_json(Json& json, const ProcessKey& key);
void to_json(Json& json, const ProcessKeys& keys);

void read(JsonReader& reader, CredentialRequest& request);
void read(JsonReader& reader, CredentialIssued& issued);
void read(JsonReader& reader, ProcessKey& key);
void read(JsonReader& reader, ProcessKeys& keys);

}  // namespace sammen
