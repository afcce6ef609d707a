// Ui: the client's look, layout and named widgets on top of Dear ImGui.
//
// One centred column (at most kColumnWidth CSS pixels, full width on a phone)
// in three fixed windows: a top bar, the scrolling page, and an optional
// bottom bar. Every button is at least kTouchHeight high. Widgets with a name
// record their rectangle each frame, for the test hooks; text fields record
// where the page should lay its HTML input. Text wraps only at spaces
// (line_break.h), so amounts never break. The keyboard reaches every button
// and text field in drawing order (Tab, Shift+Tab; Enter or Space presses;
// arrows move within a window), with a clear focus ring. Long lists draw only
// what is in view (list()). Ui holds layout plumbing only (fonts, sizes
// measured in earlier frames, this frame's rectangles), never app state.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/platform.h"
#include "imgui.h"

struct ImGuiWindow;

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
  platform::FieldKind kind = platform::FieldKind::kCode;
};

// A paragraph drawn this frame and the byte offsets where its lines begin
// (after the first), for the test hooks.
struct DrawnText {
  std::string text;
  std::vector<std::size_t> breaks;
};

// Where keyboard focus goes outside the canvas after this frame.
struct FocusMove {
  enum class Kind { kNone, kLeaveForward, kLeaveBackward, kTextField };
  Kind kind = Kind::kNone;
  std::string field;  // kTextField: the field's name
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
  // Moves keyboard focus for Tab and Shift+Tab; call after the last window.
  // Says where focus leaves the canvas, if it does.
  FocusMove end_frame();

  void begin_top_bar();
  void end_top_bar();
  // The scrolling page, above a bottom bar when `with_bottom_bar`.
  void begin_page(bool with_bottom_bar);
  void end_page();
  void begin_bottom_bar();
  void end_bottom_bar();

  // The page starts at the top again next frame (a new screen).
  void scroll_to_top() { scroll_to_top_ = true; }
  // Scrolls the page so that what is drawn next is at its top, once for each
  // new `request` (a number that grows with each request; 0 asks nothing).
  void scroll_here(int request);
  // Records where the page is now as the widget `name` (one pixel high), so
  // the test hooks can say whether a part of the page is in view.
  void anchor(std::string_view name);

  // True when the page is narrow (a phone held upright).
  bool narrow() const { return narrow_; }
  // Width left on the current line, inside the current card if any.
  float available_width() const;

  // Buttons with the same `focus_key` (default: the name) are one place for
  // keyboard focus: focus stays when one replaces the other (Add, Remove).
  bool button(std::string_view name, std::string_view label, ButtonStyle style = ButtonStyle::kPrimary,
              float width = kFill, bool enabled = true, std::string_view focus_key = {});
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

  // Reserves room for an HTML text field and records where it goes; `width`
  // as for buttons (kFill: the rest of the line).
  void text_field(std::string_view name, std::string_view placeholder,
                  platform::FieldKind kind = platform::FieldKind::kCode, float width = kFill);
  // Tab (dir +1) or Shift+Tab (-1) was pressed in the HTML field `name`.
  void tab_from_field(std::string_view name, int dir);
  // Keyboard focus came into the canvas from the page: the page's first control gets it.
  void enter_from_page() { tab_from_field({}, 1); }

  // Items [0, count) of a list `id`, one under another, drawing only those in
  // view (and the one holding keyboard focus, with its neighbours). Each
  // item's height is remembered from when it was last drawn; until then it is
  // estimated from the others.
  void list(std::string_view id, int count, const std::function<void(int)>& draw);

  const std::map<std::string, WidgetRect>& widgets() const { return widgets_; }
  const std::vector<TextFieldPlacement>& text_fields() const { return text_fields_; }
  const std::vector<DrawnText>& texts() const { return texts_; }
  // The name of the widget with keyboard focus, or empty.
  const std::string& focused() const { return focused_; }

  static ImU32 tone_color(Tone tone);

 private:
  struct Focusable {
    std::string name;
    unsigned int id = 0;
    ImGuiWindow* window = nullptr;
    ImVec2 min, max;
    bool field = false;
  };
  struct ListMemory {
    std::vector<float> heights;  // 0: never drawn
    int focus = -1;              // the item holding keyboard focus last frame
  };

  void record(std::string_view name, ImVec2 min, ImVec2 max, bool enabled = true, std::string_view label = {});
  // Adds the last item to the Tab order; draws its focus ring when it has focus.
  void focusable(std::string_view name, ImVec2 min, ImVec2 max, float rounding);
  bool keyboard_focused() const;
  void focus(const Focusable& item);
  void begin_window(const char* id, ImVec2 pos, ImVec2 size, ImU32 background, bool scroll);
  void end_window();
  void drag_to_scroll();
  // Text wrapped at the current wrap position (the column's or the card's edge).
  void wrapped(ImFont* font, std::string_view text, ImU32 color);
  ImVec2 text_size(const ImFont* font, std::string_view text, float wrap_width);
  void draw_text(ImDrawList* list, const ImFont* font, ImVec2 pos, ImU32 color, std::string_view text,
                 float wrap_width);
  // `text` with a '\n' at each line break for `wrap_width`; records it for the hooks.
  std::string broken(const ImFont* font, std::string_view text, float wrap_width);

  Fonts fonts_;
  bool narrow_ = false;
  bool scroll_to_top_ = false;
  int scrolled_request_ = 0;
  float margin_ = 16.0f;
  float bottom_bar_height_ = 140.0f;  // measured each frame, used the next
  ImVec2 bottom_bar_start_{};
  ImVec2 card_start_{};
  float card_width_ = 0.0f;
  bool in_card_ = false;
  std::map<std::string, WidgetRect> widgets_;
  std::vector<TextFieldPlacement> text_fields_;
  std::vector<DrawnText> texts_;
  std::vector<Focusable> focus_order_;  // this frame's, in drawing order
  std::string focused_;
  bool focus_seen_ = false;  // the keyboard-focused item was drawn (for list())
  std::string field_tab_;    // a field Tab was pressed in, and which way
  int field_tab_dir_ = 0;
  std::map<std::string, ListMemory> lists_;
};

// Applies the client's colours and sizes to ImGui's style.
void apply_style();

}  // namespace sammen::client
