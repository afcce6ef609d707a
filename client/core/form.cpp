#include "core/form.h"

#include "imgui.h"
#include "sammen/core/error_table.h"

namespace sammen::client {
namespace {

bool subject_under(std::string_view subject, std::string_view prefix) {
  if (subject.substr(0, prefix.size()) != prefix) return false;
  return subject.size() == prefix.size() || subject[prefix.size()] == '.' ||
         subject[prefix.size()] == '[';
}

}  // namespace

void labeled_field(Ui& ui, std::string_view name, std::string_view label, platform::FieldKind kind,
                   std::string_view placeholder) {
  ui.subheading(label);
  ui.text_field(name, placeholder.empty() ? label : placeholder, kind);
}

bool ChoiceRow::button(std::string_view name, std::string_view label, ButtonStyle style,
                       bool enabled) {
  ImGui::PushFont(ui_.fonts().bold);
  const float width = ImGui::CalcTextSize(std::string(label).c_str()).x +
                      2 * ImGui::GetStyle().FramePadding.x;
  ImGui::PopFont();
  if (!first_) {
    const float right_edge = ImGui::GetCursorPosX() + ui_.available_width();
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() + width > right_edge) ImGui::NewLine();
  }
  first_ = false;
  return ui_.button(name, label, style, width, enabled);
}

bool ChoiceRow::choice(std::string_view name, std::string_view label, bool selected, bool enabled) {
  const std::string shown = selected ? "✓ " + std::string(label) : std::string(label);
  return button(name, shown, selected ? ButtonStyle::kSelected : ButtonStyle::kSecondary, enabled);
}

ProblemNotes::ProblemNotes(const std::optional<ServerError>& error, Language language,
                           std::string_view currency)
    : error_(error ? &*error : nullptr), language_(language), currency_(currency) {
  if (error_) said_.assign(error_->problems.size(), false);
}

void ProblemNotes::beside(Ui& ui, std::initializer_list<std::string_view> prefixes) {
  if (!error_) return;
  for (std::size_t i = 0; i < error_->problems.size(); ++i) {
    if (said_[i]) continue;
    for (std::string_view prefix : prefixes) {
      if (!subject_under(error_->problems[i].subject, prefix)) continue;
      ui.notice(sentence(error_->problems[i], language_, currency_), Tone::kError);
      said_[i] = true;
      break;
    }
  }
}

void ProblemNotes::rest(Ui& ui) {
  if (!error_) return;
  if (error_->problems.empty()) {
    ui.notice(error_text(*error_, language_, currency_), Tone::kError);
    return;
  }
  for (std::size_t i = 0; i < error_->problems.size(); ++i) {
    if (!said_[i]) ui.notice(sentence(error_->problems[i], language_, currency_), Tone::kError);
    said_[i] = true;
  }
}

}  // namespace sammen::client
