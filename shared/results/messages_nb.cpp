// Results in Norwegian Bokmål. Explanations may use {votes}, {round}, {cost},
// {left}, {funded} (a list of titles) and {funded_count}.
#include "sammen/results/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"result.preview_while_open",
     "Resultatet kan forhåndsvises når avstemningen er avsluttet."},
    {"result.not_published", "Resultatet er ikke publisert ennå."},
    {"result.already_published", "Resultatet er allerede publisert."},
    {"explain.funded",
     "Vedtatt: {votes, plural, one {# stemme} other {# stemmer}}, nummer {round} i opptellingen. "
     "Det koster {cost, money}, og {left, money} var igjen."},
    {"explain.did_not_fit",
     "{funded_count, plural,"
     " =0 {Fikk ikke plass: {votes, plural, one {# stemme} other {# stemmer}}, men det koster"
     " {cost, money} og bare {left, money} var igjen i budsjettet.}"
     " other {Fikk ikke plass: {votes, plural, one {# stemme} other {# stemmer}}, men det koster"
     " {cost, money} og bare {left, money} var igjen etter at {funded, list} fikk pengene.}}"},
    {"explain.no_support", "Ingen stemte på dette forslaget."},
    {"explain.unaffordable",
     "Ikke vedtatt: {votes, plural, one {# stemme} other {# stemmer}}. Det koster {cost, money}, og"
     " de som stemte på det, hadde ikke nok igjen av sine like andeler til å betale for det."},
    {"explain.stopped",
     "Ikke vedtatt: {votes, plural, one {# stemme} other {# stemmer}}. Opptellingen stoppet før den"
     " kom til dette forslaget."},
    {"explain.not_in_optimum",
     "Ikke vedtatt: {votes, plural, one {# stemme} other {# stemmer}}. Budsjettet gir flere stemmer"
     " når det brukes på andre forslag."},
    {"explain.no_value",
     "Ikke vedtatt: {votes, plural, one {# stemme} other {# stemmer}}. Det koster ingenting, og"
     " når forslag veies etter hva de koster, gir det derfor ingen noe."},
    {"explain.title", "«{title}»"},
    {"explain.more", "{count} til"},
    {"rule.greedy",
     "flest stemmer først; et forslag som ikke lenger får plass i budsjettet, hoppes over, og "
     "tellingen går videre"},
    {"rule.mes", "like andeler (Method of Equal Shares)"},
    {"rule.phragmen", "sekvensiell Phragmén"},
    {"rule.optimal", "flest mulig stemmer for pengene (optimum)"},
    {"tie_break.cost-votes", "lavest kostnad først, så flest stemmer, så forslagets id"},
    {"tie_break.lexico", "etter forslagets id"},
    {"tie.lost",
     "Stemmelikhet avgjorde: {other} fikk også {votes, plural, one {# stemme} other {# stemmer}}"
     " og ble talt først etter regelen for stemmelikhet ({tie_break}). Hadde dette forslaget"
     " blitt talt først, hadde det fått plass."},
    {"tie.won",
     "Stemmelikhet avgjorde: {other} fikk også {votes, plural, one {# stemme} other {# stemmer}},"
     " men dette forslaget ble talt først etter regelen for stemmelikhet ({tie_break}). Hadde"
     " {other} blitt talt først, hadde det fått plass."},
    {"unspent.no_ballots", "Ingen stemte i denne bydelen, så budsjettet på {left, money} ble ikke brukt."},
    {"unspent.all_funded",
     "{left, money} ble ikke brukt, fordi alle forslagene som fikk stemmer, ble vedtatt."},
    {"unspent.too_little",
     "{left, money} ble ikke brukt: det billigste forslaget som ikke fikk plass, {title}, koster"
     " {cost, money}, mer enn det som var igjen."},
};

}  // namespace

std::span<const Message> result_messages_nb() {
  return kMessages;
}

}  // namespace sammen
