#include "sammen/setup/wire.h"

#include "sammen/processes/wire.h"

namespace sammen {

void to_json(Json& json, const ProcessSettings& s) {
  json = {{"version", kWireVersion},
          {"id", s.id},
          {"title", s.title},
          {"description", s.description},
          {"translations", s.translations},
          {"rung", kRungIds.id(s.rung)},
          {"ballot", s.ballot},
          {"counting_rule", counting::kRuleIds.id(s.counting_rule)},
          {"eligibility", s.eligibility},
          {"phases", s.phases},
          {"budgets", s.budgets}};
}

void to_json(Json& json, const ProposalDraft& d) {
  json = static_cast<const Proposal&>(d);
  json["version"] = kWireVersion;
}

void to_json(Json& json, const MunicipalitySaved& saved) {
  json = saved.municipality;
  json["version"] = kWireVersion;
}

void to_json(Json& json, const VotingOpened& opened) {
  json = opened.process;
  json["version"] = kWireVersion;
}

void read(JsonReader& r, ProcessSettings& s) {
  r.version();
  r.optional("id", s.id);
  r.required("title", s.title);
  r.optional("description", s.description);
  r.optional("translations", s.translations);
  r.required("rung", s.rung, kRungIds);
  r.required("ballot", s.ballot);
  r.optional("counting_rule", s.counting_rule, counting::kRuleIds);
  r.optional("eligibility", s.eligibility);
  r.required("phases", s.phases);
  r.required("budgets", s.budgets);
}

void read(JsonReader& r, ProposalDraft& d) {
  r.version();
  r.optional("id", d.id);
  r.required("district_id", d.district_id);
  r.required("title", d.title);
  r.optional("summary", d.summary);
  r.required("cost", d.cost);
  r.required("production", d.production, kProductionIds);
  r.optional("status", d.status, kProposalStatusIds);
}

void read(JsonReader& r, MunicipalityRequest& request) {
  r.version();
  read(r, request.municipality);
}

}  // namespace sammen
