// Intent: what the resident asked for in one frame, returned by a screen.
//
// Screens draw from AppState and return at most one Intent; App applies it.
// That keeps every change of state in one place (app.cpp) and the screens free
// of rules.
#pragma once

#include <string>
#include <utility>

#include "app_state.h"

namespace sammen::client {

struct Intent {
  enum class Kind {
    kNone,
    kSetLanguage,     // language
    kChooseProcess,   // id = process id
    kGoTo,            // screen
    kChooseDistrict,  // id = district id
    kAddProposal,     // id = proposal id
    kRemoveProposal,  // id = proposal id
    kSubmit,
    kRetryLoad,
    kOpenResult,
  };
  Kind kind = Kind::kNone;
  Screen screen = Screen::kStart;
  Language language = Language::kNorwegianBokmal;
  std::string id;

  explicit operator bool() const { return kind != Kind::kNone; }

  static Intent go_to(Screen screen) { return {Kind::kGoTo, screen, {}, {}}; }
  static Intent with_id(Kind kind, std::string id) { return {kind, {}, {}, std::move(id)}; }
  static Intent set_language(Language language) { return {Kind::kSetLanguage, {}, language, {}}; }
  static Intent of(Kind kind) { return {kind, {}, {}, {}}; }
};

}  // namespace sammen::client
