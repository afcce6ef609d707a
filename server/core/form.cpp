#include "core/form.h"

#include <cstdint>
#include <optional>

#include "core/utf8.h"

namespace sammen::server {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// One name or value decoded, or nothing when it is malformed or too long.
std::optional<std::string> decode(std::string_view part, std::size_t max_bytes) {
  std::string out;
  for (std::size_t i = 0; i < part.size(); ++i) {
    char c = part[i];
    if (c == '+') {
      c = ' ';
    } else if (c == '%') {
      if (i + 2 >= part.size()) return std::nullopt;
      const int high = hex_digit(part[i + 1]);
      const int low = hex_digit(part[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      c = static_cast<char>(high * 16 + low);
      i += 2;
    }
    if (c == '\0' || out.size() == max_bytes) return std::nullopt;
    out.push_back(c);
  }
  if (!valid_utf8(out)) return std::nullopt;
  return out;
}

}  // namespace

std::string Form::value(std::string_view name) const {
  for (const Field& field : fields_)
    if (field.first == name) return field.second;
  return "";
}

bool Form::has(std::string_view name) const {
  for (const Field& field : fields_)
    if (field.first == name) return true;
  return false;
}

std::vector<std::string> Form::values(std::string_view name) const {
  std::vector<std::string> out;
  for (const Field& field : fields_)
    if (field.first == name) out.push_back(field.second);
  return out;
}

Result<Form> parse_form(std::string_view text, const FormLimits& limits) {
  if (text.size() > limits.max_bytes) {
    return Problem{ErrorCode::kBodyTooLarge, "form", static_cast<std::int64_t>(text.size()),
                   static_cast<std::int64_t>(limits.max_bytes)};
  }
  std::vector<Form::Field> fields;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('&', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view pair = text.substr(start, end - start);
    start = end + 1;
    if (pair.empty()) continue;  // "a=1&&b=2" and a trailing '&'
    if (fields.size() == limits.max_fields) {
      return Problem{ErrorCode::kBadRequest, "form", static_cast<std::int64_t>(fields.size() + 1),
                     static_cast<std::int64_t>(limits.max_fields)};
    }
    const std::size_t eq = pair.find('=');
    const std::optional<std::string> name =
        decode(pair.substr(0, eq), limits.max_name_bytes);
    const std::optional<std::string> value =
        eq == std::string_view::npos ? std::optional<std::string>("")
                                     : decode(pair.substr(eq + 1), limits.max_value_bytes);
    if (!name || name->empty()) return Problem{ErrorCode::kBadRequest, "form"};
    if (!value) return Problem{ErrorCode::kBadRequest, *name};
    fields.emplace_back(std::move(*name), std::move(*value));
  }
  return Form(std::move(fields));
}

std::string encode_form_value(std::string_view value) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : value) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' ||
        u == '_' || u == '.' || u == '~') {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 0x0F]);
    }
  }
  return out;
}

std::string encode_form(const std::vector<Form::Field>& fields) {
  std::string out;
  for (const auto& [name, value] : fields) {
    if (!out.empty()) out.push_back('&');
    out += encode_form_value(name);
    out.push_back('=');
    out += encode_form_value(value);
  }
  return out;
}

}  // namespace sammen::server
