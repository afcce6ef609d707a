#include "sammen/core/json.h"

#include <limits>

namespace sammen {

Result<Json> parse_json(std::string_view text) {
  Json json = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return Problem{ErrorCode::kMalformedJson, ""};
  return json;
}

std::string dump_json(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

JsonReader::JsonReader(const Json& json, std::string path, std::vector<Problem>& problems)
    : json_(json), path_(std::move(path)), problems_(problems) {
  if (!json_.is_object()) problem(ErrorCode::kWrongType, path_.empty() ? "body" : path_);
}

std::string JsonReader::name(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

const Json* JsonReader::field(const char* key, bool required) {
  if (!json_.is_object()) return nullptr;
  const auto it = json_.find(key);
  if (it == json_.end() || it->is_null()) {
    if (required) problem(ErrorCode::kMissingField, name(key));
    return nullptr;
  }
  return &*it;
}

void JsonReader::version() {
  const Json* j = field("version", /*required=*/true);
  if (j == nullptr) return;
  const std::size_t before = problems_.size();
  std::int64_t version = kWireVersion;
  read_value(*j, "version", version);
  if (problems_.size() == before && version != kWireVersion) {
    problems_.push_back({ErrorCode::kUnsupportedVersion, "version", version, kWireVersion});
  }
}

void JsonReader::version_if_sent() {
  if (json_.is_object() && json_.contains("version") && !json_["version"].is_null()) version();
}

void JsonReader::read_value(const Json& j, std::string_view key, std::string& out) {
  if (!j.is_string()) return wrong(key);
  out = j.get<std::string>();
}

void JsonReader::read_value(const Json& j, std::string_view key, std::int64_t& out) {
  // Whole numbers only, and none beyond 64 signed bits.
  if (!j.is_number_integer() ||
      (j.is_number_unsigned() &&
       j.get<std::uint64_t>() >
           static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))) {
    return wrong(key);
  }
  out = j.get<std::int64_t>();
}

void JsonReader::read_value(const Json& j, std::string_view key, int& out) {
  // A number an int cannot hold is refused, never wrapped around.
  const std::size_t before = problems_.size();
  std::int64_t wide = out;
  read_value(j, key, wide);
  if (problems_.size() != before) return;
  if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
    return wrong(key);
  out = static_cast<int>(wide);
}

void JsonReader::read_value(const Json& j, std::string_view key, bool& out) {
  if (!j.is_boolean()) return wrong(key);
  out = j.get<bool>();
}

}  // namespace sammen
