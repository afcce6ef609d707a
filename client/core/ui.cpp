#include "core/ui.h"

#include <algorithm>
#include <string>

#include "core/ui_look.h"
#include "imgui_internal.h"

namespace sammen::client {

using namespace look;

void apply_style() {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 0.0f;
  style.WindowBorderSize = 0.0f;
  style.FrameRounding = 8.0f;
  style.FrameBorderSize = 1.0f;
  style.FramePadding = ImVec2(14.0f, 10.0f);
  style.ItemSpacing = ImVec2(10.0f, 10.0f);
  style.ScrollbarSize = 10.0f;
  style.ScrollbarRounding = 6.0f;
  style.DisabledAlpha = 0.45f;
  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = color(kText);
  c[ImGuiCol_TextDisabled] = color(kMuted);
  c[ImGuiCol_WindowBg] = color(kPageBackground);
  c[ImGuiCol_Border] = color(kBorder);
  c[ImGuiCol_ScrollbarBg] = color(rgb(0, 0, 0, 0));
  c[ImGuiCol_ScrollbarGrab] = color(rgb(170, 178, 190));
  c[ImGuiCol_ScrollbarGrabHovered] = color(rgb(140, 150, 165));
  c[ImGuiCol_ScrollbarGrabActive] = color(rgb(110, 120, 135));
  c[ImGuiCol_NavHighlight] = color(rgb(0, 0, 0, 0));  // Ui draws its own focus ring
}

ImU32 Ui::tone_color(Tone tone) {
  switch (tone) {
    case Tone::kInfo: return kPrimary;
    case Tone::kSuccess: return rgb(22, 110, 60);
    case Tone::kWarning: return rgb(138, 82, 0);
    case Tone::kError: return rgb(176, 36, 28);
  }
  return kText;
}

void Ui::begin_frame() {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  narrow_ = display.x < 560.0f;
  margin_ = std::max(narrow_ ? 12.0f : 24.0f, (display.x - kColumnWidth) * 0.5f);
  widgets_.clear();
  text_fields_.clear();
  texts_.clear();
  focus_order_.clear();
  focused_.clear();
  in_card_ = false;
}

void Ui::begin_window(const char* id, ImVec2 pos, ImVec2 size, ImU32 background, bool scroll) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, color(background));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(margin_, 12.0f));
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                           ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  if (!scroll) flags |= ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
  ImGui::Begin(id, nullptr, flags);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  ImGui::PushTextWrapPos(0.0f);  // wrap at the column's right edge; end_window() pops it
}

void Ui::end_window() {
  ImGui::PopTextWrapPos();
  ImGui::End();
}

void Ui::begin_top_bar() {
  begin_window("##top", ImVec2(0, 0), ImVec2(ImGui::GetIO().DisplaySize.x, kTopBarHeight),
               kBarBackground, false);
}

void Ui::end_top_bar() {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->PushClipRectFullScreen();  // the line runs under the side margins too
  list->AddLine(ImVec2(window->Pos.x, window->Pos.y + window->Size.y - 1),
                ImVec2(window->Pos.x + window->Size.x, window->Pos.y + window->Size.y - 1), kBorder);
  list->PopClipRect();
  end_window();
}

void Ui::begin_page(bool with_bottom_bar) {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float bottom = with_bottom_bar ? bottom_bar_height_ : 0.0f;
  begin_window("##page", ImVec2(0, kTopBarHeight),
               ImVec2(display.x, std::max(1.0f, display.y - kTopBarHeight - bottom)), kPageBackground, true);
  if (scroll_to_top_) {
    ImGui::SetScrollY(0.0f);
    scroll_to_top_ = false;
  }
  ImGui::Dummy(ImVec2(0, 4));
}

void Ui::anchor(std::string_view name) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  record(name, pos, ImVec2(pos.x + available_width(), pos.y + 1.0f));
}

void Ui::scroll_here(int request) {
  if (request == 0 || request == scrolled_request_) return;
  scrolled_request_ = request;
  ImGui::SetScrollHereY(0.0f);
}

void Ui::end_page() {
  ImGui::Dummy(ImVec2(0, 24));
  drag_to_scroll();
  end_window();
}

// Phones scroll by dragging the page: a drag that starts anywhere on the page
// scrolls it and cancels the press on whatever button it started on.
void Ui::drag_to_scroll() {
  ImGuiIO& io = ImGui::GetIO();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (!ImGui::IsMouseDragging(ImGuiMouseButton_Left, 8.0f)) return;
  if (!window->Rect().Contains(io.MouseClickedPos[ImGuiMouseButton_Left])) return;
  if (ImGui::GetActiveID() == ImGui::GetWindowScrollbarID(window, ImGuiAxis_Y)) return;
  ImGui::SetScrollY(window, window->Scroll.y - io.MouseDelta.y);
  if (ImGui::GetActiveID() != 0) ImGui::ClearActiveID();
}

void Ui::begin_bottom_bar() {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  begin_window("##bottom", ImVec2(0, display.y - bottom_bar_height_), ImVec2(display.x, bottom_bar_height_),
               kBarBackground, false);
  bottom_bar_start_ = ImGui::GetWindowPos();
}

void Ui::end_bottom_bar() {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->PushClipRectFullScreen();
  list->AddLine(window->Pos, ImVec2(window->Pos.x + window->Size.x, window->Pos.y), kBorder, 1.0f);
  list->PopClipRect();
  const float used = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + window->WindowPadding.y;
  end_window();
  if (used > 1.0f) bottom_bar_height_ = std::clamp(used, 60.0f, ImGui::GetIO().DisplaySize.y * 0.5f);
}

float Ui::available_width() const {
  if (!in_card_) return ImGui::GetContentRegionAvail().x;
  return card_start_.x + card_width_ - kCardPadding - ImGui::GetCursorScreenPos().x;
}

void Ui::record(std::string_view name, ImVec2 min, ImVec2 max, bool enabled, std::string_view label) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const bool visible = window->InnerRect.Contains(ImRect(min, max));
  widgets_[std::string(name)] = {min.x, min.y, max.x - min.x, max.y - min.y, visible, enabled, std::string(label)};
}

bool Ui::button(std::string_view name, std::string_view label, ButtonStyle style, float width,
                bool enabled, std::string_view focus_key) {
  ImU32 background = kPrimary, hovered = kPrimaryHover, active = kPrimaryActive, text = rgb(255, 255, 255);
  ImU32 border = kPrimary;
  switch (style) {
    case ButtonStyle::kPrimary:
    case ButtonStyle::kSelected: break;
    case ButtonStyle::kSecondary:
      background = kCard, hovered = rgb(236, 241, 247), active = rgb(220, 229, 240), text = kPrimary;
      border = rgb(160, 176, 196);
      break;
    case ButtonStyle::kDanger:
      background = kCard, hovered = rgb(252, 236, 235), active = rgb(248, 220, 218),
      text = tone_color(Tone::kError), border = rgb(214, 160, 156);
      break;
  }
  ImGui::PushStyleColor(ImGuiCol_Button, color(background));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, color(hovered));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, color(active));
  ImGui::PushStyleColor(ImGuiCol_Text, color(text));
  ImGui::PushStyleColor(ImGuiCol_Border, color(border));
  ImGui::PushFont(fonts_.bold);
  // The id is the name alone, so focus stays on the button when its label
  // changes language.
  const std::string id = std::string(label) + "###" + std::string(focus_key.empty() ? name : focus_key);
  float w = width;
  if (w == kFill) w = available_width();
  if (w <= 0.0f) w = ImGui::CalcTextSize(id.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
  ImGui::BeginDisabled(!enabled);
  bool clicked = ImGui::Button(id.c_str(), ImVec2(w, kTouchHeight));
  ImGui::EndDisabled();
  ImGui::PopFont();
  ImGui::PopStyleColor(5);
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  record(name, min, max, enabled, label);
  if (enabled) {
    clicked |= keyboard_focused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    focusable(name, min, max, ImGui::GetStyle().FrameRounding);
  }
  return clicked && enabled;
}

bool Ui::card_button(std::string_view name, std::string_view title, std::string_view subtitle) {
  const float width = available_width();
  const float inner = width - 2 * kCardPadding - 24.0f;  // room for the chevron
  const ImVec2 title_size = text_size(fonts_.bold, title, inner);
  const ImVec2 subtitle_size = text_size(fonts_.body, subtitle, inner);
  const float height = std::max(kTouchHeight + 16.0f, 2 * kCardPadding + title_size.y + 4.0f + subtitle_size.y);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton(std::string(name).c_str(), ImVec2(width, height));
  clicked |= keyboard_focused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
  const bool hovered = ImGui::IsItemHovered();
  const bool held = ImGui::IsItemActive();
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 end(pos.x + width, pos.y + height);
  list->AddRectFilled(pos, end, held ? rgb(220, 229, 240) : hovered ? kCardHighlight : kCard, kCardRounding);
  list->AddRect(pos, end, hovered ? kPrimary : kBorder, kCardRounding, 0, hovered ? 2.0f : 1.0f);
  const float top = pos.y + (height - title_size.y - 4.0f - subtitle_size.y) * 0.5f;
  draw_text(list, fonts_.bold, ImVec2(pos.x + kCardPadding, top), kText, title, inner);
  draw_text(list, fonts_.body, ImVec2(pos.x + kCardPadding, top + title_size.y + 4.0f), kMuted, subtitle, inner);
  draw_text(list, fonts_.heading, ImVec2(end.x - kCardPadding - 14.0f, pos.y + height * 0.5f - font_size(fonts_.heading) * 0.55f),
            kPrimary, "›", 0.0f);
  record(name, pos, end, true, title);
  focusable(name, pos, end, kCardRounding);
  return clicked;
}

void Ui::heading(std::string_view text) { wrapped(fonts_.heading, text, kText); }
void Ui::subheading(std::string_view text) { wrapped(fonts_.bold, text, kText); }
void Ui::paragraph(std::string_view text) { wrapped(fonts_.body, text, kText); }
void Ui::muted(std::string_view text) { wrapped(fonts_.body, text, kMuted); }
void Ui::colored(std::string_view text, ImU32 col) { wrapped(fonts_.body, text, col); }

void Ui::notice(std::string_view text, Tone tone) {
  ImU32 background = kCardHighlight;
  switch (tone) {
    case Tone::kInfo: background = rgb(232, 241, 251); break;
    case Tone::kSuccess: background = rgb(230, 245, 236); break;
    case Tone::kWarning: background = rgb(255, 244, 219); break;
    case Tone::kError: background = rgb(253, 236, 234); break;
  }
  const float width = available_width();
  const float inner = width - 2 * kCardPadding - 4.0f;
  const ImVec2 size = text_size(fonts_.body, text, inner);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 end(pos.x + width, pos.y + size.y + 2 * 12.0f);
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(pos, end, background, 8.0f);
  list->AddRectFilled(pos, ImVec2(pos.x + 4.0f, end.y), tone_color(tone), 8.0f, ImDrawFlags_RoundCornersLeft);
  draw_text(list, fonts_.body, ImVec2(pos.x + kCardPadding + 4.0f, pos.y + 12.0f), kText, text, inner);
  ImGui::Dummy(ImVec2(width, end.y - pos.y));
}

void Ui::space(float height) { ImGui::Dummy(ImVec2(0, height)); }

void Ui::begin_card() {
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->ChannelsSplit(2);
  list->ChannelsSetCurrent(1);
  IM_ASSERT(!in_card_ && "Cards do not nest: call end_card() first");
  in_card_ = true;
  card_start_ = ImGui::GetCursorScreenPos();
  card_width_ = ImGui::GetContentRegionAvail().x;
  ImGui::Dummy(ImVec2(0, kCardPadding - ImGui::GetStyle().ItemSpacing.y));
  ImGui::Indent(kCardPadding);
  // Wrap and fill inside the card: window-local x of the card's inner right edge.
  const float right = ImGui::GetCursorPosX() + card_width_ - 2 * kCardPadding - 4.0f;  // glyphs overhang a little
  ImGui::PushTextWrapPos(right);
  ImGui::PushItemWidth(card_width_ - 2 * kCardPadding);
}

void Ui::end_card(bool highlighted) {
  in_card_ = false;
  ImGui::PopItemWidth();
  ImGui::PopTextWrapPos();
  ImGui::Unindent(kCardPadding);
  ImGui::Dummy(ImVec2(0, kCardPadding - 2 * ImGui::GetStyle().ItemSpacing.y));
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 end(card_start_.x + card_width_, ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y);
  list->ChannelsSetCurrent(0);
  list->AddRectFilled(card_start_, end, highlighted ? kCardHighlight : kCard, kCardRounding);
  list->AddRect(card_start_, end, highlighted ? kPrimary : kBorder, kCardRounding, 0, highlighted ? 2.0f : 1.0f);
  list->ChannelsMerge();
  ImGui::Dummy(ImVec2(0, 2));
}

void Ui::meter(float fraction, ImU32 fill, float height, float marker) {
  const float width = available_width();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float rounding = height * 0.5f;
  list->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), kMeterBackground, rounding);
  const float f = std::clamp(fraction, 0.0f, 1.0f);
  if (f > 0.0f) {
    list->AddRectFilled(pos, ImVec2(pos.x + std::max(height, width * f), pos.y + height), fill, rounding);
  }
  if (marker >= 0.0f && marker <= 1.0f) {
    const float x = pos.x + width * marker;
    list->AddLine(ImVec2(x, pos.y - 3), ImVec2(x, pos.y + height + 3), kText, 2.0f);
  }
  ImGui::Dummy(ImVec2(width, height));
}

void Ui::text_field(std::string_view name, std::string_view placeholder, platform::FieldKind kind,
                    float width) {
  if (width == kFill || width <= 0.0f) width = available_width();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 end(pos.x + width, pos.y + kTouchHeight + 4.0f);
  ImGui::GetWindowDrawList()->AddRectFilled(pos, end, kCard, 8.0f);
  ImGui::GetWindowDrawList()->AddRect(pos, end, rgb(140, 150, 165), 8.0f, 0, 1.5f);
  ImGui::Dummy(ImVec2(width, end.y - pos.y));
  record(name, pos, end);
  // Shown while any of it is on the page, so scrolling a little does not drop the keyboard.
  if (ImGui::GetCurrentWindow()->InnerRect.Overlaps(ImRect(pos, end))) {
    text_fields_.push_back(
        {std::string(name), widgets_[std::string(name)], std::string(placeholder), kind});
  }
  focus_order_.push_back({std::string(name), ImGui::GetID(std::string(name).c_str()), ImGui::GetCurrentWindow(), pos, end, true});
}

}  // namespace sammen::client
