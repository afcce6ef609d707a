// The screens' words about the results page, in Norwegian Bokmål.
#include "sammen/results/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"see_result", "Se resultatet"},
    {"title", "Resultat: {process}"},
    {"loading", "Henter resultatet …"},
    {"funded", "Vedtatt"},
    {"not_funded", "Ikke vedtatt"},
    {"spent_of_budget", "Brukt {spent, money} av {budget, money}"},
    {"votes", "{count, plural, one {# stemme} other {# stemmer}}"},
    {"ballots_counted", "{count, plural, one {# stemmeseddel talt} other {# stemmesedler talt}}"},
    {"rule", "Telleregel: {rule}"},
    {"tie_break", "Ved stemmelikhet: {tie_break}"},
    {"ballots_file",
     "Stemmesedlene som Pabulib-fil, ballots.pb, for å telle på nytt og finne din egen "
     "stemmeseddel etter merket (SHA-256):"},
    {"fingerprint", "Fingeravtrykk av stemmesedlene (SHA-256):"},
    {"binding", "Resultatet er bindende: de vedtatte forslagene blir gjennomført."},
    {"advisory", "Resultatet er et råd til kommunen, som bestemmer til slutt."},
    {"to_your_district", "Til din bydel: {district} ›"},
    {"jump_to", "Gå til bydel:"},
};

}  // namespace

std::span<const Message> result_screen_messages_nb() {
  return kMessages;
}

}  // namespace sammen
