// Views: what the API takes and shows of people, sessions and API tokens.
//
// Plain values without JSON (their wire mapping is in wire.h). Passwords and
// tokens travel only inwards, except a new API token, shown once in
// ApiTokenCreated; the server keeps only hashes of both.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/core/language.h"
#include "sammen/core/problem.h"
#include "sammen/people/account.h"

namespace sammen {

// POST /api/v1/session.
struct SignIn {
  std::string email;
  std::string password;
};

// POST /api/v1/session/password.
struct PasswordChange {
  std::string current_password;
  std::string new_password;
};

// POST /api/v1/accounts: the same answer whether or not the address already
// had an account, so the answer tells nobody who has one.
struct SignUpReceived {};

// GET /api/v1/session and the answer to signing in: who is signed in, with
// the token a browser sends back in X-Sammen-CSRF on every change.
struct SessionView {
  Person person;
  Credential credential = Credential::kSession;
  std::string csrf_token;  // empty for API tokens: they need none
  UnixSeconds expires_at = 0;
};

// A session as the server creates it on signing in; the token goes into the
// cookie and is never shown again.
struct NewSession {
  std::string token;
  SessionView view;
};

// DELETE /api/v1/session.
struct SignedOut {};

// GET /api/v1/people.
struct PeopleList {
  std::vector<Person> people;
};

// The answer to an administrator's change to a person (a role granted or removed).
struct PersonSaved {
  Person person;
};

// POST /api/v1/people/{id}/tokens.
struct ApiTokenRequest {
  std::string name;
};

struct ApiToken {
  std::int64_t id = 0;
  PersonId person_id = 0;
  std::string name;
  UnixSeconds created_at = 0;
  std::optional<UnixSeconds> revoked_at;
};

// The answer to creating a token: the token itself, shown only this once.
struct ApiTokenCreated {
  ApiToken token;
  std::string secret;
};

struct ApiTokenList {
  std::vector<ApiToken> tokens;
};

// GET /api/v1/processes/{id}/eligibility: may this person take part, and if
// not, every reason, said in `language`.
struct EligibilityAnswer {
  std::string process_id;
  std::vector<Problem> reasons;  // empty: eligible
  Language language = Language::kNorwegianBokmal;
};

}  // namespace sammen
