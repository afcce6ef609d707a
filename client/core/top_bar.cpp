#include "core/top_bar.h"

#include <cctype>
#include <string>

namespace sammen::client {

TopBarChoice draw_top_bar(Language current, std::string_view staff_label, Ui& ui) {
  TopBarChoice chosen;
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
  ImGui::PushFont(ui.fonts().bold);
  const float staff_width =
      ImGui::CalcTextSize(std::string(staff_label).c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
  ImGui::PopFont();
  total += 2 * spacing + staff_width + 4 * spacing;

  const float line_height = Ui::kTouchHeight;
  const float top = (Ui::kTopBarHeight - line_height) * 0.5f;
  ImGui::SetCursorPosY(top + (line_height - ImGui::GetFontSize() * 1.3f) * 0.5f);
  // On a phone the name gives way to the buttons when they need its room.
  ImGui::PushFont(ui.fonts().heading);
  const float right = ImGui::GetWindowContentRegionMax().x;
  const float name_width = ImGui::CalcTextSize("Sammen").x;
  if (ImGui::GetCursorPosX() + name_width + 8.0f <= right - total) ImGui::TextUnformatted("Sammen");
  ImGui::PopFont();

  ImGui::SameLine(0.0f, 0.0f);
  ImGui::SetCursorPos(ImVec2(right - total, top));
  chosen.staff = ui.button("staff", staff_label, ButtonStyle::kSecondary, staff_width);
  ImGui::SameLine(0.0f, 4 * spacing);
  for (int i = 0; i < 3; ++i) {
    const Language language = kAllLanguages[i];
    if (i > 0) ImGui::SameLine(0.0f, spacing);
    const bool is_current = language == current;
    const std::string name = "lang:" + std::string(language_tag(language));
    if (ui.button(name, labels[i], is_current ? ButtonStyle::kSelected : ButtonStyle::kSecondary,
                  0.0f)) {
      chosen.language = language;
    }
  }
  return chosen;
}

}  // namespace sammen::client
