#include "sammen/ballots/wire.h"

namespace sammen {

void to_json(Json& json, const Ballot& b) {
  json = {{"process_id", b.process_id},
          {"district_id", b.district_id},
          {"proposal_ids", b.proposal_ids}};
}

void to_json(Json& json, const BallotSubmission& s) {
  json = {{"version", kWireVersion},
          {"district_id", s.ballot.district_id},
          {"proposal_ids", s.ballot.proposal_ids}};
  if (!s.receipt.empty()) json["receipt"] = s.receipt;
  if (!s.voter_code.empty()) json["voter_code"] = s.voter_code;
  if (s.language) json["language"] = language_tag(*s.language);
}

void to_json(Json& json, const BallotReceipt& r) {
  json = {{"version", kWireVersion},
          {"status", "stored"},
          {"replaced", r.replaced},
          {"ballot", r.ballot},
          {"mark", r.mark}};
  if (!r.receipt.empty()) json["receipt"] = r.receipt;
}

void to_json(Json& json, const StoredBallot& s) {
  json = s.ballot;
  json["mark"] = s.mark;
}

void to_json(Json& json, const OwnBallot& own) {
  json = {{"version", kWireVersion}, {"ballot", own.ballot}, {"mark", own.mark}};
}

void to_json(Json& json, const BallotBox& box) {
  json = {{"version", kWireVersion},
          {"count", box.ballots.size()},
          {"ballots_fingerprint", box.fingerprint},
          {"ballots", box.ballots}};
}

void read(JsonReader& r, Ballot& b) {
  r.required("process_id", b.process_id);
  r.required("district_id", b.district_id);
  r.required("proposal_ids", b.proposal_ids);
}

void read(JsonReader& r, BallotSubmission& s) {
  r.version();
  r.optional("receipt", s.receipt);
  r.optional("voter_code", s.voter_code);
  r.required("district_id", s.ballot.district_id);
  r.required("proposal_ids", s.ballot.proposal_ids);
  std::string language;
  r.optional("language", language);
  if (!language.empty()) {
    s.language = language_from_tag(language);
    if (!s.language) r.problem(ErrorCode::kWrongType, r.name("language"));
  }
}

void read(JsonReader& r, BallotReceipt& receipt) {
  r.version();
  r.optional("replaced", receipt.replaced);
  r.required("ballot", receipt.ballot);
  r.required("mark", receipt.mark);
  r.optional("receipt", receipt.receipt);
}

}  // namespace sammen
