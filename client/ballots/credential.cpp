#include "ballots/credential.h"

#include "ballots/update.h"
#include "sammen/ballots/wire.h"
#include "sammen/credentials/bytes.h"
#include "sammen/credentials/voprf.h"

namespace sammen::client::ballots {
namespace {

namespace vo = sammen::credentials;

void failed(AppState& state, ErrorCode code) {
  state.ballots.submitting = false;
  state.ballots.submit_error = local_error({Problem{code, ""}});
}

// A fresh token and blind from the browser's random numbers.
std::optional<PendingCredential> fresh_credential() {
  for (int attempt = 0; attempt < 4; ++attempt) {
    PendingCredential p;
    platform::random_bytes(p.token);
    std::array<unsigned char, 64> wide{};
    platform::random_bytes(wide);
    const std::optional<vo::Scalar> blind = vo::scalar_from_random(wide);
    if (!blind) continue;
    const std::optional<vo::Element> blinded = vo::blind(p.token, *blind);
    if (!blinded) continue;
    p.blind = *blind;
    p.blinded = *blinded;
    return p;
  }
  return std::nullopt;
}

void on_issued(AppState& state, const platform::HttpResponse& answer, Outbox& outbox) {
  State& ballots = state.ballots;
  const std::optional<CredentialIssued> issued =
      answer_value<CredentialIssued>(answer, ballots.submit_error);
  if (!issued || !ballots.pending || !ballots.pending->keys) {
    ballots.submitting = false;
    return;
  }
  const PendingCredential& p = *ballots.pending;
  // Only the published key of the ballot's district, or of voters without
  // one: a key made for this resident alone would tag them.
  const bool right_key =
      issued->key_district_id.empty() || issued->key_district_id == ballots.ballot.district_id;
  const std::optional<std::string> key_hex = public_key_of(*p.keys, issued->key_district_id);
  const std::optional<vo::Bytes> key = key_hex ? vo::from_hex(*key_hex) : std::nullopt;
  const std::optional<vo::Bytes> evaluated = vo::from_hex(issued->evaluated_element);
  const std::optional<vo::Bytes> proof = vo::from_hex(issued->proof);
  const std::optional<vo::Element> key_element = key ? vo::element_from_bytes(*key) : std::nullopt;
  const std::optional<vo::Element> evaluated_element =
      evaluated ? vo::element_from_bytes(*evaluated) : std::nullopt;
  const std::optional<vo::Proof> proof_value = proof ? vo::proof_from_bytes(*proof) : std::nullopt;
  if (!right_key || !key_element || !evaluated_element || !proof_value) {
    return failed(state, ErrorCode::kCredentialProofFailed);
  }
  const std::optional<vo::Output> output =
      vo::finalize(p.token, p.blind, *evaluated_element, p.blinded, *key_element, *proof_value);
  if (!output) return failed(state, ErrorCode::kCredentialProofFailed);
  ballots.credential = vo::receipt_text(vo::make_receipt(p.token, *output));
  ballots.pending.reset();
  send_ballot(state, outbox);
}

void on_keys(AppState& state, const platform::HttpResponse& answer, Outbox& outbox) {
  State& ballots = state.ballots;
  std::optional<ProcessKeys> keys = answer_value<ProcessKeys>(answer, ballots.submit_error);
  if (!keys || !ballots.pending) {
    ballots.submitting = false;
    return;
  }
  ballots.pending->keys = std::move(keys);
  const CredentialRequest request{ballots.pending->voter_code, ballots.ballot.district_id,
                                  vo::to_hex(ballots.pending->blinded.bytes), state.language};
  outbox.send(
      {"POST", process_path(ballots.ballot.process_id) + "/credentials", Json(request).dump()},
      on_issued);
}

}  // namespace

void fetch_credential(AppState& state, const std::string& voter_code, Outbox& outbox) {
  State& ballots = state.ballots;
  if (!ballots.pending) {
    std::optional<PendingCredential> fresh = fresh_credential();
    if (!fresh) return failed(state, ErrorCode::kCredentialProofFailed);
    ballots.pending = std::move(fresh);
  }
  ballots.pending->voter_code = voter_code;
  ballots.pending->keys.reset();
  ballots.submitting = true;
  outbox.send({"GET", process_path(ballots.ballot.process_id) + "/credentials/keys", ""}, on_keys);
}

void send_ballot(AppState& state, Outbox& outbox) {
  State& ballots = state.ballots;
  ballots.submitting = true;
  BallotSubmission submission;
  submission.receipt = ballots.credential;
  submission.ballot = ballots.ballot;
  submission.language = state.language;
  outbox.send(
      {"POST", process_path(ballots.ballot.process_id) + "/ballots", Json(submission).dump()},
      ballot_stored);
}

Json kept_credential(const State& ballots) {
  Json json = Json::object();
  if (!ballots.credential.empty()) json["receipt"] = ballots.credential;
  if (ballots.pending) {
    json["token"] = vo::to_hex(ballots.pending->token);
    json["blind"] = vo::to_hex(ballots.pending->blind.bytes);
  }
  return json;
}

void recall_credential(State& ballots, const Json& kept) {
  if (!kept.is_object()) return;
  if (kept.contains("receipt") && kept["receipt"].is_string()) {
    if (vo::parse_receipt(kept["receipt"].get<std::string>())) {
      ballots.credential = kept["receipt"].get<std::string>();
    }
  }
  if (!kept.contains("token") || !kept.contains("blind") || !kept["token"].is_string() ||
      !kept["blind"].is_string()) {
    return;
  }
  const auto token = vo::fixed_from_hex<vo::kTokenBytes>(kept["token"].get<std::string>());
  const std::optional<vo::Bytes> blind_bytes = vo::from_hex(kept["blind"].get<std::string>());
  const std::optional<vo::Scalar> blind =
      blind_bytes ? vo::scalar_from_bytes(*blind_bytes) : std::nullopt;
  if (!token || !blind) return;
  const std::optional<vo::Element> blinded = vo::blind(*token, *blind);
  if (!blinded) return;
  ballots.pending = PendingCredential{*token, *blind, *blinded, "", std::nullopt};
}

}  // namespace sammen::client::ballots
