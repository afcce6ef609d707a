// The account pages' words in English.
#include "sammen/people/page_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"sign_in_title", "Sign in"},
    {"sign_in_intro", "Sign in to write proposals, follow them and answer questions about them. You do not need to sign in to read proposals or to vote."},
    {"no_account", "No account yet?"},
    {"create_account_link", "Create an account"},
    {"sign_up_title", "Create an account"},
    {"sign_up_intro", "With an account you can write proposals together with others and follow what happens to them."},
    {"name", "Your name"},
    {"name_hint", "Others see this name on the proposals you write."},
    {"birth_year", "The year you were born"},
    {"birth_year_hint", "Some processes are for an age group only, such as the youth council's."},
    {"district", "Your district"},
    {"create_account", "Create the account"},
    {"sign_up_received", "Thank you. If the address did not have an account, it has one now: sign in with it below."},
    {"have_account", "Already have an account?"},
    {"signed_in_as", "You are signed in as {name}."},
    {"signed_out", "You are signed out."},
    {"sign_out_button", "Sign out"},
};

}  // namespace

std::span<const Message> people_page_messages_en() {
  return kMessages;
}

}  // namespace sammen
