// The main-loop shim: SDL2 window and WebGL2 context on the page's #canvas,
// Dear ImGui's SDL2 + OpenGL3 backends, and App frames driven by
// emscripten_set_main_loop_arg (requestAnimationFrame) only while something
// changes: input, a network answer, a resize. When two frames in a row draw
// the same picture and no key or button is held, the loop pauses and the page
// uses no CPU; the page's input events and fetch answers wake it
// (sammen_wake). A key pressed and released between two frames is released
// one frame later, so Dear ImGui (1.86 reads key state, not key events) sees
// the press.

#include <algorithm>
#include <cstdio>
#include <set>
#include <utility>
#include <vector>

#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include "app.h"
#include "core/fonts.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"
#include "core/ui.h"
#include "imgui_internal.h"

namespace {

using sammen::client::App;
using sammen::client::Ui;

// Everything the loop needs between frames, owned by main().
struct Shell {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  float pixel_ratio = 1.0f;
  App app;
  Ui ui{{}};
  bool paused = false;
  int owed = 10;                   // frames to draw whatever happens
  ImU32 picture = 0;               // hash of the last frame's draw data
  int still = 0;                   // frames in a row that drew the same picture
  std::vector<SDL_Event> deferred;  // key events for the next frame
};

Shell* the_shell = nullptr;  // for sammen_wake(), called from the page's JavaScript

// clang-format off
// Input anywhere on the page, a resize or a move in history wakes the loop.
EM_JS(void, sammen_js_wake_on_input, (), {
  const wake = () => { if (Module['_sammen_wake']) Module['_sammen_wake'](); };
  for (const type of ['keydown', 'keyup', 'mousedown', 'mouseup', 'mousemove', 'wheel', 'touchstart',
                      'touchmove', 'touchend', 'touchcancel', 'pointerdown', 'pointerup', 'focusin',
                      'focusout', 'input', 'resize', 'popstate', 'hashchange', 'visibilitychange']) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  }
  // A zoom or a move to a screen of another density.
  const watch = () => {
    matchMedia('(resolution: ' + devicePixelRatio + 'dppx)').addEventListener('change', () => { wake(); watch(); },
                                                                               { once: true });
  };
  watch();
});

EM_JS(void, sammen_js_count_frame, (), {
  window.sammenFrames = (window.sammenFrames || 0) + 1;
});
// clang-format on

// Hands this frame's SDL events to ImGui; a key released in the frame it was
// pressed in is kept for the next one (and every key event after it, in order).
void take_events(Shell& shell) {
  std::vector<SDL_Event> events = std::exchange(shell.deferred, {});
  for (SDL_Event event; SDL_PollEvent(&event);) events.push_back(event);
  std::set<SDL_Scancode> pressed;
  for (SDL_Event& event : events) {
    const bool key = event.type == SDL_KEYDOWN || event.type == SDL_KEYUP;
    if (key && (!shell.deferred.empty() ||
                (event.type == SDL_KEYUP && pressed.count(event.key.keysym.scancode) > 0))) {
      shell.deferred.push_back(event);
      continue;
    }
    if (event.type == SDL_KEYDOWN) pressed.insert(event.key.keysym.scancode);
    ImGui_ImplSDL2_ProcessEvent(&event);
  }
}

// A hash of what this frame drew: equal hashes, equal pictures.
ImU32 picture_of(const ImDrawData& data) {
  ImU32 hash = 0;
  for (int i = 0; i < data.CmdListsCount; ++i) {
    const ImDrawList& list = *data.CmdLists[i];
    hash = ImHashData(list.VtxBuffer.Data, list.VtxBuffer.Size * sizeof(ImDrawVert), hash);
    hash = ImHashData(list.IdxBuffer.Data, list.IdxBuffer.Size * sizeof(ImDrawIdx), hash);
    for (const ImDrawCmd& cmd : list.CmdBuffer) hash = ImHashData(&cmd.ClipRect, sizeof(cmd.ClipRect), hash);
  }
  return hash;
}

// Something is held down: Dear ImGui repeats keys and drags by time.
bool held(const ImGuiIO& io) {
  for (bool down : io.MouseDown) {
    if (down) return true;
  }
  for (bool down : io.KeysDown) {
    if (down) return true;
  }
  return false;
}

void frame(void* arg) {
  Shell& shell = *static_cast<Shell*>(arg);
  take_events(shell);

  // Moving the window to a screen of another density (or zooming) rasterises the fonts again.
  const float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (ratio != shell.pixel_ratio) {
    shell.pixel_ratio = ratio;
    shell.ui.set_fonts(sammen::client::load_fonts(ratio));
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  shell.app.frame(shell.ui);
  ImGui::Render();

  int width = 0, height = 0;
  SDL_GL_GetDrawableSize(shell.window, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(245 / 255.0f, 246 / 255.0f, 248 / 255.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(shell.window);
  sammen_js_count_frame();

  const ImU32 picture = picture_of(*ImGui::GetDrawData());
  shell.still = picture == shell.picture ? shell.still + 1 : 0;
  shell.picture = picture;
  if (shell.owed > 0) {
    --shell.owed;
  } else if (shell.still >= 2 && shell.deferred.empty() && !held(ImGui::GetIO())) {
    shell.paused = true;
    emscripten_pause_main_loop();
  }
}

}  // namespace

// Something happened on the page: draw until the picture is still again.
extern "C" EMSCRIPTEN_KEEPALIVE void sammen_wake() {
  if (the_shell == nullptr) return;
  the_shell->owed = std::max(the_shell->owed, 2);
  if (the_shell->paused) {
    the_shell->paused = false;
    emscripten_resume_main_loop();
  }
}

int main(int, char**) {
  // Keys go to the canvas only, so the HTML voter-code field gets Backspace and Tab.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "sammen-client: SDL_Init failed: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);

  auto* shell = new Shell;  // lives as long as the page
  shell->window = SDL_CreateWindow("Sammen", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
                                   SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  shell->gl = shell->window ? SDL_GL_CreateContext(shell->window) : nullptr;
  if (shell->gl == nullptr) {
    std::fprintf(stderr, "sammen-client: no WebGL2 context: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;  // nothing to remember between visits
  ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  sammen::client::apply_style();
  ImGui_ImplSDL2_InitForOpenGL(shell->window, shell->gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  shell->pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  shell->ui.set_fonts(sammen::client::load_fonts(shell->pixel_ratio));

  shell->app.start();
  the_shell = shell;
  sammen_js_wake_on_input();
  emscripten_set_main_loop_arg(frame, shell, 0, true);
  return 0;
}
