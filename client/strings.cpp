#include "strings.h"

namespace sammen::client {

std::string_view text(Text key, Language l) {
  switch (key) {
    case Text::kLoading: return pick(l, "Laster …", "Indlæser …", "Loading …");
    case Text::kNetworkError:
      return pick(l, "Fikk ikke kontakt med serveren. Sjekk nettet og prøv igjen.",
                  "Fik ikke kontakt med serveren. Tjek nettet, og prøv igen.",
                  "Could not reach the server. Check your connection and try again.");
    case Text::kRetry: return pick(l, "Prøv igjen", "Prøv igen", "Try again");
    case Text::kBack: return pick(l, "‹ Tilbake", "‹ Tilbage", "‹ Back");
    case Text::kPhase: return pick(l, "Fase: {}.", "Fase: {}.", "Phase: {}.");
    case Text::kNoPhase:
      return pick(l, "Ingen fase er aktiv nå.", "Ingen fase er aktiv nu.", "No phase is active now.");
    case Text::kRungLabel:
      return pick(l, "Trinn på deltakerstigen: {}", "Trin på deltagelsesstigen: {}",
                  "Rung on the participation ladder: {}");
    case Text::kVotingOpen:
      return pick(l, "Avstemningen er åpen.", "Afstemningen er åben.", "Voting is open.");
    case Text::kChooseDistrict: return pick(l, "Velg bydel", "Vælg bydel", "Choose your district");
    case Text::kChooseDistrictIntro:
      return pick(l, "Du stemmer over forslagene i én bydel. Velg bydelen der du bor.",
                  "Du stemmer om forslagene i én bydel. Vælg den bydel, du bor i.",
                  "You vote on the proposals of one district. Choose the district where you live.");
    case Text::kBudget: return pick(l, "Budsjett: {}", "Budget: {}", "Budget: {}");
    case Text::kProposalCount: return pick(l, "{} forslag", "{} forslag", "{} proposals");
    case Text::kOtherProcesses: return pick(l, "Andre prosesser", "Andre processer", "Other processes");
    case Text::kProposalsIn: return pick(l, "Forslag i {}", "Forslag i {}", "Proposals in {}");
    case Text::kBallotIntroKnapsack:
      return pick(l, "Velg forslagene du vil bruke bydelens penger på. Summen må holde seg innenfor budsjettet.",
                  "Vælg de forslag, du vil bruge bydelens penge på. Summen skal holde sig inden for budgettet.",
                  "Choose the proposals you would spend the district's money on. The total must stay within the budget.");
    case Text::kBallotIntroApproval:
      return pick(l, "Velg forslagene du støtter.", "Vælg de forslag, du støtter.",
                  "Choose the proposals you support.");
    case Text::kAdd: return pick(l, "Legg til", "Tilføj", "Add");
    case Text::kRemove: return pick(l, "Fjern", "Fjern", "Remove");
    case Text::kChosen: return pick(l, "✓ Valgt", "✓ Valgt", "✓ Chosen");
    case Text::kSpentOfBudget: return pick(l, "Brukt {} av {}", "Brugt {} af {}", "Spent {} of {}");
    case Text::kLeft: return pick(l, "Igjen: {}", "Tilbage: {}", "Left: {}");
    case Text::kMinimumSpend:
      return pick(l, "Du må bruke minst {}.", "Du skal bruge mindst {}.", "You must spend at least {}.");
    case Text::kChosenCount:
      return pick(l, "Du har valgt {} forslag.", "Du har valgt {} forslag.", "You have chosen {} proposals.");
    case Text::kAtMost: return pick(l, "Du kan velge høyst {}.", "Du kan højst vælge {}.", "You may choose at most {}.");
    case Text::kNextVoterCode: return pick(l, "Neste: stemmekode ›", "Næste: stemmekode ›", "Next: voter code ›");
    case Text::kYourBallot: return pick(l, "Stemmeseddelen din", "Din stemmeseddel", "Your ballot");
    case Text::kTotal: return pick(l, "Sum: {}", "I alt: {}", "Total: {}");
    case Text::kVoterCode: return pick(l, "Stemmekode", "Stemmekode", "Voter code");
    case Text::kVoterCodeHelp:
      return pick(l, "Stemmekoden står i brevet fra kommunen. Én kode gir én stemme; stemmer du igjen, gjelder den siste.",
                  "Stemmekoden står i brevet fra kommunen. Én kode giver én stemme; stemmer du igen, gælder den sidste.",
                  "Your voter code is in the letter from the municipality. One code, one vote; if you vote again, the last one counts.");
    case Text::kDemoCodes: return pick(l, "Demokoder: {}", "Demokoder: {}", "Demo codes: {}");
    case Text::kDemoIntro:
      return pick(l, "Dette er en demo med en oppdiktet kommune. Stem gjerne med en av demokodene: {}",
                  "Dette er en demo med en opdigtet kommune. Stem gerne med en af demokoderne: {}",
                  "This is a demo with a made-up municipality. Vote with one of the demo codes: {}");
    case Text::kSubmit: return pick(l, "Send inn stemmen", "Afgiv din stemme", "Cast your vote");
    case Text::kSending: return pick(l, "Sender …", "Sender …", "Sending …");
    case Text::kStored: return pick(l, "Takk! Stemmen din er lagret.", "Tak! Din stemme er gemt.", "Thank you! Your vote is stored.");
    case Text::kReplaced:
      return pick(l, "Den erstatter stemmen du ga tidligere med samme kode.",
                  "Den erstatter den stemme, du tidligere afgav med samme kode.",
                  "It replaces the vote you cast earlier with the same code.");
    case Text::kCanRevote:
      return pick(l, "Du kan endre stemmen til avstemningen stenger; da gjelder den siste.",
                  "Du kan ændre din stemme, indtil afstemningen lukker; så gælder den sidste.",
                  "You can change your vote until voting closes; the last one counts.");
    case Text::kChangeVote: return pick(l, "Endre stemmen", "Ændr stemmen", "Change your vote");
    case Text::kToStart: return pick(l, "Til forsiden", "Til forsiden", "Back to the start");
    case Text::kSeeResult: return pick(l, "Se resultatet", "Se resultatet", "See the result");
    case Text::kResultTitle: return pick(l, "Resultat: {}", "Resultat: {}", "Result: {}");
    case Text::kResultLoading: return pick(l, "Henter resultatet …", "Henter resultatet …", "Fetching the result …");
    case Text::kFunded: return pick(l, "Vedtatt", "Vedtaget", "Funded");
    case Text::kNotFunded: return pick(l, "Ikke vedtatt", "Ikke vedtaget", "Not funded");
    case Text::kVotes: return pick(l, "{} stemmer", "{} stemmer", "{} votes");
    case Text::kBallotsCounted:
      return pick(l, "{} stemmesedler talt", "{} stemmesedler talt op", "{} ballots counted");
    case Text::kRule: return pick(l, "Telleregel: {}", "Optællingsregel: {}", "Counting rule: {}");
    case Text::kTieBreak: return pick(l, "Ved stemmelikhet: {}", "Ved stemmelighed: {}", "Ties: {}");
    case Text::kFingerprint:
      return pick(l, "Fingeravtrykk av stemmesedlene (SHA-256):", "Fingeraftryk af stemmesedlerne (SHA-256):",
                  "Fingerprint of the ballots (SHA-256):");
    case Text::kBinding:
      return pick(l, "Resultatet er bindende: de vedtatte forslagene blir gjennomført.",
                  "Resultatet er bindende: de vedtagne forslag bliver gennemført.",
                  "The result is binding: the funded proposals will be carried out.");
    case Text::kAdvisory:
      return pick(l, "Resultatet er et råd til kommunen, som bestemmer til slutt.",
                  "Resultatet er et råd til kommunen, som beslutter til sidst.",
                  "The result is advice to the municipality, which makes the final decision.");
    case Text::kCannotVote:
      return pick(l, "I denne prosessen kan du lese forslagene, men ikke stemme.",
                  "I denne proces kan du læse forslagene, men ikke stemme.",
                  "In this process you can read the proposals but not vote.");
  }
  return "";
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
  std::string out;
  auto next = args.begin();
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}' && next != args.end()) {
      out.append(*next++);
      ++i;
    } else {
      out.push_back(pattern[i]);
    }
  }
  return out;
}

std::string counted(Text key, std::int64_t count, Language l) {
  if (count == 1) {
    switch (key) {
      case Text::kVotes: return std::string(pick(l, "1 stemme", "1 stemme", "1 vote"));
      case Text::kBallotsCounted:
        return std::string(pick(l, "1 stemmeseddel talt", "1 stemmeseddel talt op", "1 ballot counted"));
      case Text::kProposalCount: return std::string(pick(l, "1 forslag", "1 forslag", "1 proposal"));
      case Text::kChosenCount:
        return std::string(pick(l, "Du har valgt 1 forslag.", "Du har valgt 1 forslag.", "You have chosen 1 proposal."));
      default: break;
    }
  }
  return fill(text(key, l), {std::to_string(count)});
}

}  // namespace sammen::client
