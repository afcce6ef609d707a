// The screens' words about importing a voter roll, its census and the letters, in English.
#include "sammen/rolls/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"title", "Voter roll"},
    {"help", "Choose a CSV file from the spreadsheet: the first line names the columns (name, address, birth date or year, district), then one person per line. Nothing is imported until the whole file is good."},
    {"pick", "Choose a CSV file …"},
    {"pick_other", "Choose another file …"},
    {"picked", "Chosen: {name} ({kilobytes} kB)"},
    {"import", "Import the voter roll"},
    {"importing", "Importing …"},
    {"bad_lines", "The file was not imported. {count, plural, one {One problem} other {# problems}} must be put right in the spreadsheet first:"},
    {"letters_ready", "Imported. {count, plural, one {One letter} other {# letters}} with a voter code are ready. Save them now: the codes exist nowhere else, and a new import makes new ones."},
    {"save_csv", "Save the letters as a spreadsheet (CSV)"},
    {"save_html", "Save the letters to print"},
    {"summary", "{lines, plural, one {# person} other {# people}} in the file, {voters} given a voter code"},
    {"left_out", "Left out: {young} too young, {old} too old, {outside} living outside the districts taking part."},
    {"used_on_paper", "{count, plural, one {# code} other {# codes}} used on paper."},
    {"census_year", "Ages counted in {year}, per district and age band:"},
    {"district_total", "{district}: {count}"},
    {"band", "{band} years: {count}"},
    {"none_yet", "No voter roll has been imported yet."},
};

}  // namespace

std::span<const Message> roll_screen_messages_en() {
  return kMessages;
}

}  // namespace sammen
