#include "core/top_bar.h"

#include <cctype>
#include <string>

namespace sammen::client {

std::optional<Language> draw_top_bar(Language current, Ui& ui) {
  std::optional<Language> chosen;
  const float spacing = 6.0f;
  // Full language names where they fit, the short tags on a phone.
  float total = 0.0f;
  std::string labels[3];
  for (int i = 0; i < 3; ++i) {
    const Language language = kAllLanguages[i];
    labels[i] =
        ui.narrow() ? std::string(language_tag(language)) : std::string(language_name(language));
    if (ui.narrow()) {
      for (char& c : labels[i]) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    ImGui::PushFont(ui.fonts().bold);
    total += ImGui::CalcTextSize(labels[i].c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::PopFont();
  }
  total += 2 * spacing;

  const float line_height = Ui::kTouchHeight;
  const float top = (Ui::kTopBarHeight - line_height) * 0.5f;
  ImGui::SetCursorPosY(top + (line_height - ImGui::GetFontSize() * 1.3f) * 0.5f);
  ImGui::PushFont(ui.fonts().heading);
  ImGui::TextUnformatted("Sammen");
  ImGui::PopFont();

  ImGui::SameLine(0.0f, 0.0f);
  const float right = ImGui::GetWindowContentRegionMax().x;
  ImGui::SetCursorPos(ImVec2(right - total, top));
  for (int i = 0; i < 3; ++i) {
    const Language language = kAllLanguages[i];
    if (i > 0) ImGui::SameLine(0.0f, spacing);
    const bool is_current = language == current;
    const std::string name = "lang:" + std::string(language_tag(language));
    if (ui.button(name, labels[i], is_current ? ButtonStyle::kSelected : ButtonStyle::kSecondary,
                  0.0f)) {
      chosen = language;
    }
  }
  return chosen;
}

}  // namespace sammen::client
