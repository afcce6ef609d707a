// Letters: what a municipality prints and sends, one per person on the roll.
//
// The codes exist only in the answer to an import (the server keeps their
// keyed hashes), so the letters are made then, as a spreadsheet (CSV: UTF-8
// with a byte-order mark, ';' between quoted fields, CRLF, for Excel; a
// field that a spreadsheet would run as a formula starts with ') or as a
// printable HTML page, one letter per A4 page, every text escaped.
#pragma once

#include <string>
#include <vector>

#include "sammen/core/language.h"

namespace sammen {

struct Letter {
  std::string name;
  std::string address;
  std::string district;  // its name, for people
  std::string code;
};

// What every letter of one import says around the person's own lines.
struct LetterFrame {
  std::string municipality;
  std::string process_title;
  std::string vote_url;  // where to vote
  Language language = Language::kNorwegianBokmal;
};

std::string letters_csv(const std::vector<Letter>& letters, Language language);
std::string letters_html(const std::vector<Letter>& letters, const LetterFrame& frame);

// & < > " ' as HTML character references.
std::string html_escaped(std::string_view text);

}  // namespace sammen
