// The people use cases: sign up, sign in and out, change a password; list
// people, grant and remove roles, create and revoke API tokens; say whether
// a person may take part in a process; create an administrator from the
// command line.
//
// Signing up answers the same whether or not the e-mail already has an
// account, and signing in with an unknown e-mail costs what a wrong
// password costs and gets the same answer, so neither tells anyone who has
// an account. Failed sign-ins (and wrong current passwords) are counted per
// address and per e-mail (AttemptLog, kSignInPolicy) and slowed down. Every
// administrative action is written to the audit log in the same
// transaction. None of these touches HTTP.
#pragma once

#include <optional>
#include <string>

#include "audit/store.h"
#include "core/attempt_log.h"
#include "core/passwords.h"
#include "core/transactions.h"
#include "people/store.h"
#include "processes/store.h"
#include "sammen/people/views.h"

namespace sammen::server::people {

inline constexpr std::int64_t kSessionSeconds = 14 * 24 * 60 * 60;
inline constexpr std::size_t kMaxTokenNameChars = 100;

// What the people use cases read, write and check with.
struct Stores {
  Store& people;
  processes::Store& processes;
  audit::Store& audit;
  Transactions& transactions;
  auth::Passwords& passwords;
  AttemptLog& attempts;
};

// Where a request came from, for the slow-down.
struct Caller {
  std::string address;
};

Result<SignUpReceived> sign_up(Stores& stores, const SignUp& sign_up, UnixSeconds now);

// A new session for the person, or kSignInFailed / kTooManyAttempts.
Result<NewSession> sign_in(Stores& stores, const SignIn& sign_in, const Caller& caller,
                           UnixSeconds now);

// The signed-in person; `session_token` (from the cookie) gives the CSRF token.
Result<SessionView> current(Stores& stores, const Actor& actor,
                            const std::optional<std::string>& session_token, UnixSeconds now);

// Ends the actor's session (a signed-out actor has none to end).
Result<SignedOut> sign_out(Stores& stores, const Actor& actor);

// A new password; the actor's other sessions end.
Result<SessionView> change_password(Stores& stores, const Actor& actor,
                                    const PasswordChange& change, const Caller& caller,
                                    const std::optional<std::string>& session_token,
                                    UnixSeconds now);

Result<PeopleList> list(Stores& stores, const Actor& actor);

Result<PersonSaved> grant_role(Stores& stores, const Actor& actor, PersonId id,
                               const std::string& role, UnixSeconds now);
// kLastAdministrator for the last administrator's administrator role.
Result<PersonSaved> remove_role(Stores& stores, const Actor& actor, PersonId id,
                                const std::string& role, UnixSeconds now);

Result<ApiTokenCreated> create_token(Stores& stores, const Actor& actor, PersonId id,
                                     const ApiTokenRequest& request, UnixSeconds now);
Result<ApiTokenList> tokens(Stores& stores, const Actor& actor, PersonId id);
Result<ApiToken> revoke_token(Stores& stores, const Actor& actor, std::int64_t token_id,
                              UnixSeconds now);

// Whether the signed-in person may take part in the process, and every reason not.
Result<EligibilityAnswer> eligibility(Stores& stores, const Actor& actor,
                                      const std::string& process_id, Language language,
                                      UnixSeconds now);

// What `sammen-server --create-admin` did.
struct AdministratorCreated {
  Person person;
  bool existed = false;                  // the e-mail had an account, which became administrator
  std::optional<std::string> password;  // made here and to be shown once; changed at sign-in
};

// Creates an administrator, or makes an existing account one. Without a
// password, one is made and must be changed at the first sign-in.
Result<AdministratorCreated> create_administrator(Stores& stores, const std::string& email,
                                                  const std::string& name,
                                                  const std::optional<std::string>& password,
                                                  UnixSeconds now);

}  // namespace sammen::server::people
