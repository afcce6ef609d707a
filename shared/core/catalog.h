// Catalog: one feature's messages, in every language, as whole sentences.
//
// A message is a pattern with named placeholders in ICU MessageFormat's
// style, so word order can differ between languages:
//   {name}                       the argument as text
//   {name, money}                an amount in minor units, formatted in the
//                                language with the currency of the render
//   {name, list}                 a list of texts ("A, B og C")
//   {name, plural, =0 {…} one {…} other {…}}
//                                a branch by count; # inside is the count
//   {name, select, budgets {…} other {…}}
//                                a branch by a text's value (an id), else other
// Each feature keeps one catalog per language (messages_nb.cpp, ...); a key
// missing from one language is a bug that the feature's catalog test finds.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "sammen/core/language.h"

namespace sammen {

struct Message {
  std::string_view key;
  std::string_view text;
};

struct Catalog {
  std::span<const Message> norwegian_bokmal;
  std::span<const Message> danish;
  std::span<const Message> english;

  std::span<const Message> in(Language language) const;
  // The pattern of `key` in `language`; empty when the catalog lacks it.
  std::string_view text(std::string_view key, Language language) const;
};

// One named argument of a message.
struct MessageArg {
  using Value = std::variant<std::int64_t, std::string, std::vector<std::string>>;
  std::string_view name;
  Value value;
};
using MessageArgs = std::initializer_list<MessageArg>;

// What a message is rendered for: the reader's language and the currency of
// the amounts in it (ISO 4217).
struct Audience {
  Language language = Language::kNorwegianBokmal;
  std::string_view currency = "NOK";
};

// `pattern` with its placeholders filled from `args`. A placeholder naming
// an argument that is not given stays as written ("{name}"), so the mistake shows.
std::string format_message(std::string_view pattern, std::span<const MessageArg> args,
                           const Audience& audience);

// The message `key` of `catalog`, rendered.
std::string render(const Catalog& catalog, std::string_view key, MessageArgs args,
                   const Audience& audience);

// The keys that are in one language of `catalog` and missing from another.
std::vector<std::string> missing_keys(const Catalog& catalog);

}  // namespace sammen
