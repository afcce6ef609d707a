// The main-loop shim: SDL2 window and WebGL2 context on the page's #canvas,
// Dear ImGui's SDL2 + OpenGL3 backends, and one App frame per browser frame
// (emscripten_set_main_loop_arg drives it from requestAnimationFrame).

#include <cstdio>

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
};

void frame(void* arg) {
  Shell& shell = *static_cast<Shell*>(arg);
  SDL_Event event;
  while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);

  // Moving the window to a screen of another density rasterises the fonts again.
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
}

}  // namespace

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
  sammen::client::apply_style();
  ImGui_ImplSDL2_InitForOpenGL(shell->window, shell->gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  shell->pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  shell->ui.set_fonts(sammen::client::load_fonts(shell->pixel_ratio));

  shell->app.start();
  emscripten_set_main_loop_arg(frame, shell, 0, true);
  return 0;
}
