#include "sammen/people/wire.h"

#include "sammen/core/error_wire.h"

namespace sammen {

void to_json(Json& json, const Person& p) {
  json = {{"id", p.id},
          {"name", p.name},
          {"email", p.email},
          {"birth_year", p.birth_year ? Json(*p.birth_year) : Json()},
          {"district_id", p.district_id.empty() ? Json() : Json(p.district_id)},
          {"roles", ids_json(p.roles, kRoleIds)},
          {"created_at", p.created_at},
          {"must_change_password", p.must_change_password}};
}

void to_json(Json& json, const SessionView& s) {
  json = {{"version", kWireVersion},
          {"person", s.person},
          {"credential", kCredentialIds.id(s.credential)},
          {"csrf_token", s.csrf_token.empty() ? Json() : Json(s.csrf_token)},
          {"expires_at", s.expires_at}};
}

void to_json(Json& json, const SignUpReceived&) {
  json = {{"version", kWireVersion}, {"status", "received"}};
}

void to_json(Json& json, const SignedOut&) {
  json = {{"version", kWireVersion}, {"status", "signed_out"}};
}

void to_json(Json& json, const PeopleList& list) {
  json = {{"version", kWireVersion}, {"people", list.people}};
}

void to_json(Json& json, const PersonSaved& saved) {
  json = saved.person;
  json["version"] = kWireVersion;
}

void to_json(Json& json, const ApiToken& t) {
  json = {{"id", t.id},
          {"person_id", t.person_id},
          {"name", t.name},
          {"created_at", t.created_at},
          {"revoked_at", t.revoked_at ? Json(*t.revoked_at) : Json()}};
}

void to_json(Json& json, const ApiTokenCreated& created) {
  json = created.token;
  json["version"] = kWireVersion;
  json["token"] = created.secret;
}

void to_json(Json& json, const ApiTokenList& list) {
  json = {{"version", kWireVersion}, {"tokens", list.tokens}};
}

void to_json(Json& json, const EligibilityAnswer& a) {
  Json reasons = Json::array();
  for (const Problem& p : a.reasons) reasons.push_back(problem_json(p, {a.language}));
  json = {{"version", kWireVersion},
          {"process_id", a.process_id},
          {"eligible", a.reasons.empty()},
          {"reasons", reasons}};
}

void to_json(Json& json, const SignIn& s) {
  json = {{"version", kWireVersion}, {"email", s.email}, {"password", s.password}};
}

void to_json(Json& json, const PasswordChange& c) {
  json = {{"version", kWireVersion},
          {"current_password", c.current_password},
          {"new_password", c.new_password}};
}

void read(JsonReader& r, SignUp& s) {
  r.version();
  r.required("name", s.name);
  r.required("email", s.email);
  r.required("password", s.password);
  r.required("birth_year", s.birth_year);
  r.required("district_id", s.district_id);
  r.optional("language", s.language, kAnyLanguageTag);
}

void read(JsonReader& r, SignIn& s) {
  r.version();
  r.required("email", s.email);
  r.required("password", s.password);
}

void read(JsonReader& r, PasswordChange& c) {
  r.version();
  r.required("current_password", c.current_password);
  r.required("new_password", c.new_password);
}

void read(JsonReader& r, ApiTokenRequest& t) {
  r.version();
  r.required("name", t.name);
}

void read(JsonReader& r, Person& p) {
  r.required("id", p.id);
  r.required("name", p.name);
  r.required("email", p.email);
  r.optional("birth_year", p.birth_year);
  r.optional("district_id", p.district_id);
  r.optional("roles", p.roles, kRoleIds);
  r.optional("created_at", p.created_at);
  r.optional("must_change_password", p.must_change_password);
}

void read(JsonReader& r, SessionView& s) {
  r.version();
  r.required("person", s.person);
  r.required("credential", s.credential, kCredentialIds);
  r.optional("csrf_token", s.csrf_token);
  r.required("expires_at", s.expires_at);
}

void read(JsonReader& r, PeopleList& list) {
  r.version();
  r.required("people", list.people);
}

}  // namespace sammen
