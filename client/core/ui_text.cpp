// Ui's text: wrapped only at spaces (line_break.h), never inside an amount,
// measured and drawn line by line with Dear ImGui's wrapping turned off.
#include "core/line_break.h"
#include "core/ui.h"
#include "core/ui_look.h"
#include "imgui_internal.h"

namespace sammen::client {
namespace {

std::vector<LineSpan> lines_of(const ImFont* font, std::string_view text, float wrap_width) {
  const float scale = ImGui::GetIO().FontGlobalScale;
  if (wrap_width <= 0.0f) wrap_width = FLT_MAX;
  return break_lines(text, wrap_width / scale, [font](char32_t c) {
    return font->GetCharAdvance(c <= IM_UNICODE_CODEPOINT_MAX ? static_cast<ImWchar>(c)
                                                              : ImWchar('?'));
  });
}

}  // namespace

std::string Ui::broken(const ImFont* font, std::string_view text, float wrap_width) {
  const std::vector<LineSpan> lines = lines_of(font, text, wrap_width);
  DrawnText drawn{std::string(text), {}};
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) {
      out.push_back('\n');
      drawn.breaks.push_back(lines[i].begin);
    }
    out.append(text.substr(lines[i].begin, lines[i].end - lines[i].begin));
  }
  texts_.push_back(std::move(drawn));
  return out;
}

ImVec2 Ui::text_size(const ImFont* font, std::string_view text, float wrap_width) {
  ImVec2 size(0.0f, 0.0f);
  const float height = look::font_size(font);
  for (const LineSpan& line : lines_of(font, text, wrap_width)) {
    const char* begin = text.data() + line.begin;
    size.x = std::max(size.x,
                      font->CalcTextSizeA(height, FLT_MAX, 0.0f, begin, text.data() + line.end).x);
    size.y += height;
  }
  return size;
}

void Ui::draw_text(ImDrawList* list, const ImFont* font, ImVec2 pos, ImU32 col,
                   std::string_view text, float wrap_width) {
  const std::string lines = broken(font, text, wrap_width);
  list->AddText(font, look::font_size(font), pos, col, lines.data(), lines.data() + lines.size());
}

void Ui::wrapped(ImFont* font, std::string_view text, ImU32 col) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  ImGui::PushFont(font);
  const float width = ImGui::CalcWrapWidthForPos(window->DC.CursorPos, window->DC.TextWrapPos);
  const std::string lines = broken(font, text, width);
  ImGui::PushStyleColor(ImGuiCol_Text, col);
  ImGui::PushTextWrapPos(-1.0f);  // broken already; ImGui would break after '.' and ','
  ImGui::TextUnformatted(lines.data(), lines.data() + lines.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

}  // namespace sammen::client
