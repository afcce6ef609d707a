// The screens' words about the results page, in English.
#include "sammen/results/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"see_result", "See the result"},
    {"title", "Result: {process}"},
    {"loading", "Fetching the result …"},
    {"funded", "Funded"},
    {"not_funded", "Not funded"},
    {"spent_of_budget", "Spent {spent, money} of {budget, money}"},
    {"votes", "{count, plural, one {# vote} other {# votes}}"},
    {"ballots_counted", "{count, plural, one {# ballot counted} other {# ballots counted}}"},
    {"rule", "Counting rule: {rule}"},
    {"tie_break", "Ties: {tie_break}"},
    {"ballots_file",
     "The ballots as a Pabulib file, ballots.pb, to recount and to find your own ballot in by its "
     "mark (SHA-256):"},
    {"fingerprint", "Fingerprint of the ballots (SHA-256):"},
    {"binding", "The result is binding: the funded proposals will be carried out."},
    {"advisory", "The result is advice to the municipality, which makes the final decision."},
    {"to_your_district", "To your district: {district} ›"},
    {"jump_to", "Go to district:"},
};

}  // namespace

std::span<const Message> result_screen_messages_en() {
  return kMessages;
}

}  // namespace sammen
