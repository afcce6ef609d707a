// The client's colours and sizes, shared by the files that make up Ui.
#pragma once

#include "imgui.h"

namespace sammen::client::look {

constexpr ImU32 rgb(int r, int g, int b, int a = 255) {
  return IM_COL32(r, g, b, a);
}

constexpr ImU32 kPageBackground = rgb(245, 246, 248);
constexpr ImU32 kBarBackground = rgb(255, 255, 255);
constexpr ImU32 kText = rgb(27, 36, 48);
constexpr ImU32 kMuted = rgb(84, 95, 110);
constexpr ImU32 kBorder = rgb(210, 216, 224);
constexpr ImU32 kPrimary = rgb(10, 92, 168);
constexpr ImU32 kPrimaryHover = rgb(14, 108, 196);
constexpr ImU32 kPrimaryActive = rgb(8, 72, 134);
constexpr ImU32 kCard = rgb(255, 255, 255);
constexpr ImU32 kCardHighlight = rgb(236, 244, 252);
constexpr ImU32 kMeterBackground = rgb(226, 230, 236);
// The keyboard focus ring: dark outside, white inside, visible on every background.
constexpr ImU32 kFocusRing = rgb(17, 24, 39);
constexpr ImU32 kFocusGap = rgb(255, 255, 255);

constexpr float kCardPadding = 14.0f;
constexpr float kCardRounding = 10.0f;

inline ImVec4 color(ImU32 c) {
  return ImGui::ColorConvertU32ToFloat4(c);
}

inline float font_size(const ImFont* font) {
  return font->FontSize * ImGui::GetIO().FontGlobalScale;
}

}  // namespace sammen::client::look
