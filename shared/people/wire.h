// The wire mapping of people: one encoder or reader per type.
//
// Roles and credentials travel as their ids (kRoleIds, kCredentialIds);
// times as Unix seconds; a missing birth year as null. Answers carry
// "version"; requests may.
#pragma once

#include "sammen/core/json.h"
#include "sammen/people/views.h"

namespace sammen {

void to_json(Json& json, const Person& person);
void to_json(Json& json, const SessionView& session);
void to_json(Json& json, const SignUpReceived& received);
void to_json(Json& json, const SignedOut& signed_out);
void to_json(Json& json, const PeopleList& list);
void to_json(Json& json, const PersonSaved& saved);
void to_json(Json& json, const ApiToken& token);
void to_json(Json& json, const ApiTokenCreated& created);
void to_json(Json& json, const ApiTokenList& list);
void to_json(Json& json, const EligibilityAnswer& answer);
// What a client sends.
void to_json(Json& json, const SignIn& sign_in);
void to_json(Json& json, const PasswordChange& change);

void read(JsonReader& reader, SignUp& sign_up);
void read(JsonReader& reader, SignIn& sign_in);
void read(JsonReader& reader, PasswordChange& change);
void read(JsonReader& reader, ApiTokenRequest& request);
void read(JsonReader& reader, Person& person);
void read(JsonReader& reader, SessionView& session);
void read(JsonReader& reader, PeopleList& list);

}  // namespace sammen
