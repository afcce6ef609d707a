#include "credentials/use_cases.h"

#include <sodium.h>

#include <cstdio>

#include "credentials/keys.h"
#include "sammen/credentials/bytes.h"
#include "sammen/processes/eligibility.h"

namespace sammen::server::credentials {
namespace {

namespace vo = sammen::credentials;

vo::Scalar random_scalar(Stores& stores) {
  for (;;) {  // a zero scalar has probability 2^-252
    std::array<unsigned char, 64> wide{};
    stores.random(wide);
    if (const std::optional<vo::Scalar> s = vo::scalar_from_random(wide)) return *s;
  }
}

}  // namespace

void scrub(Stores& stores) {
  if (!stores.credentials.scrub().ok()) {
    std::fprintf(stderr, "sammen-server: the write-ahead log could not be emptied\n");
  }
}

void random_bytes(std::span<unsigned char> out) {
  randombytes_buf(out.data(), out.size());
}

Result<ProcessKeys> keys(Stores& stores, const std::string& process_id) {
  const Result<Process> process = processes::find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  const Result<std::string> seed = process_seed(stores, process_id);
  if (!seed.ok()) return seed.problems();
  std::vector<std::string> districts = {""};
  for (const DistrictBudget& b : process.value().budgets) districts.push_back(b.district_id);
  ProcessKeys out;
  for (const std::string& district : districts) {
    const Result<vo::KeyPair> pair = key_pair(seed.value(), process_id, district);
    if (!pair.ok()) return pair.problems();
    out.keys.push_back({district, vo::to_hex(pair.value().public_key.bytes)});
  }
  return out;
}

Result<CredentialIssued> issue(Stores& stores, const std::string& process_id,
                               const CredentialRequest& request, const std::string& address,
                               UnixSeconds now) {
  const auto issuing_pass = stores.voting.for_ballot();
  const Result<Process> process = processes::find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  if (std::optional<Problem> closed = why_voting_is_not_open(process.value(), now)) return *closed;
  const std::optional<vo::Bytes> blinded_bytes = vo::from_hex(request.blinded_element);
  const std::optional<vo::Element> blinded =
      blinded_bytes ? vo::element_from_bytes(*blinded_bytes) : std::nullopt;
  if (!blinded) return Problem{ErrorCode::kCredentialMalformed, "blinded_element"};
  const Result<ballots::Voter> voter = ballots::voter_on_roll(
      stores.voters, process_id, {request.voter_code, "voter_code", address}, now);
  if (!voter.ok()) return voter.problems();
  if (voter.value().used_on_paper_at) return Problem{ErrorCode::kCodeUsedOnPaper, "voter_code"};
  if (std::optional<Problem> elsewhere =
          why_not_home_district(request.district_id, voter.value().district_id)) {
    return *elsewhere;
  }
  const Result<std::string> seed = process_seed(stores, process_id);
  if (!seed.ok()) return seed.problems();
  const Result<vo::KeyPair> key = key_pair(seed.value(), process_id, voter.value().district_id);
  if (!key.ok()) return key.problems();
  const Result<Issuance> issuance = stores.credentials.record_issuance(
      process_id, voter.value().code_hash, vo::to_hex(blinded->bytes));
  if (!issuance.ok()) return issuance.problems();
  if (issuance.value() == Issuance::kRefused) {
    return Problem{ErrorCode::kCredentialAlreadyIssued, "voter_code"};
  }
  scrub(stores);
  const vo::Element batch[] = {*blinded};
  const std::optional<vo::Evaluation> evaluation =
      vo::blind_evaluate(key.value(), batch, random_scalar(stores));
  if (!evaluation) return Problem{ErrorCode::kCredentialMalformed, "blinded_element"};
  return CredentialIssued{voter.value().district_id, vo::to_hex(evaluation->evaluated[0].bytes),
                          vo::to_hex(vo::proof_bytes(evaluation->proof))};
}

Result<vo::Receipt> issue_for_resident(Stores& stores, const Process& process,
                                       const ballots::Voter& voter) {
  const Result<std::string> seed = process_seed(stores, process.id);
  if (!seed.ok()) return seed.problems();
  const Result<vo::KeyPair> key = key_pair(seed.value(), process.id, voter.district_id);
  if (!key.ok()) return key.problems();
  std::array<unsigned char, vo::kTokenBytes> token{};
  std::optional<vo::Element> blinded;
  while (!blinded) {
    stores.random(token);
    blinded = vo::blind(token, random_scalar(stores));
  }
  const Result<Issuance> issuance =
      stores.credentials.record_issuance(process.id, voter.code_hash, vo::to_hex(blinded->bytes));
  if (!issuance.ok()) return issuance.problems();
  if (issuance.value() != Issuance::kFirst) {
    return Problem{ErrorCode::kCredentialAlreadyIssued, "voter_code"};
  }
  const std::optional<vo::Output> output = vo::evaluate(key.value().secret, token);
  if (!output) return Problem{ErrorCode::kInternal, "credential"};
  return vo::make_receipt(token, *output);
}

Result<std::string> check_receipt(Stores& stores, const Process& process,
                                  const std::string& receipt_text, const std::string& district_id) {
  const std::optional<vo::Receipt> receipt = vo::parse_receipt(receipt_text);
  if (!receipt) return Problem{ErrorCode::kReceiptMalformed, "receipt"};
  const Result<std::string> seed = process_seed(stores, process.id);
  if (!seed.ok()) return seed.problems();
  for (const std::string& key_district : {district_id, std::string()}) {
    const Result<vo::KeyPair> key = key_pair(seed.value(), process.id, key_district);
    if (!key.ok()) return key.problems();
    const std::optional<vo::Output> output = vo::evaluate(key.value().secret, receipt->token);
    if (output && vo::tag_matches(*receipt, *output)) return vo::ballot_mark(*receipt);
  }
  return Problem{ErrorCode::kReceiptUnknown, "receipt"};
}

}  // namespace sammen::server::credentials
