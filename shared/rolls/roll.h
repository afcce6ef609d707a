// Roll: the voter roll a municipality uploads, read from its CSV file.
//
// The first line names the columns, in any order and in Norwegian, Danish
// or English (name/navn, address/adresse, birth date or year/fødselsdato/
// fødselsår/født, district/bydel/distrikt/krets); other columns are
// ignored. Each further line is one person: a name, an address, a birth
// date (2009-04-17, 17.04.2009, 17-04-2009, 17/04/2009) or year (2009)
// between 1900 and this year, and a district of the municipality by id or
// name (any case). read_roll() reports every bad line with its number and
// why, up to RollLimits::max_problems and then how many more; a roll with
// any problem is not a roll at all, so nothing is imported until the whole
// file is good. Size and line count are limited.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sammen/core/result.h"
#include "sammen/processes/municipality.h"
#include "sammen/rolls/csv.h"

namespace sammen {

struct RollLimits {
  std::size_t max_bytes = 64 * 1024 * 1024;
  std::int64_t max_lines = 1'000'000;  // people, the header not counted
  std::size_t max_field_chars = 200;
  std::size_t max_problems = 1'000;
};

// The column subjects of kRollMissingColumn and kRollFieldEmpty.
inline constexpr std::string_view kColumnName = "name";
inline constexpr std::string_view kColumnAddress = "address";
inline constexpr std::string_view kColumnBirth = "birth";
inline constexpr std::string_view kColumnDistrict = "district";

struct RollEntry {
  std::string name;
  std::string address;
  int birth_year = 0;
  std::string district_id;
  std::int64_t line = 0;
};

struct Roll {
  std::vector<RollEntry> entries;
  TextEncoding encoding = TextEncoding::kUtf8;
  char separator = ';';
};

// The roll in `bytes`, or every problem with it (amount: the line number).
Result<Roll> read_roll(std::string_view bytes, const Municipality& municipality, int this_year,
                       const RollLimits& limits = {});

// The year of a birth date or year as the roll takes them; 0 when it is none.
int birth_year_of(std::string_view text);

}  // namespace sammen
