#include "people/use_cases.h"

#include "core/gate.h"
#include "core/secrets.h"
#include "processes/store.h"
#include "sammen/core/json.h"
#include "sammen/setup/checks.h"

namespace sammen::server::people {
namespace {

std::string address_key(const Caller& caller) {
  return "sign-in address " + caller.address;
}

std::string account_key(const std::string& email) {
  return "sign-in account " + email;
}

Result<StoredPerson> find_person(Stores& stores, PersonId id) {
  Result<std::optional<StoredPerson>> found = stores.people.by_id(id);
  if (!found.ok()) return found.problems();
  if (!found.value()) return Problem{ErrorCode::kUnknownPerson, std::to_string(id)};
  return std::move(*found.value());
}

// The person `id` when `actor` is an administrator.
Result<StoredPerson> person_for_administrator(Stores& stores, const Actor& actor, PersonId id) {
  if (const Status allowed = require_role(actor, Role::kAdministrator); !allowed.ok())
    return allowed.problems();
  return find_person(stores, id);
}

// The person and the role an administrator grants or removes.
struct RoleChange {
  StoredPerson person;
  Role role;
};

Result<RoleChange> role_change(Stores& stores, const Actor& actor, PersonId id,
                               const std::string& role_id) {
  Result<StoredPerson> person = person_for_administrator(stores, actor, id);
  if (!person.ok()) return person.problems();
  const std::optional<Role> role = kRoleIds.parse(role_id);
  if (!role) return Problem{ErrorCode::kUnknownRole, role_id};
  return RoleChange{std::move(person).value(), *role};
}

Result<PersonSaved> saved(Stores& stores, PersonId id) {
  Result<StoredPerson> person = find_person(stores, id);
  if (!person.ok()) return person.problems();
  return PersonSaved{std::move(person.value().person)};
}

std::string details(const Json& json) {
  return dump_json(json);
}

Actor command_line() {
  return {Credential::kNone, 0, "command line", {Role::kAdministrator}, false, ""};
}

}  // namespace

Result<SignUpReceived> sign_up(Stores& stores, const SignUp& s, UnixSeconds now) {
  const Result<std::optional<Municipality>> municipality = stores.processes.municipality();
  if (!municipality.ok()) return municipality.problems();
  std::vector<Problem> problems =
      validate_sign_up(s, municipality.value().value_or(Municipality{}), civil_year(now));
  if (!problems.empty()) return problems;
  const Result<std::string> hash = stores.passwords.hash(s.password);
  if (!hash.ok()) return hash.problems();
  const Person person{0,         trimmed(s.name), normalize_email(s.email), s.birth_year,
                      s.district_id, {Role::kResident}, now,                  false};
  // A taken address is not said: the answer is the same either way.
  const Result<std::optional<PersonId>> added = stores.people.add(person, hash.value());
  if (!added.ok()) return added.problems();
  return SignUpReceived{};
}

Result<NewSession> sign_in(Stores& stores, const SignIn& s, const Caller& caller,
                           UnixSeconds now) {
  const std::string email = normalize_email(s.email);
  const Status may = stores.attempts.may_try({address_key(caller), account_key(email)},
                                             kSignInPolicy, now);
  if (!may.ok()) return may.problems();
  Result<std::optional<StoredPerson>> stored = stores.people.by_email(email);
  if (!stored.ok()) return stored.problems();
  const Result<bool> right = stored.value()
                                 ? stores.passwords.check(stored.value()->password_hash, s.password)
                                 : stores.passwords.check_unknown(s.password);
  if (!right.ok()) return right.problems();  // busy: not counted as a failure
  if (!right.value()) {
    stores.attempts.failed({address_key(caller), account_key(email)}, kSignInPolicy, now);
    return Problem{ErrorCode::kSignInFailed, ""};
  }
  stores.attempts.forget(account_key(email));
  const std::string token = auth::random_token(32);
  const UnixSeconds expires_at = now + kSessionSeconds;
  const Status added =
      stores.people.add_session(auth::token_digest(token), stored.value()->person.id, now, expires_at);
  if (!added.ok()) return added.problems();
  return NewSession{token, SessionView{std::move(stored.value()->person), Credential::kSession,
                                       auth::csrf_token_for(token), expires_at}};
}

Result<SessionView> current(Stores& stores, const Actor& actor,
                            const std::optional<std::string>& session_token, UnixSeconds) {
  if (const Status person = require_person(actor); !person.ok()) return person.problems();
  Result<StoredPerson> stored = find_person(stores, actor.person_id);
  if (!stored.ok()) return stored.problems();
  SessionView view{std::move(stored.value().person), actor.credential, "", 0};
  if (actor.credential == Credential::kSession && session_token) {
    view.csrf_token = auth::csrf_token_for(*session_token);
    Result<std::optional<UnixSeconds>> expiry = stores.people.session_expiry(actor.credential_id);
    if (!expiry.ok()) return expiry.problems();
    view.expires_at = expiry.value().value_or(0);
  }
  return view;
}

Result<SignedOut> sign_out(Stores& stores, const Actor& actor) {
  if (actor.credential == Credential::kSession) {
    if (const Status ended = stores.people.end_session(actor.credential_id); !ended.ok())
      return ended.problems();
  }
  return SignedOut{};
}

Result<SessionView> change_password(Stores& stores, const Actor& actor,
                                    const PasswordChange& change, const Caller& caller,
                                    const std::optional<std::string>& session_token,
                                    UnixSeconds now) {
  if (const Status person = require_person(actor); !person.ok()) return person.problems();
  Result<StoredPerson> stored = find_person(stores, actor.person_id);
  if (!stored.ok()) return stored.problems();
  const std::string account = account_key(stored.value().person.email);
  const Status may = stores.attempts.may_try({address_key(caller), account}, kSignInPolicy, now);
  if (!may.ok()) return may.problems();
  const Result<bool> right = stores.passwords.check(stored.value().password_hash,
                                                    change.current_password);
  if (!right.ok()) return right.problems();
  if (!right.value()) {
    stores.attempts.failed({address_key(caller), account}, kSignInPolicy, now);
    return Problem{ErrorCode::kPasswordWrong, "current_password"};
  }
  std::vector<Problem> problems = validate_password(change.new_password, "new_password");
  if (!problems.empty()) return problems;
  const Result<std::string> hash = stores.passwords.hash(change.new_password);
  if (!hash.ok()) return hash.problems();
  const Status saved = stores.transactions.all_or_nothing([&] {
    Status s = stores.people.set_password(actor.person_id, hash.value(), false);
    if (s.ok()) s = stores.people.end_other_sessions(actor.person_id, actor.credential_id);
    return s;
  });
  if (!saved.ok()) return saved.problems();
  Actor after = actor;
  after.must_change_password = false;
  return current(stores, after, session_token, now);
}

Result<PeopleList> list(Stores& stores, const Actor& actor) {
  if (const Status allowed = require_role(actor, Role::kAdministrator); !allowed.ok())
    return allowed.problems();
  Result<std::vector<Person>> people = stores.people.all();
  if (!people.ok()) return people.problems();
  return PeopleList{std::move(people).value()};
}

Result<PersonSaved> grant_role(Stores& stores, const Actor& actor, PersonId id,
                               const std::string& role_id, UnixSeconds now) {
  const Result<RoleChange> change = role_change(stores, actor, id, role_id);
  if (!change.ok()) return change.problems();
  const Status done = audit::recorded(
      stores.transactions, stores.audit,
      audit_entry(actor, now, AuditAction::kGrantRole, std::to_string(id),
                  details({{"role", role_id}})),
      [&] { return stores.people.grant(id, change.value().role, now); });
  if (!done.ok()) return done.problems();
  return saved(stores, id);
}

Result<PersonSaved> remove_role(Stores& stores, const Actor& actor, PersonId id,
                                const std::string& role_id, UnixSeconds now) {
  const Result<RoleChange> change = role_change(stores, actor, id, role_id);
  if (!change.ok()) return change.problems();
  if (change.value().role == Role::kAdministrator &&
      role_covers(change.value().person.person.roles, Role::kAdministrator)) {
    const Result<std::int64_t> administrators = stores.people.holders(Role::kAdministrator);
    if (!administrators.ok()) return administrators.problems();
    if (administrators.value() <= 1) return Problem{ErrorCode::kLastAdministrator, role_id};
  }
  const Status done = audit::recorded(
      stores.transactions, stores.audit,
      audit_entry(actor, now, AuditAction::kRemoveRole, std::to_string(id),
                  details({{"role", role_id}})),
      [&] { return stores.people.remove_role(id, change.value().role); });
  if (!done.ok()) return done.problems();
  return saved(stores, id);
}

Result<ApiTokenCreated> create_token(Stores& stores, const Actor& actor, PersonId id,
                                     const ApiTokenRequest& request, UnixSeconds now) {
  const Result<StoredPerson> person = person_for_administrator(stores, actor, id);
  if (!person.ok()) return person.problems();
  std::vector<Problem> problems;
  const std::string name = trimmed(request.name);
  if (!check_text(name, "name", kMaxTokenNameChars, true, problems)) return problems;
  const std::string secret = kApiTokenPrefix + auth::random_token(24);
  ApiToken token;
  const Status done = stores.transactions.all_or_nothing([&] {
    Result<ApiToken> added = stores.people.add_token(id, name, auth::token_digest(secret), now);
    if (!added.ok()) return Status(added.problems());
    token = added.value();
    return stores.audit.append(audit_entry(actor, now, AuditAction::kCreateApiToken,
                                           std::to_string(id),
                                           details({{"token_id", token.id}, {"name", name}})));
  });
  if (!done.ok()) return done.problems();
  return ApiTokenCreated{token, secret};
}

Result<ApiTokenList> tokens(Stores& stores, const Actor& actor, PersonId id) {
  const Result<StoredPerson> person = person_for_administrator(stores, actor, id);
  if (!person.ok()) return person.problems();
  Result<std::vector<ApiToken>> found = stores.people.tokens(id);
  if (!found.ok()) return found.problems();
  return ApiTokenList{std::move(found).value()};
}

Result<ApiToken> revoke_token(Stores& stores, const Actor& actor, std::int64_t token_id,
                              UnixSeconds now) {
  if (const Status allowed = require_role(actor, Role::kAdministrator); !allowed.ok())
    return allowed.problems();
  const auto find = [&]() -> Result<ApiToken> {
    Result<std::optional<ApiToken>> token = stores.people.token(token_id);
    if (!token.ok()) return token.problems();
    if (!token.value()) return Problem{ErrorCode::kUnknownToken, std::to_string(token_id)};
    return *token.value();
  };
  const Result<ApiToken> token = find();
  if (!token.ok() || token.value().revoked_at) return token;
  const Status done = audit::recorded(
      stores.transactions, stores.audit,
      audit_entry(actor, now, AuditAction::kRevokeApiToken, std::to_string(token.value().person_id),
                  details({{"token_id", token_id}, {"name", token.value().name}})),
      [&] { return stores.people.revoke_token(token_id, now); });
  if (!done.ok()) return done.problems();
  return find();
}

Result<EligibilityAnswer> eligibility(Stores& stores, const Actor& actor,
                                      const std::string& process_id, Language language,
                                      UnixSeconds now) {
  if (const Status person = require_person(actor); !person.ok()) return person.problems();
  const Result<Process> process = processes::find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  const Result<std::optional<Municipality>> municipality = stores.processes.municipality();
  if (!municipality.ok()) return municipality.problems();
  const Result<StoredPerson> stored = find_person(stores, actor.person_id);
  if (!stored.ok()) return stored.problems();
  const Person& p = stored.value().person;
  return EligibilityAnswer{
      process_id,
      why_not_eligible(process.value(), municipality.value().value_or(Municipality{}),
                       {p.birth_year, p.district_id}, now),
      language};
}

Result<AdministratorCreated> create_administrator(Stores& stores, const std::string& email,
                                                  const std::string& name,
                                                  const std::optional<std::string>& password,
                                                  UnixSeconds now) {
  const std::string address = normalize_email(email);
  if (!plausible_email(address)) return Problem{ErrorCode::kEmailInvalid, "email"};
  if (password) {
    std::vector<Problem> problems = validate_password(*password, "password");
    if (!problems.empty()) return problems;
  }
  Result<std::optional<StoredPerson>> existing = stores.people.by_email(address);
  if (!existing.ok()) return existing.problems();
  if (existing.value()) {
    const PersonId id = existing.value()->person.id;
    const Status done = audit::recorded(
        stores.transactions, stores.audit,
        audit_entry(command_line(), now, AuditAction::kGrantRole, std::to_string(id),
                    details({{"role", "administrator"}})),
        [&] { return stores.people.grant(id, Role::kAdministrator, now); });
    if (!done.ok()) return done.problems();
    Result<PersonSaved> after = saved(stores, id);
    if (!after.ok()) return after.problems();
    return AdministratorCreated{std::move(after.value().person), true, std::nullopt};
  }
  const std::string chosen = password.value_or(auth::random_password());
  const Result<std::string> hash = stores.passwords.hash(chosen);
  if (!hash.ok()) return hash.problems();
  Person person{0, name.empty() ? address.substr(0, address.find('@')) : trimmed(name), address,
                std::nullopt, "", {Role::kAdministrator}, now, !password};
  const Status done = stores.transactions.all_or_nothing([&] {
    Result<std::optional<PersonId>> added = stores.people.add(person, hash.value());
    if (!added.ok()) return Status(added.problems());
    person.id = added.value().value_or(0);
    return stores.audit.append(audit_entry(command_line(), now,
                                           AuditAction::kCreateAdministrator,
                                           std::to_string(person.id), details({{"email", address}})));
  });
  if (!done.ok()) return done.problems();
  return AdministratorCreated{person, false,
                              password ? std::nullopt : std::optional<std::string>(chosen)};
}

}  // namespace sammen::server::people
