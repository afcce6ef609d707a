#include "sammen/processes/wire.h"

namespace sammen {
namespace {

// An optional phase is null between phases.
Json phase_json(const std::optional<PhaseKind>& phase) {
  return phase ? Json(kPhaseIds.id(*phase)) : Json();
}

}  // namespace

void to_json(Json& json, const District& d) {
  json = {{"id", d.id}, {"name", d.name}};
}

void to_json(Json& json, const Municipality& m) {
  json = {{"id", m.id},
          {"name", m.name},
          {"currency", m.currency},
          {"districts", m.districts},
          {"languages", ids_json(m.languages, kLanguageTags)}};
}

void to_json(Json& json, const Eligibility& e) {
  json = {{"min_age", e.min_age}, {"max_age", e.max_age}, {"district_ids", e.district_ids}};
}

void to_json(Json& json, const ProcessText& t) {
  json = {{"language", language_tag(t.language)},
          {"title", t.title},
          {"description", t.description}};
}

void to_json(Json& json, const Proposal& p) {
  json = {{"id", p.id},
          {"district_id", p.district_id},
          {"title", p.title},
          {"summary", p.summary},
          {"cost", p.cost},
          {"production", kProductionIds.id(p.production)},
          {"status", kProposalStatusIds.id(p.status)}};
}

void to_json(Json& json, const Phase& p) {
  json = {{"kind", kPhaseIds.id(p.kind)}, {"starts_at", p.starts_at}, {"ends_at", p.ends_at}};
}

void to_json(Json& json, const DistrictBudget& b) {
  json = {{"district_id", b.district_id}, {"budget", b.budget}};
}

void to_json(Json& json, const BallotRules& r) {
  json = {{"format", kBallotFormatIds.id(r.format)},
          {"max_approvals", r.max_approvals},
          {"min_spend_percent", r.min_spend_percent}};
}

void to_json(Json& json, const Process& p) {
  json = {{"id", p.id},
          {"title", p.title},
          {"description", p.description},
          {"translations", p.translations},
          {"rung", kRungIds.id(p.rung)},
          {"ballot", p.ballot},
          {"counting_rule", counting::kRuleIds.id(p.counting_rule)},
          {"eligibility", p.eligibility},
          {"phases", p.phases},
          {"budgets", p.budgets},
          {"proposals", p.proposals},
          {"voting_closed", p.voting_closed},
          {"result_published", p.result_published}};
}

void to_json(Json& json, const ProcessSummary& s) {
  json = {{"id", s.id},
          {"title", s.title},
          {"rung", kRungIds.id(s.rung)},
          {"phase", phase_json(s.phase)},
          {"voting_open", s.voting_open},
          {"result_published", s.result_published}};
}

void to_json(Json& json, const ProcessList& list) {
  json = {{"version", kWireVersion},
          {"municipality", list.municipality ? Json(*list.municipality) : Json()},
          {"processes", list.processes}};
}

void to_json(Json& json, const ProcessDetail& d) {
  json = {{"version", kWireVersion},      {"municipality", d.municipality},
          {"process", d.process},         {"now", d.now},
          {"phase", phase_json(d.phase)}, {"voting_open", d.voting_open}};
}

void to_json(Json& json, const VotingClosed& closed) {
  json = closed.process;
  json["version"] = kWireVersion;
}

void read(JsonReader& r, District& d) {
  r.required("id", d.id);
  r.required("name", d.name);
}

void read(JsonReader& r, Municipality& m) {
  r.required("id", m.id);
  r.required("name", m.name);
  r.required("currency", m.currency);
  r.required("districts", m.districts);
  r.optional("languages", m.languages, kLanguageTags);
}

void read(JsonReader& r, Eligibility& e) {
  r.optional("min_age", e.min_age);
  r.optional("max_age", e.max_age);
  r.optional("district_ids", e.district_ids);
}

void read(JsonReader& r, ProcessText& t) {
  r.required("language", t.language, kLanguageTags);
  r.optional("title", t.title);
  r.optional("description", t.description);
}

void read(JsonReader& r, Proposal& p) {
  r.required("id", p.id);
  r.required("district_id", p.district_id);
  r.required("title", p.title);
  r.optional("summary", p.summary);
  r.required("cost", p.cost);
  r.required("production", p.production, kProductionIds);
  r.required("status", p.status, kProposalStatusIds);
}

void read(JsonReader& r, Phase& p) {
  r.required("kind", p.kind, kPhaseIds);
  r.required("starts_at", p.starts_at);
  r.required("ends_at", p.ends_at);
}

void read(JsonReader& r, DistrictBudget& b) {
  r.required("district_id", b.district_id);
  r.required("budget", b.budget);
}

void read(JsonReader& r, BallotRules& rules) {
  r.required("format", rules.format, kBallotFormatIds);
  r.optional("max_approvals", rules.max_approvals);
  r.optional("min_spend_percent", rules.min_spend_percent);
}

void read(JsonReader& r, Process& p) {
  r.required("id", p.id);
  r.required("title", p.title);
  r.optional("description", p.description);
  r.optional("translations", p.translations);
  r.required("rung", p.rung, kRungIds);
  r.required("ballot", p.ballot);
  r.optional("counting_rule", p.counting_rule, counting::kRuleIds);
  r.optional("eligibility", p.eligibility);
  r.required("phases", p.phases);
  r.required("budgets", p.budgets);
  r.required("proposals", p.proposals);
  r.optional("voting_closed", p.voting_closed);
  r.optional("result_published", p.result_published);
}

void read(JsonReader& r, ProcessSummary& s) {
  r.required("id", s.id);
  r.required("title", s.title);
  r.required("rung", s.rung, kRungIds);
  r.optional("phase", s.phase, kPhaseIds);
  r.optional("voting_open", s.voting_open);
  r.optional("result_published", s.result_published);
}

void read(JsonReader& r, ProcessList& list) {
  r.version();
  r.optional("municipality", list.municipality);
  r.required("processes", list.processes);
}

void read(JsonReader& r, ProcessDetail& d) {
  r.version();
  r.required("municipality", d.municipality);
  r.required("process", d.process);
  r.required("now", d.now);
  r.optional("phase", d.phase, kPhaseIds);
  r.optional("voting_open", d.voting_open);
}

}  // namespace sammen
