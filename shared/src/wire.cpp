#include "sammen/wire.h"

namespace sammen::wire {
namespace {

// Reads fields of one JSON object, collecting a Problem for every field that is
// missing or of the wrong type; `path` names the object in those problems
// ("proposals[2]"). Never throws.
class Reader {
 public:
  Reader(const Json& json, std::string path, std::vector<Problem>& problems)
      : json_(json), path_(std::move(path)), problems_(problems) {
    if (!json_.is_object()) problems_.push_back({ErrorCode::kWrongType, path_.empty() ? "body" : path_});
  }

  bool ok() const { return json_.is_object(); }

  const Json* field(const char* key, bool required) {
    if (!ok()) return nullptr;
    auto it = json_.find(key);
    if (it == json_.end() || it->is_null()) {
      if (required) problems_.push_back({ErrorCode::kMissingField, name(key)});
      return nullptr;
    }
    return &*it;
  }

  std::string string(const char* key, bool required = true) {
    const Json* j = field(key, required);
    if (j == nullptr) return {};
    if (!j->is_string()) return wrong(key), std::string{};
    return j->get<std::string>();
  }

  std::int64_t integer(const char* key, bool required = true, std::int64_t fallback = 0) {
    const Json* j = field(key, required);
    if (j == nullptr) return fallback;
    if (!j->is_number_integer()) return wrong(key), fallback;
    if (j->is_number_unsigned() && j->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
      return wrong(key), fallback;
    }
    return j->get<std::int64_t>();
  }

  bool boolean(const char* key, bool fallback = false) {
    const Json* j = field(key, false);
    if (j == nullptr) return fallback;
    if (!j->is_boolean()) return wrong(key), fallback;
    return j->get<bool>();
  }

  const Json* array(const char* key, bool required = true) {
    const Json* j = field(key, required);
    if (j == nullptr) return nullptr;
    if (!j->is_array()) return wrong(key), nullptr;
    return j;
  }

  const Json* object(const char* key, bool required = true) {
    const Json* j = field(key, required);
    if (j == nullptr) return nullptr;
    if (!j->is_object()) return wrong(key), nullptr;
    return j;
  }

  // An enum sent as its wire id; unknown ids are a wrong type.
  template <typename E, typename FromId>
  E enumeration(const char* key, FromId from_id, E fallback, bool required = true) {
    const Json* j = field(key, required);
    if (j == nullptr) return fallback;
    if (!j->is_string()) return wrong(key), fallback;
    std::optional<E> value = from_id(j->get_ref<const std::string&>());
    if (!value) return wrong(key), fallback;
    return *value;
  }

  std::string name(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

 private:
  void wrong(const char* key) { problems_.push_back({ErrorCode::kWrongType, name(key)}); }

  const Json& json_;
  std::string path_;
  std::vector<Problem>& problems_;
};

std::string item(const std::string& list, std::size_t i) {
  return list + "[" + std::to_string(i) + "]";
}

// Reads every string of an array field.
std::vector<std::string> strings(Reader& r, const char* key, std::vector<Problem>& problems) {
  std::vector<std::string> out;
  const Json* list = r.array(key);
  if (list == nullptr) return out;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& j = (*list)[i];
    if (!j.is_string()) {
      problems.push_back({ErrorCode::kWrongType, item(r.name(key), i)});
      continue;
    }
    out.push_back(j.get<std::string>());
  }
  return out;
}

template <typename T>
Result<T> done(T value, std::vector<Problem>& problems) {
  if (!problems.empty()) return Result<T>(std::move(problems));
  return Result<T>(std::move(value));
}

void check_version(Reader& r, std::vector<Problem>& problems) {
  const std::int64_t version = r.integer("version", false, kVersion);
  if (version != kVersion) problems.push_back({ErrorCode::kUnsupportedVersion, "version", version, kVersion});
}

Proposal read_proposal(Reader& r) {
  Proposal p;
  p.id = r.string("id");
  p.district_id = r.string("district_id");
  p.title = r.string("title");
  p.summary = r.string("summary", false);
  p.cost = r.integer("cost");
  p.production = r.enumeration("production", production_from_wire_id, ProductionForm::kMunicipal);
  p.status = r.enumeration("status", status_from_wire_id, ProposalStatus::kAccepted);
  return p;
}

Process read_process(Reader& r, std::vector<Problem>& problems) {
  Process p;
  p.id = r.string("id");
  p.title = r.string("title");
  p.description = r.string("description", false);
  p.rung = r.enumeration("rung", rung_from_wire_id, Rung::kInform);
  if (const Json* ballot = r.object("ballot")) {
    Reader b(*ballot, r.name("ballot"), problems);
    p.ballot.format = b.enumeration("format", ballot_format_from_wire_id, BallotFormat::kApproval);
    p.ballot.max_approvals = static_cast<int>(b.integer("max_approvals", false, 0));
    p.ballot.min_spend_percent = static_cast<int>(b.integer("min_spend_percent", false, 0));
  }
  if (const Json* phases = r.array("phases")) {
    for (std::size_t i = 0; i < phases->size(); ++i) {
      Reader ph((*phases)[i], item(r.name("phases"), i), problems);
      p.phases.push_back({ph.enumeration("kind", phase_from_wire_id, PhaseKind::kIdeas),
                          ph.integer("starts_at"), ph.integer("ends_at")});
    }
  }
  if (const Json* budgets = r.array("budgets")) {
    for (std::size_t i = 0; i < budgets->size(); ++i) {
      Reader b((*budgets)[i], item(r.name("budgets"), i), problems);
      p.budgets.push_back({b.string("district_id"), b.integer("budget")});
    }
  }
  if (const Json* proposals = r.array("proposals")) {
    for (std::size_t i = 0; i < proposals->size(); ++i) {
      Reader pr((*proposals)[i], item(r.name("proposals"), i), problems);
      p.proposals.push_back(read_proposal(pr));
    }
  }
  p.voting_closed = r.boolean("voting_closed");
  p.result_published = r.boolean("result_published");
  return p;
}

Municipality read_municipality(Reader& r, std::vector<Problem>& problems) {
  Municipality m;
  m.id = r.string("id");
  m.name = r.string("name");
  m.currency = r.string("currency");
  if (const Json* districts = r.array("districts")) {
    for (std::size_t i = 0; i < districts->size(); ++i) {
      Reader d((*districts)[i], item(r.name("districts"), i), problems);
      m.districts.push_back({d.string("id"), d.string("name")});
    }
  }
  return m;
}

Ballot read_ballot(Reader& r, std::vector<Problem>& problems) {
  Ballot b;
  b.process_id = r.string("process_id");
  b.district_id = r.string("district_id");
  b.proposal_ids = strings(r, "proposal_ids", problems);
  return b;
}

// An optional phase: null or absent between phases.
std::optional<PhaseKind> read_phase(Reader& r, std::vector<Problem>& problems) {
  std::optional<PhaseKind> phase;
  if (const Json* j = r.field("phase", false)) {
    if (j->is_string()) phase = phase_from_wire_id(j->get_ref<const std::string&>());
    if (!phase) problems.push_back({ErrorCode::kWrongType, r.name("phase")});
  }
  return phase;
}

Json encode_phase(const std::optional<PhaseKind>& phase) {
  return phase ? Json(phase_wire_id(*phase)) : Json();
}

ProcessSummary read_summary(Reader& r, std::vector<Problem>& problems) {
  ProcessSummary s;
  s.id = r.string("id");
  s.title = r.string("title");
  s.rung = r.enumeration("rung", rung_from_wire_id, Rung::kInform);
  s.phase = read_phase(r, problems);
  s.voting_open = r.boolean("voting_open");
  s.result_published = r.boolean("result_published");
  return s;
}

std::optional<counting::Verdict> verdict_from_wire_id(std::string_view id) {
  using counting::Verdict;
  for (Verdict v : {Verdict::kFunded, Verdict::kDidNotFit, Verdict::kNoSupport,
                    Verdict::kUnaffordable, Verdict::kStopped, Verdict::kNotInOptimum}) {
    if (counting::verdict_wire_id(v) == id) return v;
  }
  return std::nullopt;
}

std::optional<counting::TieBreak> tie_break_from_wire_id(std::string_view id) {
  using counting::TieBreak;
  for (TieBreak t : {TieBreak::kLexicographic, TieBreak::kCostThenVotes}) {
    if (counting::tie_break_wire_id(t) == id) return t;
  }
  return std::nullopt;
}

std::optional<counting::Rule> rule_from_wire_id(std::string_view id) {
  using counting::Rule;
  for (Rule r : {Rule::kGreedy, Rule::kEqualShares, Rule::kPhragmen, Rule::kOptimal}) {
    if (counting::rule_wire_id(r) == id) return r;
  }
  return std::nullopt;
}

}  // namespace

ProcessSummary summarize(const Process& p, UnixSeconds now) {
  return {p.id, p.title, p.rung, current_phase(p, now), voting_open(p, now), p.result_published};
}

Result<Json> parse(std::string_view text) {
  Json json = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return Problem{ErrorCode::kMalformedJson, ""};
  return json;
}

Json encode(const Municipality& m) {
  Json districts = Json::array();
  for (const District& d : m.districts) districts.push_back({{"id", d.id}, {"name", d.name}});
  return {{"id", m.id}, {"name", m.name}, {"currency", m.currency}, {"districts", districts}};
}

Json encode(const Proposal& p) {
  return {{"id", p.id},
          {"district_id", p.district_id},
          {"title", p.title},
          {"summary", p.summary},
          {"cost", p.cost},
          {"production", production_wire_id(p.production)},
          {"status", status_wire_id(p.status)}};
}

Json encode(const Process& p) {
  Json phases = Json::array();
  for (const Phase& ph : p.phases) {
    phases.push_back({{"kind", phase_wire_id(ph.kind)}, {"starts_at", ph.starts_at}, {"ends_at", ph.ends_at}});
  }
  Json budgets = Json::array();
  for (const DistrictBudget& b : p.budgets) {
    budgets.push_back({{"district_id", b.district_id}, {"budget", b.budget}});
  }
  Json proposals = Json::array();
  for (const Proposal& pr : p.proposals) proposals.push_back(encode(pr));
  return {{"id", p.id},
          {"title", p.title},
          {"description", p.description},
          {"rung", rung_wire_id(p.rung)},
          {"ballot",
           {{"format", ballot_format_wire_id(p.ballot.format)},
            {"max_approvals", p.ballot.max_approvals},
            {"min_spend_percent", p.ballot.min_spend_percent}}},
          {"phases", phases},
          {"budgets", budgets},
          {"proposals", proposals},
          {"voting_closed", p.voting_closed},
          {"result_published", p.result_published}};
}

Json encode(const ProcessSummary& s) {
  return {{"id", s.id},
          {"title", s.title},
          {"rung", rung_wire_id(s.rung)},
          {"phase", encode_phase(s.phase)},
          {"voting_open", s.voting_open},
          {"result_published", s.result_published}};
}

Json encode(const ProcessList& list) {
  Json processes = Json::array();
  for (const ProcessSummary& s : list.processes) processes.push_back(encode(s));
  return {{"version", kVersion},
          {"municipality", list.municipality ? encode(*list.municipality) : Json()},
          {"processes", processes}};
}

Json encode(const DemoCodes& demo) {
  return {
      {"version", kVersion}, {"process_id", demo.process_id}, {"voter_codes", demo.voter_codes}};
}

Json encode(const ProcessDetail& d) {
  return {{"version", kVersion},
          {"municipality", encode(d.municipality)},
          {"process", encode(d.process)},
          {"now", d.now},
          {"phase", encode_phase(d.phase)},
          {"voting_open", d.voting_open}};
}

Json encode(const Ballot& b) {
  return {{"process_id", b.process_id}, {"district_id", b.district_id}, {"proposal_ids", b.proposal_ids}};
}

Json encode(const BallotReceipt& r) {
  return {{"version", kVersion},
          {"status", "stored"},
          {"replaced", r.replaced},
          {"ballot", encode(r.ballot)},
          {"stored_at", r.stored_at}};
}

Json encode(const BallotSubmission& s) {
  Json j = {{"version", kVersion},
            {"voter_code", s.voter_code},
            {"district_id", s.ballot.district_id},
            {"proposal_ids", s.ballot.proposal_ids}};
  if (s.language) j["language"] = language_tag(*s.language);
  return j;
}

Json encode(const ProcessResult& r, const Process& process, Language language,
            std::string_view currency) {
  Json districts = Json::array();
  for (const DistrictOutcome& d : r.districts) {
    Json proposals = Json::array();
    for (const ProposalOutcome& o : d.proposals) {
      proposals.push_back({{"proposal_id", o.proposal_id},
                           {"verdict", counting::verdict_wire_id(o.verdict)},
                           {"votes", o.votes},
                           {"round", o.round},
                           {"money_left", o.money_left},
                           {"exhausted_by", o.exhausted_by},
                           {"explanation", explain(o, process, language, currency)}});
    }
    districts.push_back({{"district_id", d.district_id},
                         {"budget", d.budget},
                         {"spent", d.spent},
                         {"ballots", d.ballots},
                         {"proposals", proposals}});
  }
  return {{"version", kVersion},
          {"process_id", r.process_id},
          {"rule", counting::rule_wire_id(r.rule)},
          {"rule_name", rule_name(r.rule, language)},
          {"tie_break", counting::tie_break_wire_id(r.tie_break)},
          {"tie_break_name", tie_break_name(r.tie_break, language)},
          {"binding", r.binding},
          {"ballots", r.ballots},
          {"ballots_fingerprint", r.ballots_fingerprint},
          {"language", language_tag(language)},
          {"districts", districts}};
}

Json encode_error(const std::vector<Problem>& problems, Language language, std::string_view currency) {
  Json list = Json::array();
  for (const Problem& p : problems) {
    list.push_back({{"code", wire_id(p.code)},
                    {"message", sentence(p, language, currency)},
                    {"subject", p.subject},
                    {"amount", p.amount},
                    {"limit", p.limit}});
  }
  const Problem& first = problems.front();
  return {{"version", kVersion},
          {"error",
           {{"code", wire_id(first.code)},
            {"message", sentence(first, language, currency)},
            {"problems", list}}}};
}

Result<Municipality> decode_municipality(const Json& json) {
  std::vector<Problem> problems;
  Reader r(json, "municipality", problems);
  Municipality m = read_municipality(r, problems);
  return done(std::move(m), problems);
}

Result<Proposal> decode_proposal(const Json& json) {
  std::vector<Problem> problems;
  Reader r(json, "proposal", problems);
  Proposal p = read_proposal(r);
  return done(std::move(p), problems);
}

Result<Process> decode_process(const Json& json) {
  std::vector<Problem> problems;
  Reader r(json, "process", problems);
  Process p = read_process(r, problems);
  return done(std::move(p), problems);
}

Result<ProcessSummary> decode_process_summary(const Json& json) {
  std::vector<Problem> problems;
  Reader r(json, "process", problems);
  ProcessSummary s = read_summary(r, problems);
  return done(std::move(s), problems);
}

Result<ProcessList> decode_process_list(const Json& json) {
  std::vector<Problem> problems;
  Reader r(json, "", problems);
  check_version(r, problems);
  ProcessList list;
  if (const Json* m = r.object("municipality", false)) {
    Reader mr(*m, "municipality", problems);
    list.municipality = read_municipality(mr, problems);
  }
  if (const Json* processes = r.array("processes")) {
    for (std::size_t i = 0; i < processes->size(); ++i) {
      Reader pr((*processes)[i], item("processes", i), problems);
      list.processes.push_back(read_summary(pr, problems));
    }
  }
  return done(std::move(list), problems);
}

Result<DemoCodes> decode_demo_codes(const Json& json) {
  std::vector<Problem> problems;
  Reader r(json, "", problems);
  check_version(r, problems);
  DemoCodes demo;
  demo.process_id = r.string("process_id");
  demo.voter_codes = strings(r, "voter_codes", problems);
  return done(std::move(demo), problems);
}

Result<BallotReceipt> decode_ballot_receipt(const Json& json) {
  std::vector<Problem> problems;
  Reader r(json, "", problems);
  check_version(r, problems);
  BallotReceipt receipt;
  receipt.replaced = r.boolean("replaced");
  if (const Json* ballot = r.object("ballot")) {
    Reader br(*ballot, "ballot", problems);
    receipt.ballot = read_ballot(br, problems);
  }
  receipt.stored_at = r.integer("stored_at");
  return done(std::move(receipt), problems);
}

Result<ProcessDetail> decode_process_detail(const Json& json) {
  std::vector<Problem> problems;
  Reader r(json, "", problems);
  ProcessDetail d;
  check_version(r, problems);
  if (const Json* m = r.object("municipality")) {
    Reader mr(*m, "municipality", problems);
    d.municipality = read_municipality(mr, problems);
  }
  if (const Json* p = r.object("process")) {
    Reader pr(*p, "process", problems);
    d.process = read_process(pr, problems);
  }
  d.now = r.integer("now");
  d.phase = read_phase(r, problems);
  d.voting_open = r.boolean("voting_open");
  return done(std::move(d), problems);
}

Result<ProcessResult> decode_result(const Json& json) {
  std::vector<Problem> problems;
  Reader r(json, "", problems);
  check_version(r, problems);
  ProcessResult result;
  result.process_id = r.string("process_id");
  result.rule = r.enumeration("rule", rule_from_wire_id, counting::Rule::kGreedy);
  result.tie_break = r.enumeration("tie_break", tie_break_from_wire_id, counting::TieBreak::kCostThenVotes);
  result.binding = r.boolean("binding", true);
  result.ballots = r.integer("ballots");
  result.ballots_fingerprint = r.string("ballots_fingerprint");
  if (const Json* districts = r.array("districts")) {
    for (std::size_t i = 0; i < districts->size(); ++i) {
      Reader dr((*districts)[i], item("districts", i), problems);
      DistrictOutcome d;
      d.district_id = dr.string("district_id");
      d.budget = dr.integer("budget");
      d.spent = dr.integer("spent");
      d.ballots = dr.integer("ballots");
      if (const Json* proposals = dr.array("proposals")) {
        for (std::size_t k = 0; k < proposals->size(); ++k) {
          Reader pr((*proposals)[k], item(dr.name("proposals"), k), problems);
          ProposalOutcome o;
          o.proposal_id = pr.string("proposal_id");
          o.verdict = pr.enumeration("verdict", verdict_from_wire_id, counting::Verdict::kNoSupport);
          o.votes = pr.integer("votes");
          o.round = static_cast<std::int32_t>(pr.integer("round"));
          o.money_left = pr.integer("money_left");
          o.exhausted_by = strings(pr, "exhausted_by", problems);
          d.proposals.push_back(std::move(o));
        }
      }
      result.districts.push_back(std::move(d));
    }
  }
  return done(std::move(result), problems);
}

Result<BallotSubmission> decode_ballot_submission(const Json& json, std::string_view process_id) {
  std::vector<Problem> problems;
  Reader r(json, "", problems);
  check_version(r, problems);
  BallotSubmission s;
  s.voter_code = r.string("voter_code", false);
  s.ballot.process_id = std::string(process_id);
  s.ballot.district_id = r.string("district_id");
  s.ballot.proposal_ids = strings(r, "proposal_ids", problems);
  const std::string language = r.string("language", false);
  if (!language.empty()) {
    s.language = language_from_tag(language);
    if (!s.language) problems.push_back({ErrorCode::kWrongType, "language"});
  }
  return done(std::move(s), problems);
}

Result<ErrorReport> decode_error(const Json& json) {
  std::vector<Problem> problems;
  Reader r(json, "", problems);
  check_version(r, problems);
  ErrorReport report;
  if (const Json* error = r.object("error")) {
    Reader er(*error, "error", problems);
    if (const Json* list = er.array("problems")) {
      for (std::size_t i = 0; i < list->size(); ++i) {
        Reader pr((*list)[i], item(er.name("problems"), i), problems);
        // A lambda, not the bare function: Clang would otherwise take its address
        // while std::optional<ErrorCode> is still incomplete and declare it with
        // the wrong signature, which wasm-ld then links as a trap.
        const auto code_of = [](std::string_view id) { return error_code_from_wire_id(id); };
        Problem p{pr.enumeration("code", code_of, ErrorCode::kInternal), {}};
        p.subject = pr.string("subject");
        p.amount = pr.integer("amount", false);
        p.limit = pr.integer("limit", false);
        report.problems.push_back(std::move(p));
      }
      if (list->empty()) problems.push_back({ErrorCode::kMissingField, "error.problems"});
    }
  }
  return done(std::move(report), problems);
}

ErrorWords error_words(const Json& json) {
  std::vector<Problem> ignored;  // what is missing simply stays empty
  Reader r(json, "", ignored);
  ErrorWords words;
  if (const Json* error = r.object("error")) {
    Reader er(*error, "error", ignored);
    words.code = er.string("code", false);
    words.message = er.string("message", false);
  }
  return words;
}

}  // namespace sammen::wire
