#include "sammen/proposals/wire.h"

namespace sammen {
namespace {

Json idea_fields(const Idea& i) {
  return {{"process_id", i.process_id},
          {"id", i.id},
          {"version_of_text", i.version},
          {"stage", kProposalStatusIds.id(i.stage)},
          {"text", i.text},
          {"authors", i.authors},
          {"council", i.council},
          {"invite_code", i.invite_code},
          {"rejection_reason", i.rejection_reason},
          {"merged_into", i.merged_into},
          {"hidden", i.hidden},
          {"hidden_reason", i.hidden_reason},
          {"cost_changes", i.cost_changes},
          {"questions", i.questions},
          {"updates", i.updates},
          {"history", i.history},
          {"work", kWorkStatusIds.id(work_status(i))},
          {"percent", work_percent(i)},
          {"created_at", i.created_at},
          {"changed_at", i.changed_at}};
}

void read_text_fields(JsonReader& r, IdeaText& t) {
  r.optional("title", t.title);
  r.optional("description", t.description);
  r.optional("district_id", t.district_id);
  r.optional("cost", t.cost);
  r.optional("production", t.production, kProductionIds);
  r.optional("contribution", t.contribution);
  r.optional("photo_id", t.photo_id);
}

}  // namespace

void to_json(Json& json, const IdeaText& t) {
  json = {{"title", t.title},
          {"description", t.description},
          {"district_id", t.district_id},
          {"cost", t.cost},
          {"production", kProductionIds.id(t.production)},
          {"contribution", t.contribution},
          {"photo_id", t.photo_id}};
}

void to_json(Json& json, const Author& a) {
  json = {{"person_id", a.person_id}, {"name", a.name}};
}

void to_json(Json& json, const Event& e) {
  json = {{"kind", kEventKindIds.id(e.kind)}, {"by_id", e.by_id}, {"by_name", e.by_name},
          {"at", e.at},  {"text", e.text},  {"target_id", e.target_id},
          {"amount", e.amount}};
}

void to_json(Json& json, const CostChange& c) {
  json = {{"from", c.from},     {"to", c.to},           {"reason", c.reason},
          {"by_id", c.by_id},   {"by_name", c.by_name}, {"at", c.at}};
}

void to_json(Json& json, const Question& q) {
  json = {{"number", q.number},
          {"text", q.text},
          {"asked_by", q.asked_by},
          {"asked_by_name", q.asked_by_name},
          {"asked_at", q.asked_at},
          {"answer", q.answer},
          {"answered_by", q.answered_by},
          {"answered_by_name", q.answered_by_name},
          {"answered_at", q.answered_at}};
}

void to_json(Json& json, const WorkUpdate& u) {
  json = {{"status", kWorkStatusIds.id(u.status)},
          {"percent", u.percent},
          {"text", u.text},
          {"photo_id", u.photo_id},
          {"by_id", u.by_id},
          {"by_name", u.by_name},
          {"at", u.at}};
}

void to_json(Json& json, const Idea& idea) {
  json = idea_fields(idea);
  json["version"] = kWireVersion;
  json["supporters"] = idea.supporters;
}

void to_json(Json& json, const PhaseNow& p) {
  json = {{"until_local", p.until_local},
          {"zone", kTimeZoneIds.id(p.zone)},
          {"can_do", p.can_do}};
  if (p.phase) json["phase"] = kPhaseIds.id(*p.phase);
  if (p.until) json["until"] = *p.until;
}

void to_json(Json& json, const IdeaSummary& s) {
  json = {{"process_id", s.process_id},
          {"id", s.id},
          {"title", s.title},
          {"district_id", s.district_id},
          {"cost", s.cost},
          {"production", kProductionIds.id(s.production)},
          {"stage", kProposalStatusIds.id(s.stage)},
          {"authors_label", s.authors_label},
          {"council", s.council},
          {"hidden", s.hidden},
          {"merged_into", s.merged_into},
          {"supporters", s.supporters},
          {"work", kWorkStatusIds.id(s.work)},
          {"percent", s.percent},
          {"changed_at", s.changed_at}};
}

void to_json(Json& json, const Abilities& c) {
  json = {{"edit", c.edit},         {"submit", c.submit},     {"invite", c.invite},
          {"answer", c.answer},     {"support", c.support},   {"review", c.review},
          {"moderate", c.moderate}, {"progress", c.progress}};
}

void to_json(Json& json, const IdeaDetail& d) {
  json = idea_fields(d.idea);
  json["version"] = kWireVersion;
  json["stage"] = kProposalStatusIds.id(d.stage);
  json["authors_label"] = d.authors_label;
  json["supporters"] = d.supporters;
  json["supported_by_you"] = d.supported_by_you;
  json["can"] = d.can;
  json["phase"] = d.phase;
}

void to_json(Json& json, const IdeaList& l) {
  json = {{"version", kWireVersion},
          {"process_id", l.process_id},
          {"phase", l.phase},
          {"proposals", l.ideas}};
}

void to_json(Json& json, const Notice& n) {
  json = {{"id", n.id},
          {"process_id", n.process_id},
          {"proposal_id", n.proposal_id},
          {"proposal_title", n.proposal_title},
          {"kind", kEventKindIds.id(n.kind)},
          {"at", n.at},
          {"read", n.read},
          {"text", n.text}};
}

void to_json(Json& json, const MyIdeas& m) {
  json = {{"version", kWireVersion},
          {"proposals", m.ideas},
          {"notices", m.notices},
          {"unread", m.unread}};
}

void to_json(Json& json, const FundedItem& item) {
  json = {{"proposal", item.idea}, {"latest", nullptr}};
  if (item.latest) json["latest"] = *item.latest;
}

void to_json(Json& json, const FundedWork& w) {
  json = {{"version", kWireVersion}, {"items", w.items}};
}

void to_json(Json& json, const EditConflict& c) {
  json = {{"current_version", c.current_version},
          {"changed_fields", c.changed_fields},
          {"current", c.current},
          {"changed_by", c.changed_by}};
}

void to_json(Json& json, const Joined& j) {
  json = {{"version", kWireVersion}, {"process_id", j.process_id}, {"proposal_id", j.proposal_id}};
}

void read(JsonReader& r, IdeaText& t) {
  read_text_fields(r, t);
}

void read(JsonReader& r, Author& a) {
  r.required("person_id", a.person_id);
  r.required("name", a.name);
}

void read(JsonReader& r, Event& e) {
  r.required("kind", e.kind, kEventKindIds);
  r.optional("by_id", e.by_id);
  r.optional("by_name", e.by_name);
  r.required("at", e.at);
  r.optional("text", e.text);
  r.optional("target_id", e.target_id);
  r.optional("amount", e.amount);
}

void read(JsonReader& r, CostChange& c) {
  r.required("from", c.from);
  r.required("to", c.to);
  r.optional("reason", c.reason);
  r.optional("by_id", c.by_id);
  r.optional("by_name", c.by_name);
  r.required("at", c.at);
}

void read(JsonReader& r, Question& q) {
  r.required("number", q.number);
  r.required("text", q.text);
  r.optional("asked_by", q.asked_by);
  r.optional("asked_by_name", q.asked_by_name);
  r.optional("asked_at", q.asked_at);
  r.optional("answer", q.answer);
  r.optional("answered_by", q.answered_by);
  r.optional("answered_by_name", q.answered_by_name);
  r.optional("answered_at", q.answered_at);
}

void read(JsonReader& r, WorkUpdate& u) {
  r.required("status", u.status, kWorkStatusIds);
  r.required("percent", u.percent);
  r.optional("text", u.text);
  r.optional("photo_id", u.photo_id);
  r.optional("by_id", u.by_id);
  r.optional("by_name", u.by_name);
  r.required("at", u.at);
}

void read(JsonReader& r, Idea& i) {
  r.version();
  r.required("process_id", i.process_id);
  r.required("id", i.id);
  r.required("version_of_text", i.version);
  r.required("stage", i.stage, kProposalStatusIds);
  r.required("text", i.text);
  r.optional("authors", i.authors);
  r.optional("council", i.council);
  r.optional("supporters", i.supporters);
  r.optional("invite_code", i.invite_code);
  r.optional("rejection_reason", i.rejection_reason);
  r.optional("merged_into", i.merged_into);
  r.optional("hidden", i.hidden);
  r.optional("hidden_reason", i.hidden_reason);
  r.optional("cost_changes", i.cost_changes);
  r.optional("questions", i.questions);
  r.optional("updates", i.updates);
  r.optional("history", i.history);
  r.optional("created_at", i.created_at);
  r.optional("changed_at", i.changed_at);
}

void read(JsonReader& r, DraftRequest& d) {
  r.version();
  read_text_fields(r, d.text);
  r.optional("council", d.council);
}

void read(JsonReader& r, SaveRequest& s) {
  r.version();
  r.required("based_on", s.based_on);
  read_text_fields(r, s.text);
}

void read(JsonReader& r, ReasonRequest& q) {
  r.version();
  r.required("reason", q.reason);
}

void read(JsonReader& r, CostRequest& q) {
  r.version();
  r.required("cost", q.cost);
  r.required("reason", q.reason);
}

void read(JsonReader& r, MergeRequest& q) {
  r.version();
  r.required("into", q.into);
}

void read(JsonReader& r, QuestionRequest& q) {
  r.version();
  r.required("question", q.question);
}

void read(JsonReader& r, AnswerRequest& q) {
  r.version();
  r.required("answer", q.answer);
}

void read(JsonReader& r, RedeemRequest& q) {
  r.version();
  r.required("code", q.code);
}

void read(JsonReader& r, NoticesRead& q) {
  r.version();
  r.optional("ids", q.ids);
}

void read(JsonReader& r, SupportRequest& q) {
  r.version();
  r.required("supports", q.supports);
}

void read(JsonReader& r, ProgressReport& q) {
  r.version();
  r.required("status", q.status, kWorkStatusIds);
  r.required("percent", q.percent);
  r.required("text", q.text);
  r.optional("photo_id", q.photo_id);
}

}  // namespace sammen
