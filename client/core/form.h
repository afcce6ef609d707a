// Form: the pieces of the staff's forms on top of Ui. A field with its label
// above it; a row of choices (one selected, or several) that wraps where the
// column ends; and the problems of a refused form, each said beside the
// field it names (a problem's subject: "name", "districts[1].id",
// "budgets") and the rest where the form is sent.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/http.h"
#include "core/ui.h"

namespace sammen::client {

// A bold label, then the HTML field `name` under it.
void labeled_field(Ui& ui, std::string_view name, std::string_view label,
                   platform::FieldKind kind = platform::FieldKind::kText,
                   std::string_view placeholder = {});

// Buttons side by side, on a new line when the next does not fit.
class ChoiceRow {
 public:
  explicit ChoiceRow(Ui& ui) : ui_(ui) {}
  // A button showing whether it is `selected`; true when pressed.
  bool choice(std::string_view name, std::string_view label, bool selected, bool enabled = true);
  // A plain button in the row.
  bool button(std::string_view name, std::string_view label, ButtonStyle style, bool enabled = true);

 private:
  Ui& ui_;
  bool first_ = true;
};

// The sentences of an error's problems, said where they belong.
class ProblemNotes {
 public:
  ProblemNotes(const std::optional<ServerError>& error, Language language, std::string_view currency);
  // Says the problems whose subject starts with one of `prefixes` (and then
  // ends, or goes on with '.' or '['), each once.
  void beside(Ui& ui, std::initializer_list<std::string_view> prefixes);
  // Says the problems not said yet (the error's own sentence when it has no problems).
  void rest(Ui& ui);
  // True when there are any problems at all.
  bool any() const { return error_ != nullptr; }

 private:
  const ServerError* error_ = nullptr;
  Language language_;
  std::string currency_;
  std::vector<bool> said_;
};

}  // namespace sammen::client
