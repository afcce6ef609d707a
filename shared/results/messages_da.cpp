// Results in Danish. Danish amounts end in "kr.": no amount ends a sentence.
#include "sammen/results/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"result.preview_while_open",
     "Resultatet kan ses på forhånd, når afstemningen er afsluttet."},
    {"result.not_published", "Resultatet er ikke offentliggjort endnu."},
    {"result.already_published", "Resultatet er allerede offentliggjort."},
    {"explain.funded",
     "Vedtaget: {votes, plural, one {# stemme} other {# stemmer}}, nummer {round} i optællingen. "
     "Det koster {cost, money}, og {left, money} var tilbage."},
    {"explain.did_not_fit",
     "{funded_count, plural,"
     " =0 {Fik ikke plads: {votes, plural, one {# stemme} other {# stemmer}}, men det koster"
     " {cost, money}, og kun {left, money} var tilbage i budgettet.}"
     " other {Fik ikke plads: {votes, plural, one {# stemme} other {# stemmer}}, men det koster"
     " {cost, money}, og kun {left, money} var tilbage, efter at {funded, list} fik pengene.}}"},
    {"explain.no_support", "Ingen stemte på dette forslag."},
    {"explain.unaffordable",
     "Ikke vedtaget: {votes, plural, one {# stemme} other {# stemmer}}. Det koster {cost, money},"
     " og dem, der stemte på det, havde ikke nok tilbage af deres lige andele til at betale for "
     "det."},
    {"explain.stopped",
     "Ikke vedtaget: {votes, plural, one {# stemme} other {# stemmer}}. Optællingen stoppede, før"
     " den nåede til dette forslag."},
    {"explain.not_in_optimum",
     "Ikke vedtaget: {votes, plural, one {# stemme} other {# stemmer}}. Budgettet giver flere"
     " stemmer, når det bruges på andre forslag."},
    {"explain.no_value",
     "Ikke vedtaget: {votes, plural, one {# stemme} other {# stemmer}}. Det koster ingenting, og"
     " når forslag vejes efter, hvad de koster, giver det derfor ingen noget."},
    {"explain.title", "«{title}»"},
    {"explain.more", "{count} mere"},
    {"rule.greedy",
     "flest stemmer først; et forslag, der ikke længere kan være i budgettet, springes over, og "
     "optællingen fortsætter"},
    {"rule.mes", "lige andele (Method of Equal Shares)"},
    {"rule.phragmen", "sekventiel Phragmén"},
    {"rule.optimal", "flest mulige stemmer for pengene (optimum)"},
    {"tie_break.cost-votes", "laveste pris først, så flest stemmer, så forslagets id"},
    {"tie_break.lexico", "efter forslagets id"},
    {"tie.lost",
     "Stemmelighed afgjorde det: {other} fik også {votes, plural, one {# stemme} other {# stemmer}}"
     " og blev talt først efter reglen for stemmelighed ({tie_break}). Var dette forslag blevet"
     " talt først, havde der været plads til det."},
    {"tie.won",
     "Stemmelighed afgjorde det: {other} fik også {votes, plural, one {# stemme} other {# stemmer}},"
     " men dette forslag blev talt først efter reglen for stemmelighed ({tie_break}). Var {other}"
     " blevet talt først, havde der været plads til det."},
    {"unspent.no_ballots", "Ingen stemte i denne bydel, så budgettet på {left, money} blev ikke brugt."},
    {"unspent.all_funded",
     "{left, money} blev ikke brugt, fordi alle forslag, der fik stemmer, blev vedtaget."},
    {"unspent.too_little",
     "{left, money} blev ikke brugt: det billigste forslag, der ikke fik plads, {title}, koster"
     " {cost, money}, mere end der var tilbage."},
};

}  // namespace

std::span<const Message> result_messages_da() {
  return kMessages;
}

}  // namespace sammen
