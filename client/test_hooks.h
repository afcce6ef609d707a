// Test hooks: the object the client puts on `window.sammen` every frame, so a
// browser test can see the screen and state and click real widgets.
//
//   { ready, screen, language, focused (the widget with keyboard focus),
//     texts: [{text, breaks: [where a new line begins, in JavaScript string indices]}]
//            (this frame's paragraphs),
//     state: { process_id, district, ballot: [ids], total, budget, left, voting_open,
//              result_published, submitting, stored, replaced, stored_ballot: [ids],
//              last_error: {code, message} | null, result_loaded, funded: {district: [ids]},
//              demo_codes: [...] },
//     staff: { signed_in, email, must_change_password, roles, sign_in_error, municipality,
//              processes: [ids], process_id, sending, done, error: {code, message,
//              problems: [{code, subject, amount, message}]} | null, proposals, budgets,
//              voting_open, voting_closed, published, preview: {ballots, funded} | null,
//              roll: {file, importing, letters, lines, voters, census_districts, error},
//              people, audit_entries },
//     widgets: { name: {x, y, w, h, visible, enabled, label} },
//     dom_focus (the id of the page element with focus, added by the page) }
//
// Rectangles are CSS pixels of the canvas; the page adds the canvas offset.
#pragma once

#include <string>

#include "app_state.h"
#include "core/ui.h"

namespace sammen::client {

std::string test_hooks_json(const AppState& state, const Ui& ui);

}  // namespace sammen::client
