#include "ballots/update.h"

#include <algorithm>

#include "ballots/credential.h"
#include "sammen/ballots/wire.h"

namespace sammen::client::ballots {
namespace {

constexpr std::string_view kVoterCodeField = "voter-code";

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

}  // namespace

void ballot_stored(AppState& state, const platform::HttpResponse& answer, Outbox&) {
  State& ballots = state.ballots;
  ballots.submitting = false;
  std::optional<BallotReceipt> receipt = answer_value<BallotReceipt>(answer, ballots.submit_error);
  if (!receipt) return;
  ballots.receipt = std::move(receipt);
  ballots.submit_error.reset();
  state.screen = kConfirmationScreen;
}

void begin(AppState& state, const std::string& process_id, std::string_view kept) {
  state.ballots.district_id.clear();
  state.ballots.ballot = Ballot{process_id, "", {}};
  state.ballots.receipt.reset();
  state.ballots.credential.clear();
  state.ballots.pending.reset();
  const Result<Json> json = parse_json(kept);
  if (!json || !json.value().is_object() || !json.value().contains("ballot")) return;
  Result<Ballot> ballot = decode<Ballot>(json.value()["ballot"]);
  if (!ballot || ballot.value().process_id != process_id) return;
  state.ballots.ballot = std::move(ballot).value();
  state.ballots.district_id = state.ballots.ballot.district_id;
  if (json.value().contains("credential"))
    recall_credential(state.ballots, json.value()["credential"]);
  if (json.value().contains("receipt")) {
    if (Result<BallotReceipt> receipt = decode<BallotReceipt>(json.value()["receipt"])) {
      state.ballots.receipt = std::move(receipt).value();
    }
  }
}

std::string kept(const AppState& state) {
  Json json = {{"version", kWireVersion}, {"ballot", state.ballots.ballot}};
  if (state.ballots.receipt) json["receipt"] = *state.ballots.receipt;
  json["credential"] = kept_credential(state.ballots);
  return json.dump();
}

void choose_district(AppState& state, const std::string& district_id) {
  if (district_id == state.ballots.district_id || !state.processes.detail) return;
  state.ballots.district_id = district_id;
  state.ballots.ballot = Ballot{state.processes.detail->process.id, district_id, {}};
}

void apply(AppState& state, const ChooseDistrict& intent, Outbox&) {
  choose_district(state, intent.district_id);
  state.screen = kBallotScreen;
}

void apply(AppState& state, const AddProposal& intent, Outbox&) {
  // The screen only offers what may be added; the model has the last word.
  if (!why_cannot_add(state.ballots.ballot, state.processes.detail->process, intent.proposal_id)) {
    state.ballots.ballot.proposal_ids.push_back(intent.proposal_id);
  }
}

void apply(AppState& state, const RemoveProposal& intent, Outbox&) {
  auto& ids = state.ballots.ballot.proposal_ids;
  ids.erase(std::remove(ids.begin(), ids.end(), intent.proposal_id), ids.end());
}

void apply(AppState& state, const Submit&, Outbox& outbox) {
  State& ballots = state.ballots;
  if (ballots.submitting || !state.processes.detail) return;
  const std::string typed = trimmed(ballots.voter_code);
  const bool has_receipt = !ballots.credential.empty();
  std::vector<Problem> problems = validate(ballots.ballot, state.processes.detail->process);
  if (credentials::looks_like_receipt(typed) && !credentials::parse_receipt(typed)) {
    problems.insert(problems.begin(), Problem{ErrorCode::kReceiptMalformed, ""});
  } else if (typed.empty() && !has_receipt) {
    problems.insert(problems.begin(), Problem{ErrorCode::kVoterCodeMissing, ""});
  }
  if (!problems.empty()) {
    ballots.submit_error = local_error(problems);
    return;
  }
  ballots.submit_error.reset();
  if (credentials::looks_like_receipt(typed)) {
    ballots.credential = credentials::receipt_text(*credentials::parse_receipt(typed));
    return send_ballot(state, outbox);
  }
  if (has_receipt) return send_ballot(state, outbox);
  fetch_credential(state, typed, outbox);
}

Intent poll_voter_code(AppState& state) {
  State& ballots = state.ballots;
  std::string code = platform::text_field_value(kVoterCodeField);
  if (code != ballots.voter_code && ballots.submit_error &&
      (ballots.submit_error->code.rfind("voter.", 0) == 0 ||
       ballots.submit_error->code.rfind("credential.", 0) == 0)) {
    ballots.submit_error.reset();
  }
  ballots.voter_code = std::move(code);
  if (platform::take_text_field_enter(kVoterCodeField)) return Submit{};
  return {};
}

}  // namespace sammen::client::ballots
