// The screens' words about the results page, in Danish.
#include "sammen/results/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"see_result", "Se resultatet"},
    {"title", "Resultat: {process}"},
    {"loading", "Henter resultatet …"},
    {"funded", "Vedtaget"},
    {"not_funded", "Ikke vedtaget"},
    {"spent_of_budget", "Brugt {spent, money} af {budget, money}"},
    {"votes", "{count, plural, one {# stemme} other {# stemmer}}"},
    {"ballots_counted",
     "{count, plural, one {# stemmeseddel talt op} other {# stemmesedler talt op}}"},
    {"rule", "Optællingsregel: {rule}"},
    {"tie_break", "Ved stemmelighed: {tie_break}"},
    {"ballots_file",
     "Stemmesedlerne som Pabulib-fil, ballots.pb, til at tælle igen og finde din egen stemmeseddel "
     "efter mærket (SHA-256):"},
    {"fingerprint", "Fingeraftryk af stemmesedlerne (SHA-256):"},
    {"binding", "Resultatet er bindende: de vedtagne forslag bliver gennemført."},
    {"advisory", "Resultatet er et råd til kommunen, som beslutter til sidst."},
    {"to_your_district", "Til din bydel: {district} ›"},
    {"jump_to", "Gå til bydel:"},
};

}  // namespace

std::span<const Message> result_screen_messages_da() {
  return kMessages;
}

}  // namespace sammen
