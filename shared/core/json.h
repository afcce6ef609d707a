// JSON at the edge: the reader every feature's wire mapping is written with.
//
// Each wire type has two free functions beside it, in its feature's wire.h:
// to_json(Json&, const T&) (nlohmann's encoder hook) and read(JsonReader&, T&).
// decode<T>() parses and reads any of them without throwing: malformed JSON,
// a wrong type, a missing field or an unknown enum id comes back as a
// Problem naming the field ("proposals[2].cost"), every one of them, in the
// order the fields are read. Every top-level object carries "version", and
// one without it is refused. A number too large for its field (beyond 64
// signed bits, or an int's range) is a wrong type, never wrapped.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sammen/core/enum_table.h"
#include "sammen/core/language.h"
#include "sammen/core/problem.h"
#include "sammen/core/result.h"

namespace sammen {

using Json = nlohmann::json;

// The version of the /api/v1 format; both sides check it.
inline constexpr int kWireVersion = 1;

// Parses text into JSON; kMalformedJson when it is not.
Result<Json> parse_json(std::string_view text);

// Text of `json` for a body or a column: invalid UTF-8 is replaced, never thrown on.
std::string dump_json(const Json& json);

// Enum values as a JSON array of their ids.
template <typename E, typename Table>
Json ids_json(const std::vector<E>& values, const Table& table) {
  Json out = Json::array();
  for (const E& value : values) out.push_back(table.id(value));
  return out;
}

// Reads a language tag as language_from_tag() does ("nb", "nb-NO", "en-GB"):
// pass it where an EnumTable goes, r.optional("language", out, kAnyLanguageTag).
struct AnyLanguageTag {
  std::optional<Language> parse(std::string_view tag) const { return language_from_tag(tag); }
};
inline constexpr AnyLanguageTag kAnyLanguageTag{};

// Reads the fields of one JSON object into a value, collecting a Problem for
// every field that is missing or of the wrong type. `path` names the object
// in those problems; an object that is not one is a single kWrongType.
class JsonReader {
 public:
  JsonReader(const Json& json, std::string path, std::vector<Problem>& problems);

  // Absent or null: kMissingField; `out` keeps its value.
  template <typename T, typename... Table>
  void required(const char* key, T& out, const Table&... table) {
    if (const Json* j = field(key, true)) read_value(*j, key, out, table...);
  }
  // Absent or null: nothing happens; present, it must have the right type.
  template <typename T, typename... Table>
  void optional(const char* key, T& out, const Table&... table) {
    if (const Json* j = field(key, false)) read_value(*j, key, out, table...);
  }
  template <typename T, typename... Table>
  void optional(const char* key, std::optional<T>& out, const Table&... table) {
    if (const Json* j = field(key, false)) read_value(*j, key, out.emplace(), table...);
  }
  // "version" must be there: absent or null is kMissingField, not a whole
  // number kWrongType, another number kUnsupportedVersion.
  void version();
  // The same, but absent or null means the current version: for what a
  // client reads from servers that did not always send one (errors).
  void version_if_sent();

  // `key` inside this object, for problems: "process.ballot".
  std::string name(std::string_view key) const;
  void problem(ErrorCode code, std::string subject) {
    problems_.push_back({code, std::move(subject)});
  }

 private:
  const Json* field(const char* key, bool required);
  void wrong(std::string_view key) { problem(ErrorCode::kWrongType, name(key)); }

  void read_value(const Json& j, std::string_view key, std::string& out);
  void read_value(const Json& j, std::string_view key, std::int64_t& out);
  void read_value(const Json& j, std::string_view key, int& out);
  void read_value(const Json& j, std::string_view key, bool& out);

  // An enum sent as its id; `table` is an EnumTable or anything with the same parse().
  template <typename E, typename Table>
  void read_value(const Json& j, std::string_view key, E& out, const Table& table) {
    const std::optional<E> value =
        j.is_string() ? table.parse(j.get_ref<const std::string&>()) : std::nullopt;
    if (value)
      out = *value;
    else
      wrong(key);
  }

  // A list of enums, each sent as its id.
  template <typename E, typename Table>
  void read_value(const Json& j, std::string_view key, std::vector<E>& out, const Table& table) {
    if (!j.is_array()) return wrong(key);
    out.clear();
    for (std::size_t i = 0; i < j.size(); ++i) {
      read_value(j[i], std::string(key) + "[" + std::to_string(i) + "]", out.emplace_back(), table);
    }
  }

  template <typename T>
  void read_value(const Json& j, std::string_view key, std::vector<T>& out) {
    if (!j.is_array()) return wrong(key);
    out.clear();
    for (std::size_t i = 0; i < j.size(); ++i) {
      const std::string item = std::string(key) + "[" + std::to_string(i) + "]";
      if constexpr (std::is_same_v<T, std::string>) {
        if (j[i].is_string())
          out.push_back(j[i].template get<std::string>());
        else
          wrong(item);
      } else if constexpr (std::is_same_v<T, std::int64_t>) {
        read_value(j[i], item, out.emplace_back());
      } else {
        JsonReader reader(j[i], name(item), problems_);
        read(reader, out.emplace_back());
      }
    }
  }

  // A nested object, read by its own read(JsonReader&, T&).
  template <typename T>
  void read_value(const Json& j, std::string_view key, T& out) {
    if (!j.is_object()) return wrong(key);
    JsonReader reader(j, name(key), problems_);
    read(reader, out);
  }

  const Json& json_;
  std::string path_;
  std::vector<Problem>& problems_;
};

// Reads a whole value; `path` names it in problems ("process" gives "process.rung").
template <typename T>
Result<T> decode(const Json& json, std::string path = "") {
  std::vector<Problem> problems;
  T value{};
  JsonReader reader(json, std::move(path), problems);
  read(reader, value);
  if (!problems.empty()) return problems;
  return value;
}

// Parses `body` and reads it.
template <typename T>
Result<T> decode_body(std::string_view body) {
  Result<Json> json = parse_json(body);
  if (!json.ok()) return json.problems();
  return decode<T>(json.value());
}

}  // namespace sammen
