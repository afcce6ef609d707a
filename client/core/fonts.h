// Fonts: DejaVu Sans (regular and bold, from Debian's fonts-dejavu-core,
// preloaded into the wasm file system at /fonts/) with the glyphs Norwegian,
// Danish and English text needs (Latin-1, Latin Extended-A, typographic quotes,
// dashes, the no-break space). Rasterised at the page's device pixel ratio and
// scaled back, so text stays crisp on high-density screens.
#pragma once

#include "core/ui.h"

namespace sammen::client {

// Replaces ImGui's font atlas; the renderer's font texture must be rebuilt after.
Fonts load_fonts(float pixel_ratio);

}  // namespace sammen::client
