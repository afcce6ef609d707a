// Ui's long lists: only the items in view are drawn (a district may have a
// thousand proposals). Items differ in height, so each one's height is kept
// from the last frame it was drawn; items never drawn count as the average of
// those that were. The item holding keyboard focus and its neighbours are
// drawn wherever they are, so Tab and the arrows can always move on.
#include <algorithm>

#include "core/ui.h"
#include "imgui_internal.h"

namespace sammen::client {

void Ui::list(std::string_view id, int count, const std::function<void(int)>& draw) {
  if (count <= 0) return;
  ListMemory& memory = lists_[std::string(id)];
  memory.heights.resize(static_cast<std::size_t>(count), 0.0f);

  float known = 0.0f;
  int measured = 0;
  for (float h : memory.heights) {
    if (h > 0.0f) known += h, ++measured;
  }
  const float estimate = measured > 0 ? known / static_cast<float>(measured) : 160.0f;
  std::vector<float> top(static_cast<std::size_t>(count) + 1, 0.0f);  // relative to the list's top
  for (int i = 0; i < count; ++i) {
    const float h = memory.heights[i];
    top[i + 1] = top[i] + (h > 0.0f ? h : estimate);
  }

  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float start = ImGui::GetCursorPosY();  // window-local, scrolled coordinates
  const float margin = 200.0f;
  const float view_top = window->Scroll.y - start - margin;
  const float view_bottom = window->Scroll.y + window->InnerRect.GetHeight() - start + margin;
  const int first =
      static_cast<int>(std::upper_bound(top.begin(), top.end(), view_top) - top.begin()) - 1;
  const int last =
      static_cast<int>(std::lower_bound(top.begin(), top.end(), view_bottom) - top.begin());

  std::vector<int> shown;
  for (int i = std::max(0, first); i < std::min(count, last); ++i) shown.push_back(i);
  for (int i = memory.focus - 1; memory.focus >= 0 && i <= memory.focus + 1; ++i) {
    if (i >= 0 && i < count) shown.push_back(i);
  }
  std::sort(shown.begin(), shown.end());
  shown.erase(std::unique(shown.begin(), shown.end()), shown.end());

  memory.focus = -1;
  int previous = -2;
  for (int i : shown) {
    // An item right after the one drawn before follows it where it really
    // ended, so what is in view never moves when estimates become heights.
    if (i != previous + 1) ImGui::SetCursorPosY(start + top[i]);
    const float y = ImGui::GetCursorPosY();
    focus_seen_ = false;
    draw(i);
    memory.heights[i] = std::max(1.0f, ImGui::GetCursorPosY() - y);
    if (focus_seen_) memory.focus = i;
    previous = i;
  }
  // The whole list's height, so the scroll bar and what follows are right.
  float total = 0.0f;
  for (int i = 0; i < count; ++i) total += memory.heights[i] > 0.0f ? memory.heights[i] : estimate;
  ImGui::SetCursorPosY(std::max(start + total, ImGui::GetCursorPosY()));
  ImGui::Dummy(ImVec2(0.0f, 0.0f));
}

}  // namespace sammen::client
