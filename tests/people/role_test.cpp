// Roles and actors: who may do what, and the sentence when not.
#include "sammen/people/actor.h"

#include <gtest/gtest.h>

#include "sammen/core/error_table.h"
#include "test_database.h"

namespace sammen::testing {
namespace {

TEST(Role, AnAdministratorMayDoWhatReviewersAndModeratorsDo) {
  const std::vector<Role> admin = {Role::kAdministrator};
  EXPECT_TRUE(role_covers(admin, Role::kReviewer));
  EXPECT_TRUE(role_covers(admin, Role::kModerator));
  EXPECT_FALSE(role_covers(admin, Role::kYouthCouncil)) << "membership is not a power";
  EXPECT_FALSE(role_covers({Role::kReviewer}, Role::kAdministrator));
  EXPECT_FALSE(role_covers({Role::kModerator}, Role::kReviewer));
}

TEST(Actor, NobodyMustSignInFirst) {
  const Status s = require_role(nobody(), Role::kResident);
  EXPECT_EQ(s.first_problem().code, ErrorCode::kSignInRequired);
  EXPECT_EQ(http_status(s.first_problem().code), 401);
  EXPECT_EQ(sentence(s.first_problem(), Language::kEnglish), "Sign in to do this.");
}

TEST(Actor, AMissingRoleIsNamedInTheSentence) {
  const Status s = require_role(person_with({Role::kResident}), Role::kAdministrator);
  EXPECT_EQ(s.first_problem().code, ErrorCode::kRoleRequired);
  EXPECT_EQ(s.first_problem().subject, "administrator");
  EXPECT_EQ(http_status(s.first_problem().code), 403);
  EXPECT_EQ(sentence(s.first_problem(), Language::kEnglish), "Only an administrator may do this.");
  EXPECT_EQ(sentence(s.first_problem(), Language::kDanish), "Kun en administrator kan gøre dette.");
  EXPECT_EQ(sentence({ErrorCode::kRoleRequired, "reviewer"}, Language::kNorwegianBokmal),
            "Bare en saksbehandler kan gjøre dette.");
}

TEST(Actor, AOneTimePasswordMustBeChangedBeforeAnythingElse) {
  Actor a = person_with({Role::kAdministrator});
  a.must_change_password = true;
  EXPECT_EQ(require_role(a, Role::kAdministrator).first_problem().code,
            ErrorCode::kPasswordChangeRequired);
  EXPECT_TRUE(require_person(a).ok()) << "changing the password is still allowed";
}

TEST(Actor, TheInstallationTokenActsAsAnAdministratorButIsNoPerson) {
  EXPECT_TRUE(require_role(installation_actor(), Role::kAdministrator).ok());
  EXPECT_EQ(require_person(installation_actor()).first_problem().code,
            ErrorCode::kSignInRequired);
}

TEST(Role, HasANameInEveryLanguage) {
  EXPECT_EQ(role_name(Role::kYouthCouncil, Language::kNorwegianBokmal), "Medlem av ungdomsrådet");
  EXPECT_EQ(role_name(Role::kReviewer, Language::kEnglish), "Reviewer");
  EXPECT_EQ(role_name(Role::kResident, Language::kDanish), "Borger");
}

}  // namespace
}  // namespace sammen::testing
