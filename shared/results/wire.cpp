#include "sammen/results/wire.h"

#include "sammen/results/explanation.h"

namespace sammen {

void to_json(Json& json, const ProposalOutcome& o) {
  json = {{"proposal_id", o.proposal_id},
          {"verdict", kVerdictIds.id(o.verdict)},
          {"votes", o.votes},
          {"round", o.round},
          {"money_left", o.money_left},
          {"exhausted_by", o.exhausted_by}};
}

void to_json(Json& json, const DistrictTally& d) {
  json = {{"district_id", d.district_id},
          {"budget", d.budget},
          {"spent", d.spent},
          {"ballots", d.ballots},
          {"proposals", d.proposals}};
}

void to_json(Json& json, const Tally& t) {
  json = {{"version", kWireVersion},
          {"process_id", t.process_id},
          {"rule", kRuleIds.id(t.rule)},
          {"tie_break", kTieBreakIds.id(t.tie_break)},
          {"binding", t.binding},
          {"ballots", t.ballots},
          {"ballots_fingerprint", t.ballots_fingerprint},
          {"ballots_file_sha256", t.ballots_file_sha256},
          {"districts", t.districts}};
}

void to_json(Json& json, const PublishedTally& p) {
  const Audience audience{p.language, p.currency};
  json = p.tally;
  json["rule_name"] = rule_name(p.tally.rule, p.language);
  json["tie_break_name"] = tie_break_name(p.tally.tie_break, p.language);
  json["language"] = language_tag(p.language);
  json["published_at"] = p.published_at;
  if (p.preview) json["preview"] = true;
  for (std::size_t d = 0; d < p.tally.districts.size(); ++d) {
    const DistrictTally& district = p.tally.districts[d];
    for (std::size_t i = 0; i < district.proposals.size(); ++i) {
      json["districts"][d]["proposals"][i]["explanation"] =
          explain(district.proposals[i], p.process, audience);
    }
  }
}

void read(JsonReader& r, ProposalOutcome& o) {
  r.required("proposal_id", o.proposal_id);
  r.required("verdict", o.verdict, kVerdictIds);
  r.required("votes", o.votes);
  r.required("round", o.round);
  r.required("money_left", o.money_left);
  r.required("exhausted_by", o.exhausted_by);
}

void read(JsonReader& r, DistrictTally& d) {
  r.required("district_id", d.district_id);
  r.required("budget", d.budget);
  r.required("spent", d.spent);
  r.required("ballots", d.ballots);
  r.required("proposals", d.proposals);
}

void read(JsonReader& r, Tally& t) {
  r.version();
  r.required("process_id", t.process_id);
  r.required("rule", t.rule, kRuleIds);
  r.required("tie_break", t.tie_break, kTieBreakIds);
  r.optional("binding", t.binding);
  r.required("ballots", t.ballots);
  r.required("ballots_fingerprint", t.ballots_fingerprint);
  r.optional("ballots_file_sha256", t.ballots_file_sha256);
  r.required("districts", t.districts);
}

}  // namespace sammen
