#include "sammen/rolls/csv.h"

namespace sammen {
namespace {

// Windows-1252's 0x80..0x9F as Unicode code points; 0 where it has none.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The length of the valid UTF-8 sequence at `i`, or 0 when there is none.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = byte(i);
  std::size_t n = 0;
  char32_t cp = 0;
  if (b >= 0xC2 && b <= 0xDF) n = 2, cp = b & 0x1F;
  else if (b >= 0xE0 && b <= 0xEF) n = 3, cp = b & 0x0F;
  else if (b >= 0xF0 && b <= 0xF4) n = 4, cp = b & 0x07;
  else return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  const bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  const bool invalid = cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF);
  return overlong || invalid ? 0 : n;
}

// Counts a line end at `i` ("\r\n" once); true when there is one.
bool line_end_at(std::string_view s, std::size_t i) {
  return s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'));
}

}  // namespace

DecodedText decode_spreadsheet_text(std::string_view bytes) {
  DecodedText out;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::int64_t line = 1, multibyte = 0;
  std::vector<std::int64_t> invalid_lines;
  for (std::size_t i = 0; i < bytes.size();) {
    const unsigned char b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) {
      if (line_end_at(bytes, i)) ++line;
      ++i;
    } else if (const std::size_t n = utf8_sequence(bytes, i); n > 0) {
      ++multibyte;
      i += n;
    } else {
      if (invalid_lines.empty() || invalid_lines.back() != line) invalid_lines.push_back(line);
      ++i;
    }
  }
  out.text = bytes;
  if (invalid_lines.empty()) return out;
  if (multibyte > 0) {  // UTF-8 with broken bytes: not guessed at
    out.bad_lines = std::move(invalid_lines);
    return out;
  }
  out.encoding = TextEncoding::kWindows1252;
  out.converted.reserve(bytes.size() + bytes.size() / 8);
  line = 1;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) {
      if (line_end_at(bytes, i)) ++line;
      out.converted.push_back(static_cast<char>(b));
      continue;
    }
    const char32_t cp = b >= 0xA0 ? b : kWindows1252High[b - 0x80];
    if (cp == 0) {
      if (out.bad_lines.empty() || out.bad_lines.back() != line) out.bad_lines.push_back(line);
      continue;
    }
    append_utf8(out.converted, cp);
  }
  out.text = out.converted;
  return out;
}

char detect_separator(std::string_view text) {
  std::size_t semicolons = 0, commas = 0;
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;
    if (!quoted && (c == '\n' || c == '\r')) break;
    if (!quoted && c == ';') ++semicolons;
    if (!quoted && c == ',') ++commas;
  }
  return commas > semicolons ? ',' : ';';
}

bool CsvReader::at_line_end() const {
  return pos_ >= text_.size() || text_[pos_] == '\n' || text_[pos_] == '\r';
}

void CsvReader::skip_line_end() {
  if (pos_ >= text_.size()) return;
  if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
  ++pos_;
  ++line_;
}

bool CsvReader::field(std::string& out) {
  out.clear();
  if (pos_ < text_.size() && text_[pos_] == '"') {
    ++pos_;
    while (true) {
      const std::size_t quote = text_.find('"', pos_);
      if (quote == std::string_view::npos) return false;
      for (std::size_t i = pos_; i < quote; ++i) {
        if (line_end_at(text_, i)) ++line_;
      }
      out.append(text_.substr(pos_, quote - pos_));
      pos_ = quote + 1;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        out.push_back('"');
        ++pos_;
        continue;
      }
      break;
    }
  }
  // Unquoted text, or what follows a closing quote, up to the separator.
  const std::size_t start = pos_;
  while (pos_ < text_.size() && text_[pos_] != separator_ && !at_line_end()) ++pos_;
  out.append(text_.substr(start, pos_ - start));
  return true;
}

bool CsvReader::next(CsvRecord& record, std::optional<Problem>& problem) {
  problem.reset();
  while (pos_ < text_.size()) {
    record.line = line_;
    record.fields.clear();
    while (true) {
      std::string& value = record.fields.emplace_back();
      if (!field(value)) {
        problem = Problem{ErrorCode::kRollUnclosedQuote, "", record.line};
        pos_ = text_.size();
        return true;
      }
      if (pos_ < text_.size() && text_[pos_] == separator_) {
        ++pos_;
        continue;
      }
      break;
    }
    skip_line_end();
    // A line of nothing but separators is blank too, as spreadsheets write empty rows.
    bool blank = true;
    for (const std::string& f : record.fields) blank = blank && f.empty();
    if (!blank) return true;
  }
  return false;
}

}  // namespace sammen
