// Account: a person who signs in, and what signing up asks of them.
//
// Sign-up asks for a name, an e-mail address (kept in lower case: one
// account per address), a password, the birth year and the home district.
// validate_sign_up() reports every problem at once, each naming its field,
// so a form can mark them all. Passwords are between kMinPasswordChars
// characters and kMaxPasswordBytes bytes; they are only ever stored as
// Argon2id hashes, by the server. Staff created on the command line may have
// no birth year or district.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sammen/core/language.h"
#include "sammen/core/problem.h"
#include "sammen/core/text.h"
#include "sammen/people/actor.h"
#include "sammen/processes/municipality.h"
#include "sammen/processes/process.h"

namespace sammen {

inline constexpr std::size_t kMinPasswordChars = 10;
inline constexpr std::size_t kMaxPasswordBytes = 1024;
inline constexpr std::size_t kMaxNameChars = 200;
inline constexpr std::size_t kMaxEmailBytes = 254;
inline constexpr int kEarliestBirthYear = 1900;

struct SignUp {
  std::string name;
  std::string email;
  std::string password;
  int birth_year = 0;
  std::string district_id;
  std::optional<Language> language;
};

struct Person {
  PersonId id = 0;
  std::string name;
  std::string email;
  std::optional<int> birth_year;
  std::string district_id;  // empty when not given
  std::vector<Role> roles;
  UnixSeconds created_at = 0;
  bool must_change_password = false;
};

// Trimmed, ASCII letters in lower case: the form accounts are found by.
std::string normalize_email(std::string_view email);
// Something@something.something, no spaces, at most kMaxEmailBytes.
bool plausible_email(std::string_view email);

// Every problem of a sign-up, each naming its field ("name", "email",
// "password", "birth_year", "district_id"); empty when it is fine.
std::vector<Problem> validate_sign_up(const SignUp& sign_up, const Municipality& municipality,
                                      int this_year);

// Problems of a new password (too short, too long), naming `field`.
std::vector<Problem> validate_password(std::string_view password, const std::string& field);

}  // namespace sammen
