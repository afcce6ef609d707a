// Rolls in English.
#include "sammen/rolls/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"roll.too_large", "The file is too large: {amount} bytes, at most {limit}."},
    {"roll.too_many_lines", "The file has more than {limit} people."},
    {"roll.empty", "The file has no people in it."},
    {"roll.bad_encoding",
     "Line {amount} holds characters that are not text, or mixes two character encodings; save "
     "the file as CSV UTF-8."},
    {"roll.missing_column",
     "The first line must name the columns, and the column for {subject, select,"
     " name {the name} address {the address} birth {the birth date or year}"
     " district {the district} other {\"{subject}\"}} is missing."},
    {"roll.column_count", "Line {amount} has {subject} fields; the first line names {limit}."},
    {"roll.unclosed_quote", "Line {amount} opens a quotation mark that is never closed."},
    {"roll.field_empty",
     "Line {amount}: {subject, select, name {the name} address {the address}"
     " birth {the birth date or year} district {the district} other {a field}} is empty."},
    {"roll.field_too_long", "Line {amount}: a field is longer than {limit} characters."},
    {"roll.bad_birth",
     "Line {amount}: \"{subject}\" is not a birth date or year (write 2009-04-17, 17.04.2009 or "
     "2009)."},
    {"roll.birth_out_of_range",
     "Line {amount}: the birth year {subject} is not between 1900 and {limit}."},
    {"roll.unknown_district", "Line {amount}: there is no district \"{subject}\"."},
    {"roll.duplicate",
     "Line {amount} repeats line {limit} (the same name, address and birth year)."},
    {"roll.more_problems",
     "{amount, plural, one {One more line has problems.} other {# more lines have problems.}}"},
    {"roll.already_used_on_paper", "This voter code is already marked as used on paper."},
    {"roll.voted_online",
     "This voter code has already been used to vote online; that vote counts."},
    {"letter.heading", "Your voter code"},
    {"letter.greeting", "Dear {name},"},
    {"letter.body",
     "you can vote in \"{process}\" in {municipality}. Go to {url} and enter the code below. "
     "Nobody else should see it."},
    {"letter.code_label", "Voter code"},
    {"letter.keep",
     "Keep this letter: with the same code you can change your vote until voting closes. If you "
     "vote on paper instead, bring the letter; the code is then marked as used."},
    {"csv.name", "Name"},
    {"csv.address", "Address"},
    {"csv.district", "District"},
    {"csv.code", "Voter code"},
};

}  // namespace

std::span<const Message> roll_messages_en() {
  return kMessages;
}

}  // namespace sammen
