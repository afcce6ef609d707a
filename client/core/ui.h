// Ui: the client's look, layout and named widgets on top of Dear ImGui.
//
// One centred column (at most kColumnWidth CSS pixels, full width on a phone)
// in three fixed windows: a top bar, the scrolling page, and an optional
// bottom bar. Every button is at least kTouchHeight high. Widgets with a name
// record their rectangle each frame, for the test hooks; text fields record
// where the page should lay its HTML input. Ui holds layout plumbing only
// (fonts, sizes measured last frame, this frame's rectangles), never app state.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace sammen::client {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* heading = nullptr;
};

// A named widget's rectangle in canvas CSS pixels; `visible` when all of it is
// on screen (not scrolled away or under a bar).
struct WidgetRect {
  float x = 0, y = 0, w = 0, h = 0;
  bool visible = false;
  bool enabled = true;
  std::string label;  // what the widget says, in the current language
};

struct TextFieldPlacement {
  std::string name;
  WidgetRect rect;
  std::string placeholder;
};

enum class ButtonStyle { kPrimary, kSecondary, kSelected, kDanger };
enum class Tone { kInfo, kSuccess, kWarning, kError };

class Ui {
 public:
  static constexpr float kColumnWidth = 760.0f;
  static constexpr float kTouchHeight = 48.0f;
  static constexpr float kTopBarHeight = 60.0f;
  static constexpr float kFill = -1.0f;  // button width: the whole column

  explicit Ui(Fonts fonts) : fonts_(fonts) {}

  const Fonts& fonts() const { return fonts_; }
  void set_fonts(Fonts fonts) { fonts_ = fonts; }

  // Clears last frame's widgets; call after ImGui::NewFrame().
  void begin_frame();

  void begin_top_bar();
  void end_top_bar();
  // The scrolling page, above a bottom bar when `with_bottom_bar`.
  void begin_page(bool with_bottom_bar);
  void end_page();
  void begin_bottom_bar();
  void end_bottom_bar();

  // The page starts at the top again next frame (a new screen).
  void scroll_to_top() { scroll_to_top_ = true; }

  // True when the page is narrow (a phone held upright).
  bool narrow() const { return narrow_; }
  // Width left on the current line, inside the current card if any.
  float available_width() const;

  bool button(std::string_view name, std::string_view label, ButtonStyle style = ButtonStyle::kPrimary,
              float width = kFill, bool enabled = true);
  // A whole-width card that acts as one button: a bold title and a muted line.
  bool card_button(std::string_view name, std::string_view title, std::string_view subtitle);

  void heading(std::string_view text);
  void subheading(std::string_view text);
  void paragraph(std::string_view text);
  void muted(std::string_view text);
  void colored(std::string_view text, ImU32 color);
  void notice(std::string_view text, Tone tone);
  void space(float height = 8.0f);

  // A framed card around whatever is drawn between begin and end.
  void begin_card();
  void end_card(bool highlighted = false);

  // A bar filled to `fraction` (0..1); a thin marker at `marker` when >= 0.
  void meter(float fraction, ImU32 fill, float height = 14.0f, float marker = -1.0f);

  // Reserves room for an HTML text field and records where it goes.
  void text_field(std::string_view name, std::string_view placeholder);

  const std::map<std::string, WidgetRect>& widgets() const { return widgets_; }
  const std::vector<TextFieldPlacement>& text_fields() const { return text_fields_; }

  static ImU32 tone_color(Tone tone);

 private:
  void record(std::string_view name, ImVec2 min, ImVec2 max, bool enabled = true, std::string_view label = {});
  void begin_window(const char* id, ImVec2 pos, ImVec2 size, ImU32 background, bool scroll);
  void end_window();
  void drag_to_scroll();

  Fonts fonts_;
  bool narrow_ = false;
  bool scroll_to_top_ = false;
  float margin_ = 16.0f;
  float bottom_bar_height_ = 140.0f;  // measured each frame, used the next
  ImVec2 bottom_bar_start_{};
  ImVec2 card_start_{};
  float card_width_ = 0.0f;
  bool in_card_ = false;
  std::map<std::string, WidgetRect> widgets_;
  std::vector<TextFieldPlacement> text_fields_;
};

// Applies the client's colours and sizes to ImGui's style.
void apply_style();

}  // namespace sammen::client
