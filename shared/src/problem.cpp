#include "sammen/problem.h"

#include "sammen/money.h"

namespace sammen {

std::string_view wire_id(ErrorCode code) {
  switch (code) {
    case ErrorCode::kMalformedJson: return "request.malformed_json";
    case ErrorCode::kWrongType: return "request.wrong_type";
    case ErrorCode::kMissingField: return "request.missing_field";
    case ErrorCode::kBodyTooLarge: return "request.body_too_large";
    case ErrorCode::kUnsupportedVersion: return "request.unsupported_version";
    case ErrorCode::kNotFound: return "request.not_found";
    case ErrorCode::kBadRequest: return "request.bad_request";
    case ErrorCode::kVoterCodeMissing: return "voter.code_missing";
    case ErrorCode::kVoterCodeUnknown: return "voter.code_unknown";
    case ErrorCode::kAdminTokenInvalid: return "admin.token_invalid";
    case ErrorCode::kRungForbids: return "process.rung_forbids";
    case ErrorCode::kVotingNotOpen: return "process.voting_not_open";
    case ErrorCode::kVotingClosed: return "process.voting_closed";
    case ErrorCode::kResultNotPublished: return "result.not_published";
    case ErrorCode::kAlreadyPublished: return "result.already_published";
    case ErrorCode::kUnknownProcess: return "process.unknown";
    case ErrorCode::kUnknownDistrict: return "ballot.unknown_district";
    case ErrorCode::kUnknownProposal: return "ballot.unknown_proposal";
    case ErrorCode::kProposalNotOnBallot: return "ballot.proposal_not_on_ballot";
    case ErrorCode::kProposalInOtherDistrict: return "ballot.proposal_in_other_district";
    case ErrorCode::kDuplicateProposal: return "ballot.duplicate_proposal";
    case ErrorCode::kEmptyBallot: return "ballot.empty";
    case ErrorCode::kTooManyApprovals: return "ballot.too_many_approvals";
    case ErrorCode::kOverBudget: return "ballot.over_budget";
    case ErrorCode::kUnderMinimumSpend: return "ballot.under_minimum_spend";
    case ErrorCode::kStorageFailed: return "server.storage_failed";
    case ErrorCode::kInternal: return "server.internal_error";
  }
  return "unknown";
}

std::optional<ErrorCode> error_code_from_wire_id(std::string_view id) {
  for (int c = 0; c < kErrorCodeCount; ++c) {
    if (wire_id(static_cast<ErrorCode>(c)) == id) return static_cast<ErrorCode>(c);
  }
  return std::nullopt;
}

std::string sentence(const Problem& p, Language lang, std::string_view currency) {
  const std::string s = p.subject;
  const std::string n = std::to_string(p.amount);
  const std::string limit = std::to_string(p.limit);
  auto money = [&](Money m) { return format_money(m, currency, lang); };
  auto say = [&](std::string nb, std::string da, std::string en) {
    return std::string(pick(lang, nb, da, en));
  };
  switch (p.code) {
    case ErrorCode::kMalformedJson:
      return say("Forespørselen er ikke gyldig JSON.", "Forespørgslen er ikke gyldig JSON.",
                 "The request is not valid JSON.");
    case ErrorCode::kWrongType:
      return say("Feltet «" + s + "» har feil type.", "Feltet »" + s + "« har forkert type.",
                 "The field \"" + s + "\" has the wrong type.");
    case ErrorCode::kMissingField:
      return say("Feltet «" + s + "» mangler.", "Feltet »" + s + "« mangler.",
                 "The field \"" + s + "\" is missing.");
    case ErrorCode::kBodyTooLarge:
      return say("Forespørselen er for stor (grensen er " + limit + " byte).",
                 "Forespørgslen er for stor (grænsen er " + limit + " byte).",
                 "The request is too large (the limit is " + limit + " bytes).");
    case ErrorCode::kUnsupportedVersion:
      return say("Versjon " + n + " av formatet støttes ikke; bruk versjon " + limit + ".",
                 "Version " + n + " af formatet understøttes ikke; brug version " + limit + ".",
                 "Version " + n + " of the format is not supported; use version " + limit + ".");
    case ErrorCode::kNotFound:
      return say("Fant ikke «" + s + "».", "Fandt ikke »" + s + "«.",
                 "Nothing was found at \"" + s + "\".");
    case ErrorCode::kBadRequest:
      return say("Serveren forstod ikke forespørselen.", "Serveren forstod ikke forespørgslen.",
                 "The server did not understand the request.");
    case ErrorCode::kVoterCodeMissing:
      return say("Skriv inn stemmekoden din.", "Indtast din stemmekode.", "Enter your voter code.");
    case ErrorCode::kVoterCodeUnknown:
      return say("Stemmekoden finnes ikke i manntallet for denne prosessen.",
                 "Stemmekoden findes ikke i valglisten for denne proces.",
                 "This voter code is not on the voter roll of this process.");
    case ErrorCode::kAdminTokenInvalid:
      return say("Dette krever en gyldig administratornøkkel.",
                 "Dette kræver en gyldig administratornøgle.",
                 "This needs a valid administrator token.");
    case ErrorCode::kRungForbids:
      return say("Denne prosessen står på trinnet «" + s + "», som ikke tillater dette.",
                 "Denne proces står på trinnet »" + s + "«, som ikke tillader dette.",
                 "This process stands on the rung \"" + s + "\", which does not allow this.");
    case ErrorCode::kVotingNotOpen:
      return say("Avstemningen er ikke åpen nå.", "Afstemningen er ikke åben nu.",
                 "Voting is not open now.");
    case ErrorCode::kVotingClosed:
      return say("Avstemningen er avsluttet.", "Afstemningen er afsluttet.", "Voting has closed.");
    case ErrorCode::kResultNotPublished:
      return say("Resultatet er ikke publisert ennå.", "Resultatet er ikke offentliggjort endnu.",
                 "The result has not been published yet.");
    case ErrorCode::kAlreadyPublished:
      return say("Resultatet er allerede publisert.", "Resultatet er allerede offentliggjort.",
                 "The result has already been published.");
    case ErrorCode::kUnknownProcess:
      return say("Prosessen «" + s + "» finnes ikke.", "Processen »" + s + "« findes ikke.",
                 "There is no process \"" + s + "\".");
    case ErrorCode::kUnknownDistrict:
      return say("Bydelen «" + s + "» er ikke med i denne prosessen.",
                 "Bydelen »" + s + "« er ikke med i denne proces.",
                 "The district \"" + s + "\" does not take part in this process.");
    case ErrorCode::kUnknownProposal:
      return say("Forslaget «" + s + "» finnes ikke.", "Forslaget »" + s + "« findes ikke.",
                 "There is no proposal \"" + s + "\".");
    case ErrorCode::kProposalNotOnBallot:
      return say("Forslaget «" + s + "» står ikke på stemmeseddelen.",
                 "Forslaget »" + s + "« er ikke på stemmesedlen.",
                 "The proposal \"" + s + "\" is not on the ballot.");
    case ErrorCode::kProposalInOtherDistrict:
      return say("Forslaget «" + s + "» hører til en annen bydel.",
                 "Forslaget »" + s + "« hører til en anden bydel.",
                 "The proposal \"" + s + "\" belongs to another district.");
    case ErrorCode::kDuplicateProposal:
      return say("Forslaget «" + s + "» er valgt mer enn én gang.",
                 "Forslaget »" + s + "« er valgt mere end én gang.",
                 "The proposal \"" + s + "\" is chosen more than once.");
    case ErrorCode::kEmptyBallot:
      return say("Velg minst ett forslag.", "Vælg mindst ét forslag.", "Choose at least one proposal.");
    case ErrorCode::kTooManyApprovals:
      return say("Du kan velge høyst " + limit + " forslag; du har valgt " + n + ".",
                 "Du kan højst vælge " + limit + " forslag; du har valgt " + n + ".",
                 "You may choose at most " + limit + " proposals; you chose " + n + ".");
    case ErrorCode::kOverBudget:
      return say("Valgene dine koster " + money(p.amount) + ", " + money(p.amount - p.limit) +
                     " mer enn budsjettet på " + money(p.limit) + ".",
                 // Danish amounts end in "kr.": no money at the end of a sentence.
                 "Budgettet er på " + money(p.limit) + ", og dine valg koster " + money(p.amount) +
                     ", altså " + money(p.amount - p.limit) + " for meget.",
                 "Your choices cost " + money(p.amount) + ", " + money(p.amount - p.limit) +
                     " more than the budget of " + money(p.limit) + ".");
    case ErrorCode::kUnderMinimumSpend:
      return say("Valgene dine må koste minst " + money(p.limit) + "; nå koster de " +
                     money(p.amount) + ".",
                 "Nu koster dine valg " + money(p.amount) + ", men de skal koste mindst " +
                     money(p.limit) + " i alt.",
                 "Your choices must cost at least " + money(p.limit) + "; now they cost " +
                     money(p.amount) + ".");
    case ErrorCode::kStorageFailed:
      return say("Serveren kunne ikke lagre dette. Ingenting ble endret; prøv igjen.",
                 "Serveren kunne ikke gemme dette. Intet blev ændret; prøv igen.",
                 "The server could not store this. Nothing was changed; please try again.");
    case ErrorCode::kInternal:
      return say("Noe gikk galt på serveren. Prøv igjen senere.",
                 "Noget gik galt på serveren. Prøv igen senere.",
                 "Something went wrong on the server. Please try again later.");
  }
  return "?";
}

}  // namespace sammen
