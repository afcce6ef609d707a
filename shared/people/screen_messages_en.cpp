// The screens' words about signing in, the password and people with their roles, in English.
#include "sammen/people/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"sign_in", "Sign in"},
    {"console", "Console"},
    {"sign_in_title", "Sign in for staff"},
    {"sign_in_intro", "The municipality's staff sign in here to set up processes, voter rolls and results. You do not need to sign in to vote."},
    {"email", "E-mail address"},
    {"password", "Password"},
    {"signing_in", "Signing in …"},
    {"signed_in_as", "Signed in as {name} ({email})"},
    {"roles", "Roles: {roles, list}"},
    {"no_roles", "No roles yet."},
    {"change_password", "Change password"},
    {"sign_out", "Sign out"},
    {"password_title", "Change your password"},
    {"password_forced", "You signed in with a one-time password. Choose your own password before you do anything else."},
    {"password_rule", "The new password must have at least {count} characters."},
    {"current_password", "Current password"},
    {"new_password", "New password"},
    {"save_password", "Save the new password"},
    {"saving", "Saving …"},
    {"people_title", "People and roles"},
    {"people_intro", "Everyone with an account. Press a role to grant it or take it away; the change is written to the audit log."},
    {"loading", "Loading …"},
};

}  // namespace

std::span<const Message> people_screen_messages_en() {
  return kMessages;
}

}  // namespace sammen
