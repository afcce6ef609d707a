#include "sammen/rolls/wire.h"

namespace sammen {

void to_json(Json& json, const Census& c) {
  Json districts = Json::array();
  for (const DistrictCount& d : c.districts) {
    Json bands = Json::object();
    for (std::size_t i = 0; i < kAgeBands.size(); ++i) bands[std::string(kAgeBands[i].id)] = d.bands[i];
    districts.push_back({{"district_id", d.district_id}, {"bands", bands}, {"total", d.total}});
  }
  json = {{"year", c.year}, {"total", c.total}, {"districts", districts}};
}

void to_json(Json& json, const LeftOut& l) {
  json = {{"too_young", l.too_young},
          {"too_old", l.too_old},
          {"outside_districts", l.outside_districts}};
}

void to_json(Json& json, const RollSummary& s) {
  json = {{"version", kWireVersion},     {"process_id", s.process_id}, {"imported_at", s.imported_at},
          {"lines", s.lines},            {"voters", s.voters},         {"left_out", s.left_out},
          {"used_on_paper", s.used_on_paper}, {"census", s.census}};
}

void to_json(Json& json, const Letter& l) {
  json = {{"name", l.name}, {"address", l.address}, {"district", l.district}, {"code", l.code}};
}

void to_json(Json& json, const RollImported& imported) {
  json = imported.summary;
  json["letters"] = imported.letters;
}

void to_json(Json& json, const PaperMarked& m) {
  json = {{"version", kWireVersion},
          {"status", "used_on_paper"},
          {"process_id", m.process_id},
          {"marked_at", m.marked_at}};
}

namespace {

// A district's counts, keyed by age band id.
struct Bands {
  std::array<std::int64_t, kAgeBands.size()> counts{};
};

void read(JsonReader& r, Bands& b) {
  for (std::size_t i = 0; i < kAgeBands.size(); ++i) r.optional(kAgeBands[i].id.data(), b.counts[i]);
}

}  // namespace

void read(JsonReader& r, DistrictCount& d) {
  r.required("district_id", d.district_id);
  Bands bands;
  r.required("bands", bands);
  d.bands = bands.counts;
  r.optional("total", d.total);
}

void read(JsonReader& r, Census& c) {
  r.required("year", c.year);
  r.optional("total", c.total);
  r.optional("districts", c.districts);
}

void read(JsonReader& r, LeftOut& l) {
  r.optional("too_young", l.too_young);
  r.optional("too_old", l.too_old);
  r.optional("outside_districts", l.outside_districts);
}

void read(JsonReader& r, PaperMark& m) {
  r.version();
  r.required("voter_code", m.voter_code);
}

void read(JsonReader& r, RollSummary& s) {
  r.version();
  r.required("process_id", s.process_id);
  r.optional("imported_at", s.imported_at);
  r.optional("lines", s.lines);
  r.optional("voters", s.voters);
  r.optional("left_out", s.left_out);
  r.optional("used_on_paper", s.used_on_paper);
  r.required("census", s.census);
}

void read(JsonReader& r, Letter& l) {
  r.required("name", l.name);
  r.required("address", l.address);
  r.optional("district", l.district);
  r.required("code", l.code);
}

void read(JsonReader& r, RollImported& imported) {
  read(r, imported.summary);
  r.required("letters", imported.letters);
}

}  // namespace sammen
