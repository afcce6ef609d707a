// Ballots in Danish. Danish amounts end in "kr.": no amount ends a sentence.
#include "sammen/ballots/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"ballot.not_your_district", "Din stemmekode hører til distriktet »{subject}«; stem der."},
    {"voter.used_on_paper",
     "Denne stemmekode er brugt til at stemme på papir, så den kan ikke også stemme online."},
    {"voter.code_missing", "Indtast din stemmekode."},
    {"voter.code_unknown", "Stemmekoden findes ikke i valglisten for denne proces."},
    {"ballot.unknown_district", "Bydelen »{subject}« er ikke med i denne proces."},
    {"ballot.unknown_proposal", "Forslaget »{subject}« findes ikke."},
    {"ballot.proposal_not_on_ballot", "Forslaget »{subject}« er ikke på stemmesedlen."},
    {"ballot.proposal_in_other_district", "Forslaget »{subject}« hører til en anden bydel."},
    {"ballot.duplicate_proposal", "Forslaget »{subject}« er valgt mere end én gang."},
    {"ballot.empty", "Vælg mindst ét forslag."},
    {"ballot.too_many_approvals", "Du kan højst vælge {limit} forslag; du har valgt {amount}."},
    {"ballot.over_budget",
     "Budgettet er på {limit, money}, og dine valg koster {amount, money}, altså {excess, money} "
     "for meget."},
    {"ballot.under_minimum_spend",
     "Nu koster dine valg {amount, money}, men de skal koste mindst {limit, money} i alt."},
    {"ballot.not_enough_left",
     "{limit, plural,"
     " =0 {Dette forslag koster {amount, money}, og du har brugt hele budgettet.}"
     " other {Dette forslag koster {amount, money}, men du har kun {limit, money} tilbage af"
     " budgettet.}}"},
    {"ballot.no_choices_left",
     "Du har valgt {limit} forslag, så mange som du kan. Fjern et andet for at vælge dette."},
};

}  // namespace

std::span<const Message> ballot_messages_da() {
  return kMessages;
}

}  // namespace sammen
