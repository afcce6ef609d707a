#include "sammen/core/catalog.h"

#include <cstddef>
#include <optional>
#include <set>
#include <utility>

#include "sammen/core/messages.h"
#include "sammen/core/money.h"

namespace sammen {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// The index of the '}' that closes the '{' at `open`, or npos.
std::size_t closing(std::string_view pattern, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < pattern.size(); ++i) {
    if (pattern[i] == '{') ++depth;
    if (pattern[i] == '}' && --depth == 0) return i;
  }
  return std::string_view::npos;
}

class Formatter {
 public:
  Formatter(std::span<const MessageArg> args, const Audience& audience)
      : args_(args), audience_(audience) {}

  // `pattern` filled in; `count` is what # stands for inside a plural branch.
  std::string run(std::string_view pattern,
                  std::optional<std::int64_t> count = std::nullopt) const {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      if (pattern[i] == '#' && count) {
        out += std::to_string(*count);
        continue;
      }
      const std::size_t end = pattern[i] == '{' ? closing(pattern, i) : std::string_view::npos;
      if (end == std::string_view::npos) {
        out.push_back(pattern[i]);
        continue;
      }
      out += placeholder(pattern.substr(i, end - i + 1));
      i = end;
      // An amount that ends in an abbreviation's full stop ("1.500 kr.") ends
      // the sentence too: no second full stop.
      if (out.ends_with('.') && i + 1 < pattern.size() && pattern[i + 1] == '.') ++i;
    }
    return out;
  }

 private:
  // One "{name, type, rest}" placeholder, braces included.
  std::string placeholder(std::string_view whole) const {
    const std::string_view body = whole.substr(1, whole.size() - 2);
    const std::size_t comma = body.find(',');
    const std::string_view name = trim(body.substr(0, comma));
    const MessageArg* arg = find(name);
    if (arg == nullptr) return std::string(whole);
    if (comma == std::string_view::npos) return text(arg->value);
    const std::string_view rest = body.substr(comma + 1);
    const std::size_t second = rest.find(',');
    const std::string_view type = trim(rest.substr(0, second));
    const auto* number = std::get_if<std::int64_t>(&arg->value);
    if (type == "money" && number)
      return format_money(*number, audience_.currency, audience_.language);
    if (type == "list") return list(arg->value);
    if (type == "plural" && number && second != std::string_view::npos) {
      return plural(rest.substr(second + 1), *number);
    }
    const auto* words = std::get_if<std::string>(&arg->value);
    if (type == "select" && words && second != std::string_view::npos) {
      return select(rest.substr(second + 1), *words);
    }
    return std::string(whole);
  }

  // Picks "=N", then "one" (a count of 1), then "other" out of the branches.
  std::string plural(std::string_view branches, std::int64_t count) const {
    std::optional<std::string_view> exact, one, other;
    for (const auto& [selector, branch] : split_branches(branches)) {
      if (selector == "=" + std::to_string(count)) exact = branch;
      if (selector == "one") one = branch;
      if (selector == "other") other = branch;
    }
    if (exact) return run(*exact, count);
    if (count == 1 && one) return run(*one, count);
    return run(other.value_or(""), count);
  }

  // The branch whose selector is `value`, else "other".
  std::string select(std::string_view branches, std::string_view value) const {
    std::optional<std::string_view> match, other;
    for (const auto& [selector, branch] : split_branches(branches)) {
      if (selector == value) match = branch;
      if (selector == "other") other = branch;
    }
    return run(match ? *match : other.value_or(""));
  }

  // "sel {branch} sel {branch} ..." as (selector, branch) pairs.
  static std::vector<std::pair<std::string_view, std::string_view>> split_branches(
      std::string_view branches) {
    std::vector<std::pair<std::string_view, std::string_view>> out;
    std::size_t i = 0;
    while (i < branches.size()) {
      const std::size_t open = branches.find('{', i);
      if (open == std::string_view::npos) break;
      const std::size_t end = closing(branches, open);
      if (end == std::string_view::npos) break;
      out.emplace_back(trim(branches.substr(i, open - i)),
                       branches.substr(open + 1, end - open - 1));
      i = end + 1;
    }
    return out;
  }

  std::string list(const MessageArg::Value& value) const {
    const auto* items = std::get_if<std::vector<std::string>>(&value);
    if (items == nullptr || items->empty()) return text(value);
    const Catalog core = core_messages();
    std::string out = items->back();
    for (std::size_t i = items->size() - 1; i-- > 0;) {
      const std::string_view key = i + 2 == items->size() ? "list.end" : "list.middle";
      const MessageArg parts[] = {{"head", (*items)[i]}, {"tail", out}};
      out = format_message(core.text(key, audience_.language), parts, audience_);
    }
    return out;
  }

  static std::string text(const MessageArg::Value& value) {
    if (const auto* number = std::get_if<std::int64_t>(&value)) return std::to_string(*number);
    if (const auto* words = std::get_if<std::string>(&value)) return *words;
    std::string joined;
    for (const std::string& item : std::get<std::vector<std::string>>(value)) {
      joined += (joined.empty() ? "" : ", ") + item;
    }
    return joined;
  }

  const MessageArg* find(std::string_view name) const {
    for (const MessageArg& arg : args_) {
      if (arg.name == name) return &arg;
    }
    return nullptr;
  }

  std::span<const MessageArg> args_;
  const Audience& audience_;
};

}  // namespace

Catalog core_messages() {
  return {core_messages_nb(), core_messages_da(), core_messages_en()};
}

std::span<const Message> Catalog::in(Language language) const {
  switch (language) {
    case Language::kNorwegianBokmal: return norwegian_bokmal;
    case Language::kDanish: return danish;
    case Language::kEnglish: return english;
  }
  return english;
}

std::string_view Catalog::text(std::string_view key, Language language) const {
  for (const Message& message : in(language)) {
    if (message.key == key) return message.text;
  }
  return {};
}

std::string format_message(std::string_view pattern, std::span<const MessageArg> args,
                           const Audience& audience) {
  return Formatter(args, audience).run(pattern);
}

std::string render(const Catalog& catalog, std::string_view key, MessageArgs args,
                   const Audience& audience) {
  return format_message(catalog.text(key, audience.language),
                        std::span<const MessageArg>(args.begin(), args.size()), audience);
}

std::vector<std::string> missing_keys(const Catalog& catalog) {
  std::set<std::string_view> all;
  for (Language language : kAllLanguages) {
    for (const Message& message : catalog.in(language)) all.insert(message.key);
  }
  std::vector<std::string> missing;
  for (Language language : kAllLanguages) {
    for (std::string_view key : all) {
      if (catalog.text(key, language).empty()) {
        missing.push_back(std::string(language_tag(language)) + ":" + std::string(key));
      }
    }
  }
  return missing;
}

}  // namespace sammen
