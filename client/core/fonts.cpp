#include "core/fonts.h"

#include <algorithm>

namespace sammen::client {
namespace {

constexpr float kBodySize = 17.0f;
constexpr float kHeadingSize = 23.0f;

// Basic Latin, Latin-1 (æ ø å, « », no-break space), Latin Extended-A, dashes,
// quotes, bullet, ellipsis, single guillemets, arrows, check mark; zero ends it.
// client/CMakeLists.txt subsets the font files to the same list.
constexpr ImWchar kGlyphs[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2013, 0x2014, 0x2018, 0x201E,
                               0x2022, 0x2022, 0x2026, 0x2026, 0x2039, 0x203A, 0x2190, 0x2193,
                               0x2713, 0x2713, 0};

ImFont* add(const char* path, float size, float pixel_ratio) {
  ImFontConfig config;
  config.OversampleH = pixel_ratio >= 2.0f ? 1 : 2;
  config.OversampleV = 1;
  ImFont* font = ImGui::GetIO().Fonts->AddFontFromFileTTF(path, size * pixel_ratio, &config, kGlyphs);
  IM_ASSERT(font != nullptr && "Font missing from the wasm file system: is it in client/CMakeLists.txt --preload-file?");
  return font != nullptr ? font : ImGui::GetIO().Fonts->AddFontDefault();
}

}  // namespace

Fonts load_fonts(float pixel_ratio) {
  const float ratio = std::clamp(pixel_ratio, 1.0f, 3.0f);
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  Fonts fonts;
  fonts.body = add("/fonts/DejaVuSans.ttf", kBodySize, ratio);
  fonts.bold = add("/fonts/DejaVuSans-Bold.ttf", kBodySize, ratio);
  fonts.heading = add("/fonts/DejaVuSans-Bold.ttf", kHeadingSize, ratio);
  io.FontDefault = fonts.body;
  io.FontGlobalScale = 1.0f / ratio;
  io.Fonts->Build();
  return fonts;
}

}  // namespace sammen::client
