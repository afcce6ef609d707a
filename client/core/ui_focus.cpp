// Ui's keyboard focus. Dear ImGui 1.86 moves with the arrows inside one
// window and presses the focused item with Space, but tabs only between text
// inputs; so Ui keeps its own Tab order: every enabled button and text field
// in drawing order (top bar, page, bottom bar). Tab past the last (or Shift+Tab
// before the first) leaves the canvas for the page's links; a text field is an
// HTML input, so focus goes there and comes back with Tab.
#include "core/ui.h"
#include "core/ui_look.h"
#include "imgui_internal.h"

namespace sammen::client {

bool Ui::keyboard_focused() const {
  const ImGuiContext& g = *GImGui;
  return g.NavId != 0 && g.NavId == g.LastItemData.ID && !g.NavDisableHighlight;
}

void Ui::focusable(std::string_view name, ImVec2 min, ImVec2 max, float rounding) {
  focus_order_.push_back(
      {std::string(name), ImGui::GetItemID(), ImGui::GetCurrentWindow(), min, max, false});
  if (!keyboard_focused()) return;
  focused_ = std::string(name);
  focus_seen_ = true;
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRect(ImVec2(min.x - 2, min.y - 2), ImVec2(max.x + 2, max.y + 2), look::kFocusGap,
                rounding + 2, 0, 2.0f);
  list->AddRect(ImVec2(min.x - 5, min.y - 5), ImVec2(max.x + 5, max.y + 5), look::kFocusRing,
                rounding + 5, 0, 3.0f);
}

void Ui::tab_from_field(std::string_view name, int dir) {
  field_tab_ = std::string(name);
  field_tab_dir_ = dir;
}

void Ui::focus(const Focusable& item) {
  ImGuiContext& g = *GImGui;
  ImGui::SetFocusID(item.id, item.window);
  item.window->NavRectRel[ImGuiNavLayer_Main] =
      ImGui::WindowRectAbsToRel(item.window, ImRect(item.min, item.max));
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
  if (!(item.window->Flags & ImGuiWindowFlags_NoScrollbar)) {
    // Room for the focus ring above and below.
    ImGui::ScrollToRect(item.window,
                        ImRect(item.min.x, item.min.y - 12, item.max.x, item.max.y + 12),
                        ImGuiScrollFlags_KeepVisibleEdgeY);
  }
}

FocusMove Ui::end_frame() {
  const ImGuiContext& g = *GImGui;
  const ImGuiIO& io = ImGui::GetIO();
  int dir = 0;
  int current = -1;
  const int count = static_cast<int>(focus_order_.size());
  if (field_tab_dir_ != 0) {
    dir = field_tab_dir_;
    for (int i = 0; i < count; ++i) {
      if (focus_order_[i].field && focus_order_[i].name == field_tab_) current = i;
    }
    field_tab_dir_ = 0;
  } else if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab)) && !io.KeyCtrl && !io.KeyAlt) {
    dir = io.KeyShift ? -1 : 1;
    // A button clicked last holds focus too, as in an HTML page.
    for (int i = 0; i < count; ++i) {
      if (!focus_order_[i].field && focus_order_[i].id == g.NavId) current = i;
    }
  }
  focus_seen_ = false;
  if (dir == 0) return {};

  int target = current + dir;
  if (current < 0) {
    // Nothing focused yet: forward starts at the page (past the top bar), backward at the end.
    target = dir > 0 ? 0 : count - 1;
    for (int i = 0; dir > 0 && i < count; ++i) {
      if (std::string_view(focus_order_[i].window->Name) == "##page") {
        target = i;
        break;
      }
    }
  }
  if (target < 0 || target >= count) {
    GImGui->NavDisableHighlight = true;
    return {dir > 0 ? FocusMove::Kind::kLeaveForward : FocusMove::Kind::kLeaveBackward, {}};
  }
  const Focusable& item = focus_order_[target];
  if (item.field) {
    GImGui->NavDisableHighlight = true;
    ImGui::ScrollToRect(item.window, ImRect(item.min, item.max), ImGuiScrollFlags_KeepVisibleEdgeY);
    return {FocusMove::Kind::kTextField, item.name};
  }
  focus(item);
  return {};
}

}  // namespace sammen::client
