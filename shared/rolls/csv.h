// CSV as spreadsheets write it: the reader of a voter roll's file.
//
// Outside input, read without trusting it: any bytes give records or
// problems, never a crash, and the reader is fuzzed (fuzz/). The text is
// UTF-8 (a byte-order mark is dropped) or, when it is not UTF-8 and holds no
// UTF-8 sequence at all, Windows-1252 as Excel writes it, turned into UTF-8.
// A file mixing both is refused line by line. Fields are separated by ';'
// or ',' (whichever the first line has more of outside quotes; ';' on a
// tie, as Nordic Excel writes), may be quoted with '"' ("" inside is one
// quote) and then hold separators and line breaks. Lines end in \n, \r\n or
// \r. Line numbers count physical lines from 1; a record's is its first.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sammen/core/problem.h"

namespace sammen {

enum class TextEncoding { kUtf8, kWindows1252 };

// A spreadsheet's bytes as UTF-8 text.
struct DecodedText {
  TextEncoding encoding = TextEncoding::kUtf8;
  std::string converted;   // Windows-1252 only: the converted text
  std::string_view text;   // the UTF-8 text (into the bytes or `converted`)
  std::vector<std::int64_t> bad_lines;  // lines with bytes that are no text in either
};

// `bytes` must outlive the answer when it is UTF-8 (the text points into it).
DecodedText decode_spreadsheet_text(std::string_view bytes);

// ';' or ',' for a file whose first line is `text`'s.
char detect_separator(std::string_view text);

struct CsvRecord {
  std::int64_t line = 0;
  std::vector<std::string> fields;
};

class CsvReader {
 public:
  CsvReader(std::string_view text, char separator) : text_(text), separator_(separator) {}

  // The next record that is not blank (empty or only separators); false at the end. A quote
  // never closed is kRollUnclosedQuote (amount: its line) and ends the text.
  bool next(CsvRecord& record, std::optional<Problem>& problem);

  // Physical lines read so far.
  std::int64_t lines() const { return line_ - 1; }

 private:
  // One field starting at pos_; false when a quote is never closed.
  bool field(std::string& out);
  bool at_line_end() const;
  void skip_line_end();

  std::string_view text_;
  char separator_;
  std::size_t pos_ = 0;
  std::int64_t line_ = 1;
};

}  // namespace sammen
