// The people use cases, without sockets, on a real SQLite file.
#include "people/use_cases.h"

#include <gtest/gtest.h>

#include "core/secrets.h"

#include "test_database.h"
#include "test_process.h"

namespace sammen::testing {
namespace {

namespace people = server::people;

constexpr const char* kPassword = "correct horse battery";
const people::Caller kHere{"192.0.2.1"};

class PeopleUseCases : public ::testing::Test {
 protected:
  PeopleUseCases() { t_.plant(); }

  Result<SignUpReceived> sign_up(const std::string& email, const std::string& password = kPassword) {
    return people::sign_up(stores_, {"Kari Nordmann", email, password, 1990, "sentrum", {}},
                           kSeedTime);
  }
  Result<NewSession> sign_in(const std::string& email, const std::string& password = kPassword,
                             const people::Caller& caller = kHere, UnixSeconds now = kSeedTime) {
    return people::sign_in(stores_, {email, password}, caller, now);
  }
  PersonId id_of(const std::string& email) {
    return t_.people->by_email(email).value()->person.id;
  }
  // The actor of a session, as the Gate would find it.
  Actor actor_of(const NewSession& session) {
    return *t_.people->session(server::auth::token_digest(session.token), kSeedTime).value();
  }

  TestDatabase t_;
  people::Stores stores_{*t_.people, *t_.processes, *t_.audit,
                         t_.db(),    t_.passwords(), t_.attempts()};
};

TEST_F(PeopleUseCases, SignUpMakesAResidentWhoCanSignIn) {
  ASSERT_TRUE(sign_up("Kari@Example.no").ok());
  const Result<NewSession> session = sign_in("kari@example.NO");
  ASSERT_TRUE(session.ok());
  EXPECT_EQ(session.value().view.person.roles, std::vector<Role>{Role::kResident});
  EXPECT_EQ(session.value().view.person.email, "kari@example.no");
  EXPECT_EQ(session.value().view.csrf_token.size(), 64u);
  EXPECT_EQ(session.value().view.expires_at, kSeedTime + people::kSessionSeconds);
  EXPECT_EQ(actor_of(session.value()).person_id, id_of("kari@example.no"));
}

TEST_F(PeopleUseCases, SignUpWithATakenAddressAnswersTheSameAndChangesNothing) {
  ASSERT_TRUE(sign_up("kari@example.no").ok());
  const std::string before = t_.dump();
  const Result<SignUpReceived> again = sign_up("kari@example.no", "another long password");
  EXPECT_TRUE(again.ok()) << "the answer does not say the address has an account";
  EXPECT_EQ(t_.dump(), before);
  EXPECT_FALSE(sign_in("kari@example.no", "another long password").ok());
}

TEST_F(PeopleUseCases, SignUpReportsEveryProblem) {
  const Result<SignUpReceived> r =
      people::sign_up(stores_, {"", "nope", "short", 3000, "atlantis", {}}, kSeedTime);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.problems().size(), 5u);
}

TEST_F(PeopleUseCases, AWrongPasswordAndAnUnknownAddressGetTheSameAnswer) {
  ASSERT_TRUE(sign_up("kari@example.no").ok());
  const Result<NewSession> wrong = sign_in("kari@example.no", "not the password");
  const Result<NewSession> unknown = sign_in("nobody@example.no");
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.first_problem().code, ErrorCode::kSignInFailed);
  EXPECT_EQ(unknown.first_problem().code, ErrorCode::kSignInFailed);
  EXPECT_EQ(wrong.first_problem().subject, unknown.first_problem().subject);
}

TEST_F(PeopleUseCases, RepeatedFailuresOnAnAccountAreSlowedDownFromAnyAddress) {
  ASSERT_TRUE(sign_up("kari@example.no").ok());
  for (int i = 0; i < kSignInPolicy.free_failures + 1; ++i) {
    const people::Caller elsewhere{"198.51.100." + std::to_string(i)};
    EXPECT_EQ(sign_in("kari@example.no", "wrong", elsewhere).first_problem().code,
              ErrorCode::kSignInFailed);
  }
  const Result<NewSession> refused = sign_in("kari@example.no", kPassword, {"203.0.113.9"});
  ASSERT_FALSE(refused.ok()) << "even the right password waits";
  EXPECT_EQ(refused.first_problem().code, ErrorCode::kTooManyAttempts);
  EXPECT_EQ(refused.first_problem().amount, kSignInPolicy.first_wait);
  EXPECT_TRUE(sign_in("kari@example.no", kPassword, {"203.0.113.9"}, kSeedTime + 2).ok());
}

TEST_F(PeopleUseCases, RepeatedFailuresFromAnAddressAreSlowedDownForEveryAccount) {
  for (int i = 0; i < kSignInPolicy.free_failures + 1; ++i)
    sign_in("guess" + std::to_string(i) + "@example.no", "wrong");
  EXPECT_EQ(sign_in("someone@example.no").first_problem().code, ErrorCode::kTooManyAttempts);
  EXPECT_EQ(sign_in("someone@example.no", kPassword, {"198.51.100.1"}).first_problem().code,
            ErrorCode::kSignInFailed);
}

TEST_F(PeopleUseCases, UnknownAddressesAreSlowedDownLikeKnownOnes) {
  ASSERT_TRUE(sign_up("kari@example.no").ok());
  for (const std::string email : {"kari@example.no", "nobody@example.no"}) {
    for (int i = 0; i < kSignInPolicy.free_failures + 1; ++i) {
      sign_in(email, "wrong", {"198.51.100." + email});
    }
    EXPECT_EQ(sign_in(email, "wrong", {"203.0.113." + email}).first_problem().code,
              ErrorCode::kTooManyAttempts)
        << email;
  }
}

TEST_F(PeopleUseCases, ChangingThePasswordEndsTheOtherSessions) {
  ASSERT_TRUE(sign_up("kari@example.no").ok());
  const NewSession here = sign_in("kari@example.no").value();
  const NewSession there = sign_in("kari@example.no").value();
  const Result<SessionView> changed = people::change_password(
      stores_, actor_of(here), {kPassword, "a new long password"}, kHere, here.token, kSeedTime);
  ASSERT_TRUE(changed.ok());
  EXPECT_TRUE(t_.people->session(server::auth::token_digest(here.token), kSeedTime).value().has_value());
  EXPECT_FALSE(t_.people->session(server::auth::token_digest(there.token), kSeedTime).value().has_value());
  EXPECT_TRUE(sign_in("kari@example.no", "a new long password").ok());
}

TEST_F(PeopleUseCases, AWrongCurrentPasswordChangesNothing) {
  ASSERT_TRUE(sign_up("kari@example.no").ok());
  const NewSession here = sign_in("kari@example.no").value();
  const Result<SessionView> r = people::change_password(
      stores_, actor_of(here), {"not it at all", "a new long password"}, kHere, here.token, kSeedTime);
  EXPECT_EQ(r.first_problem().code, ErrorCode::kPasswordWrong);
  EXPECT_EQ(r.first_problem().subject, "current_password");
  EXPECT_TRUE(sign_in("kari@example.no").ok());
}

TEST_F(PeopleUseCases, SignOutEndsTheSession) {
  ASSERT_TRUE(sign_up("kari@example.no").ok());
  const NewSession s = sign_in("kari@example.no").value();
  ASSERT_TRUE(people::sign_out(stores_, actor_of(s)).ok());
  EXPECT_FALSE(t_.people->session(server::auth::token_digest(s.token), kSeedTime).value().has_value());
}

TEST_F(PeopleUseCases, ASessionExpires) {
  ASSERT_TRUE(sign_up("kari@example.no").ok());
  const NewSession s = sign_in("kari@example.no").value();
  EXPECT_FALSE(t_.people->session(server::auth::token_digest(s.token), s.view.expires_at).value().has_value());
}

TEST_F(PeopleUseCases, AnAdministratorGrantsAndRemovesRolesAndTheLogSaysWho) {
  ASSERT_TRUE(sign_up("kari@example.no").ok());
  const PersonId kari = id_of("kari@example.no");
  const Result<PersonSaved> granted =
      people::grant_role(stores_, administrator(), kari, "reviewer", kSeedTime);
  ASSERT_TRUE(granted.ok());
  EXPECT_EQ(granted.value().person.roles, (std::vector{Role::kResident, Role::kReviewer}));
  ASSERT_TRUE(people::remove_role(stores_, administrator(), kari, "resident", kSeedTime).ok());
  const std::vector<AuditEntry> log = t_.audit->page(0, 10).value();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[1].action, AuditAction::kGrantRole);
  EXPECT_EQ(log[1].subject, std::to_string(kari));
  EXPECT_EQ(log[1].details, R"({"role":"reviewer"})");
  EXPECT_EQ(log[0].action, AuditAction::kRemoveRole);
}

TEST_F(PeopleUseCases, OnlyAnAdministratorChangesRoles) {
  ASSERT_TRUE(sign_up("kari@example.no").ok());
  const PersonId kari = id_of("kari@example.no");
  EXPECT_EQ(people::grant_role(stores_, person_with({Role::kReviewer, Role::kModerator}), kari,
                               "administrator", kSeedTime)
                .first_problem()
                .code,
            ErrorCode::kRoleRequired);
  EXPECT_EQ(people::grant_role(stores_, administrator(), kari, "mayor", kSeedTime)
                .first_problem()
                .code,
            ErrorCode::kUnknownRole);
  EXPECT_EQ(people::grant_role(stores_, administrator(), 4242, "reviewer", kSeedTime)
                .first_problem()
                .code,
            ErrorCode::kUnknownPerson);
}

TEST_F(PeopleUseCases, TheLastAdministratorKeepsTheRole) {
  const PersonId demo_admin = id_of(server::demo::kAdminEmail);
  const Result<PersonSaved> r =
      people::remove_role(stores_, administrator(), demo_admin, "administrator", kSeedTime);
  EXPECT_EQ(r.first_problem().code, ErrorCode::kLastAdministrator);
  ASSERT_TRUE(sign_up("kari@example.no").ok());
  ASSERT_TRUE(people::grant_role(stores_, administrator(), id_of("kari@example.no"),
                                 "administrator", kSeedTime)
                  .ok());
  EXPECT_TRUE(
      people::remove_role(stores_, administrator(), demo_admin, "administrator", kSeedTime).ok());
}

TEST_F(PeopleUseCases, AnApiTokenActsAsItsPersonUntilRevoked) {
  ASSERT_TRUE(sign_up("kari@example.no").ok());
  const PersonId kari = id_of("kari@example.no");
  const Result<ApiTokenCreated> created =
      people::create_token(stores_, administrator(), kari, {"  nightly export "}, kSeedTime);
  ASSERT_TRUE(created.ok());
  EXPECT_EQ(created.value().secret.rfind("sammen_", 0), 0u);
  EXPECT_EQ(created.value().token.name, "nightly export");
  const std::string digest = server::auth::token_digest(created.value().secret);
  EXPECT_EQ(t_.people->by_token(digest).value()->person_id, kari);
  ASSERT_TRUE(people::grant_role(stores_, administrator(), kari, "moderator", kSeedTime).ok());
  EXPECT_TRUE(role_covers(t_.people->by_token(digest).value()->roles, Role::kModerator))
      << "a token carries its person's roles as they are now";
  const Result<ApiToken> revoked =
      people::revoke_token(stores_, administrator(), created.value().token.id, kSeedTime + 5);
  ASSERT_TRUE(revoked.ok());
  EXPECT_EQ(revoked.value().revoked_at, kSeedTime + 5);
  EXPECT_FALSE(t_.people->by_token(digest).value().has_value());
  EXPECT_EQ(people::tokens(stores_, administrator(), kari).value().tokens.size(), 1u);
}

TEST_F(PeopleUseCases, ATokenNeedsAName) {
  ASSERT_TRUE(sign_up("kari@example.no").ok());
  EXPECT_EQ(people::create_token(stores_, administrator(), id_of("kari@example.no"), {" "},
                                 kSeedTime)
                .first_problem()
                .code,
            ErrorCode::kFieldEmpty);
  EXPECT_EQ(people::revoke_token(stores_, administrator(), 99, kSeedTime).first_problem().code,
            ErrorCode::kUnknownToken);
}

TEST_F(PeopleUseCases, EligibilityGivesEveryReasonASignedInPersonMayNotTakePart) {
  Process p = t_.seed().process;
  p.eligibility = {13, 19, {"ostbyen"}};
  ASSERT_TRUE(t_.processes->save(p).ok());
  ASSERT_TRUE(sign_up("kari@example.no").ok());  // born 1990, lives in Sentrum
  const Actor kari = actor_of(sign_in("kari@example.no").value());
  const Result<EligibilityAnswer> answer =
      people::eligibility(stores_, kari, p.id, Language::kEnglish, kSeedTime);
  ASSERT_TRUE(answer.ok());
  EXPECT_EQ(codes_of(answer.value().reasons),
            (std::vector{ErrorCode::kTooOld, ErrorCode::kOutsideDistricts}));
  EXPECT_EQ(sentence(answer.value().reasons[1], Language::kEnglish),
            "This process is only for people living in Østbyen.");
  EXPECT_EQ(people::eligibility(stores_, nobody(), p.id, Language::kEnglish, kSeedTime)
                .first_problem()
                .code,
            ErrorCode::kSignInRequired);
}

TEST_F(PeopleUseCases, CreateAdministratorMakesOneWithAOneTimePassword) {
  const Result<people::AdministratorCreated> created =
      people::create_administrator(stores_, "Ada@Kommune.no", "", std::nullopt, kSeedTime);
  ASSERT_TRUE(created.ok());
  EXPECT_FALSE(created.value().existed);
  EXPECT_EQ(created.value().person.name, "ada");
  ASSERT_TRUE(created.value().password);
  EXPECT_TRUE(created.value().person.must_change_password);
  const Result<NewSession> session = sign_in("ada@kommune.no", *created.value().password);
  ASSERT_TRUE(session.ok());
  const Actor ada = actor_of(session.value());
  EXPECT_EQ(require_role(ada, Role::kAdministrator).first_problem().code,
            ErrorCode::kPasswordChangeRequired);
  ASSERT_TRUE(people::change_password(stores_, ada, {*created.value().password, kPassword}, kHere,
                                      session.value().token, kSeedTime)
                  .ok());
  EXPECT_TRUE(require_role(actor_of(session.value()), Role::kAdministrator).ok());
  EXPECT_EQ(t_.audit->page(0, 1).value().at(0).who.name, "command line");
}

TEST_F(PeopleUseCases, CreateAdministratorWithAPasswordOrForAnExistingAccount) {
  const Result<people::AdministratorCreated> created =
      people::create_administrator(stores_, "ada@kommune.no", "Ada", kPassword, kSeedTime);
  ASSERT_TRUE(created.ok());
  EXPECT_FALSE(created.value().password);
  EXPECT_FALSE(created.value().person.must_change_password);
  ASSERT_TRUE(sign_up("kari@example.no").ok());
  const Result<people::AdministratorCreated> existing =
      people::create_administrator(stores_, "kari@example.no", "", std::nullopt, kSeedTime);
  ASSERT_TRUE(existing.ok());
  EXPECT_TRUE(existing.value().existed);
  EXPECT_TRUE(role_covers(existing.value().person.roles, Role::kAdministrator));
  EXPECT_TRUE(sign_in("kari@example.no").ok()) << "the password stays";
  EXPECT_EQ(people::create_administrator(stores_, "not an address", "", kPassword, kSeedTime)
                .first_problem()
                .code,
            ErrorCode::kEmailInvalid);
  EXPECT_EQ(people::create_administrator(stores_, "x@example.no", "", "short", kSeedTime)
                .first_problem()
                .code,
            ErrorCode::kPasswordTooShort);
}

}  // namespace
}  // namespace sammen::testing
