// Form: the fields of an application/x-www-form-urlencoded body or query.
//
// parse_form() reads outside input and never trusts it: it is bounded in
// bytes, fields and field length (FormLimits), decodes %XX and '+', and
// refuses bad escapes, NUL bytes and text that is not UTF-8, all as a value
// (kBadRequest naming what was wrong, or kBodyTooLarge), never a crash. The
// fields keep their order; a name may repeat (one checkbox per proposal).
// encode_form_value() is its inverse for one value.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sammen/core/result.h"

namespace sammen::server {

struct FormLimits {
  std::size_t max_bytes = 16 * 1024;
  std::size_t max_fields = 256;
  std::size_t max_name_bytes = 64;
  std::size_t max_value_bytes = 1024;
};

class Form {
 public:
  using Field = std::pair<std::string, std::string>;

  Form() = default;
  explicit Form(std::vector<Field> fields) : fields_(std::move(fields)) {}

  // The first value of `name`, or "" when absent.
  std::string value(std::string_view name) const;
  bool has(std::string_view name) const;
  // Every value of `name`, in order.
  std::vector<std::string> values(std::string_view name) const;
  const std::vector<Field>& fields() const { return fields_; }

 private:
  std::vector<Field> fields_;
};

Result<Form> parse_form(std::string_view text, const FormLimits& limits = {});

// `value` percent-encoded for a query or form body (space as %20; unreserved
// characters as they are).
std::string encode_form_value(std::string_view value);

// "name=value&name=value" of `fields`, each part encoded.
std::string encode_form(const std::vector<Form::Field>& fields);

}  // namespace sammen::server
