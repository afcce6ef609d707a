#include "pabulib_text.h"

#include <cstring>

namespace sammen::counting::pb {

bool equals_lower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (const char c : s.substr(0, 60)) {
    out.push_back(static_cast<unsigned char>(c) < 0x20 ? '?' : c);
  }
  if (s.size() > 60) out += "...";
  out += "\"";
  return out;
}

std::int32_t column_index(const std::vector<std::string>& header, std::string_view name) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<std::int32_t>(i);
  }
  return -1;
}

std::optional<Fixed> parse_fixed(std::string_view s, bool allow_negative) {
  s = trim(s);
  bool negative = false;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  if (s.empty() || (negative && !allow_negative)) return std::nullopt;
  const std::size_t dot = s.find_first_of(".,");
  const std::string_view whole = s.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
  if (whole.empty() && frac.empty()) return std::nullopt;
  while (!frac.empty() && frac.back() == '0') frac.remove_suffix(1);
  if (frac.size() > static_cast<std::size_t>(kMaxDecimals)) return std::nullopt;
  Fixed out;
  for (const std::string_view part : {whole, frac}) {
    for (const char c : part) {
      if (c < '0' || c > '9') return std::nullopt;
      if (out.mantissa > (kMaxMantissa - 9) / 10) return std::nullopt;
      out.mantissa = out.mantissa * 10 + (c - '0');
    }
  }
  out.decimals = static_cast<std::int32_t>(frac.size());
  if (negative) out.mantissa = -out.mantissa;
  return out;
}

std::optional<std::int64_t> parse_int(std::string_view s) {
  const std::optional<Fixed> f = parse_fixed(s, true);
  if (!f || f->decimals != 0) return std::nullopt;
  return f->mantissa;
}

bool plain_points(std::string_view text, std::int64_t& value) {
  if (text.empty() || text.size() > 15) return false;
  std::int64_t v = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  value = v;
  return true;
}

std::optional<std::int64_t> rescale(const Fixed& f, std::int32_t to) {
  std::int64_t v = f.mantissa;
  for (std::int32_t i = f.decimals; i < to; ++i) {
    if (v > kMaxMantissa / 10 || v < -kMaxMantissa / 10) return std::nullopt;
    v *= 10;
  }
  return v;
}

Scanner::Scanner(std::string_view text) : text_(text) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);
}

bool Scanner::next(std::vector<std::string_view>& fields, std::int64_t& line,
                   std::optional<PabulibError>& error) {
  while (pos_ < text_.size()) {
    fields.clear();
    scratch_used_ = 0;
    line = line_;
    if (!read_plain_line(fields) && !read_record(fields, error)) return false;
    for (const std::string_view f : fields) {
      if (!f.empty()) return true;
    }
  }
  return false;
}

void Scanner::end_of_line() {
  if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
  if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
  ++line_;
}

std::string& Scanner::scratch() {
  if (scratch_used_ == scratch_.size()) scratch_.emplace_back();
  std::string& s = scratch_[scratch_used_++];
  s.clear();
  return s;
}

bool Scanner::read_plain_line(std::vector<std::string_view>& fields) {
  // One pass: split at ';' up to the line end; any quote, or a carriage
  // return that does not end the line, leaves the line to read_record().
  const char* const begin = text_.data() + pos_;
  const char* const stop = text_.data() + text_.size();
  const char* start = begin;
  const char* p = begin;
  for (; p != stop && *p != '\n'; ++p) {
    const char c = *p;
    if (c == ';') {
      fields.push_back(trim(std::string_view(start, static_cast<std::size_t>(p - start))));
      start = p + 1;
    } else if (c == '"' || (c == '\r' && p + 1 != stop && p[1] != '\n')) {
      fields.clear();
      return false;
    }
  }
  fields.push_back(trim(std::string_view(start, static_cast<std::size_t>(p - start))));
  pos_ = static_cast<std::size_t>(p - text_.data()) + (p != stop ? 1 : 0);
  ++line_;
  return true;
}

bool Scanner::peek_fields(std::size_t most, std::vector<std::string_view>& fields) {
  fields.clear();
  if (pos_ >= text_.size()) return false;
  const char* const stop = text_.data() + text_.size();
  const char* start = text_.data() + pos_;
  const char* p = start;
  for (; p != stop && *p != '\n'; ++p) {
    const char c = *p;
    if (c == ';') {
      if (fields.size() + 1 == most) return false;
      fields.push_back(trim(std::string_view(start, static_cast<std::size_t>(p - start))));
      start = p + 1;
    } else if (c == '"' || (c == '\r' && p + 1 != stop && p[1] != '\n')) {
      return false;
    }
  }
  fields.push_back(trim(std::string_view(start, static_cast<std::size_t>(p - start))));
  peeked_end_ = static_cast<std::size_t>(p - text_.data()) + (p != stop ? 1 : 0);
  return true;
}

bool Scanner::read_record(std::vector<std::string_view>& fields,
                          std::optional<PabulibError>& error) {
  for (;;) {
    if (pos_ < text_.size() && text_[pos_] == '"') {
      if (!read_quoted(fields, error)) return false;
    } else {
      const std::size_t start = pos_;
      while (pos_ < text_.size() && text_[pos_] != ';' && text_[pos_] != '\n' &&
             text_[pos_] != '\r') {
        ++pos_;
      }
      fields.push_back(trim(text_.substr(start, pos_ - start)));
    }
    if (pos_ >= text_.size()) return true;
    if (text_[pos_] == ';') {
      ++pos_;
      continue;
    }
    end_of_line();
    return true;
  }
}

bool Scanner::read_quoted(std::vector<std::string_view>& fields,
                          std::optional<PabulibError>& error) {
  const std::int64_t opened = line_;
  ++pos_;  // opening quote
  const std::size_t start = pos_;
  std::string* built = nullptr;
  std::size_t run = start;  // start of the stretch not yet copied into *built
  for (;;) {
    if (pos_ >= text_.size()) {
      error = PabulibError{opened, "a quoted field is never closed"};
      return false;
    }
    const char c = text_[pos_];
    if (c == '"') {
      if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
        if (built == nullptr) built = &scratch();
        built->append(text_.substr(run, pos_ + 1 - run));
        pos_ += 2;
        run = pos_;
        continue;
      }
      break;
    }
    if (c == '\n' || (c == '\r' && !(pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n'))) {
      ++line_;
    }
    ++pos_;
  }
  const std::string_view inside = text_.substr(run, pos_ - run);
  ++pos_;  // closing quote
  // Like Python's csv: text after the closing quote belongs to the field.
  const std::size_t tail = pos_;
  while (pos_ < text_.size() && text_[pos_] != ';' && text_[pos_] != '\n' && text_[pos_] != '\r') {
    ++pos_;
  }
  if (built == nullptr && pos_ == tail) {
    fields.push_back(trim(text_.substr(start, run + inside.size() - start)));
    return true;
  }
  if (built == nullptr) built = &scratch();
  built->append(inside);
  built->append(text_.substr(tail, pos_ - tail));
  fields.push_back(trim(*built));
  return true;
}

}  // namespace sammen::counting::pb

namespace sammen::counting {

std::string describe(const PabulibError& error) {
  if (error.line <= 0) return error.message;
  return "line " + std::to_string(error.line) + ": " + error.message;
}

std::string_view PabulibInstance::meta_value(std::string_view key) const {
  for (const auto& [k, v] : meta) {
    if (k == key) return v;
  }
  return {};
}

}  // namespace sammen::counting
