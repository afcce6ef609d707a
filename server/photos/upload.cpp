#include "photos/upload.h"

#include "core/utf8.h"

namespace sammen::server::photos {

Result<Form> multipart_form(const httplib::Request& request, const FormLimits& limits) {
  std::vector<Form::Field> fields;
  std::size_t bytes = 0;
  for (const auto& [name, part] : request.files) {
    if (!part.filename.empty()) continue;  // a file: multipart_file()
    bytes += name.size() + part.content.size();
    if (bytes > limits.max_bytes) {
      return Problem{ErrorCode::kBodyTooLarge, "form", static_cast<std::int64_t>(bytes),
                     static_cast<std::int64_t>(limits.max_bytes)};
    }
    if (fields.size() == limits.max_fields || name.size() > limits.max_name_bytes ||
        part.content.size() > limits.max_value_bytes || !valid_utf8(name) ||
        !valid_utf8(part.content) || name.find('\0') != std::string::npos ||
        part.content.find('\0') != std::string::npos) {
      return Problem{ErrorCode::kBadRequest, "form"};
    }
    fields.emplace_back(name, part.content);
  }
  return Form(std::move(fields));
}

std::optional<std::string_view> multipart_file(const httplib::Request& request,
                                               std::string_view field) {
  const auto part = request.files.find(std::string(field));
  if (part == request.files.end() || part->second.content.empty()) return std::nullopt;
  return std::string_view(part->second.content);
}

}  // namespace sammen::server::photos
