// People in English.
#include "sammen/people/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"auth.sign_in_required", "Sign in to do this."},
    {"auth.sign_in_failed", "The e-mail address or the password is wrong."},
    {"auth.csrf_failed",
     "This request did not come from Sammen's own page. Reload the page and try again."},
    {"auth.role_required",
     "Only {subject, select, administrator {an administrator} reviewer {a reviewer}"
     " moderator {a moderator} youth_council {a member of the youth council}"
     " resident {a resident} other {someone with the right role}} may do this."},
    {"auth.password_change_required", "Choose a new password before you do anything else."},
    {"auth.password_wrong", "The current password is wrong."},
    {"account.name_missing", "Enter your name."},
    {"account.name_too_long", "The name is too long (at most {limit} characters)."},
    {"account.email_invalid", "Enter an e-mail address such as kari@example.no."},
    {"account.password_too_short",
     "The password must have at least {limit} characters; it has {amount}."},
    {"account.password_too_long", "The password is too long (at most {limit} bytes)."},
    {"account.birth_year_invalid", "Enter the year you were born, from 1900 to {limit}."},
    {"account.district_unknown", "Choose your district from the list."},
    {"person.unknown", "There is no person with the number {subject}."},
    {"role.unknown", "There is no role \"{subject}\"."},
    {"role.last_administrator",
     "The municipality must keep at least one administrator, so this role cannot be removed."},
    {"token.unknown", "There is no API token with the number {subject}."},
    {"role.resident", "Resident"},
    {"role.youth_council", "Member of the youth council"},
    {"role.reviewer", "Reviewer"},
    {"role.moderator", "Moderator"},
    {"role.administrator", "Administrator"},
};

}  // namespace

std::span<const Message> people_messages_en() {
  return kMessages;
}

}  // namespace sammen
