// The wire mapping of people: what goes out, and what is read in.
#include "sammen/people/wire.h"

#include <gtest/gtest.h>

namespace sammen::testing {
namespace {

TEST(PeopleWire, APersonWithoutBirthYearOrDistrictSaysNull) {
  const Json j = Person{7, "Ada", "ada@kommune.no", std::nullopt, "", {Role::kAdministrator}, 9,
                        true};
  EXPECT_TRUE(j["birth_year"].is_null());
  EXPECT_TRUE(j["district_id"].is_null());
  EXPECT_EQ(j["roles"], Json({"administrator"}));
  EXPECT_EQ(j["must_change_password"], true);
  EXPECT_FALSE(j.contains("password_hash"));
}

TEST(PeopleWire, ASessionRoundTrips) {
  const SessionView view{{3, "Kari", "kari@example.no", 1990, "sentrum",
                          {Role::kResident, Role::kYouthCouncil}, 5, false},
                         Credential::kSession, "abc", 99};
  const Json j = view;
  EXPECT_EQ(j["version"], 1);
  const Result<SessionView> back = decode<SessionView>(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(Json(back.value()), j);
}

TEST(PeopleWire, ASignInAsAClientSendsItIsReadBack) {
  const Result<SignIn> back = decode<SignIn>(Json(SignIn{"ada@kommune.no", "hemmelig-passord"}));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value().email, "ada@kommune.no");
  EXPECT_EQ(back.value().password, "hemmelig-passord");
  const Result<PasswordChange> change =
      decode<PasswordChange>(Json(PasswordChange{"gammelt-passord", "nytt-passord-123"}));
  ASSERT_TRUE(change.ok());
  EXPECT_EQ(change.value().new_password, "nytt-passord-123");
}

TEST(PeopleWire, ThePeopleListRoundTrips) {
  const PeopleList list{{{7, "Ada", "ada@kommune.no", std::nullopt, "", {Role::kAdministrator}, 9,
                          false},
                         {8, "Kari", "kari@example.no", 1990, "sentrum", {Role::kResident}, 10,
                          false}}};
  const Json j = list;
  const Result<PeopleList> back = decode<PeopleList>(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(Json(back.value()), j);
}

TEST(PeopleWire, AnApiTokenIsShownOnlyWhenCreated) {
  const ApiToken token{4, 3, "export", 10, std::nullopt};
  EXPECT_FALSE(Json(token).contains("token"));
  EXPECT_EQ(Json(ApiTokenCreated{token, "sammen_abc"})["token"], "sammen_abc");
}

TEST(PeopleWire, ASignUpNamesEveryMissingField) {
  const Result<SignUp> s = decode_body<SignUp>(R"({"name":"Kari","birth_year":"1990"})");
  ASSERT_FALSE(s.ok());
  std::vector<std::string> subjects;
  for (const Problem& p : s.problems()) subjects.push_back(p.subject);
  EXPECT_EQ(subjects,
            (std::vector<std::string>{"version", "email", "password", "birth_year", "district_id"}));
}

TEST(PeopleWire, AnUnknownRoleIsAWrongType) {
  const Result<Person> p =
      decode<Person>(Json{{"id", 1}, {"name", "A"}, {"email", "a@b.no"}, {"roles", {"mayor"}}});
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.first_problem().subject, "roles[0]");
}

}  // namespace
}  // namespace sammen::testing
