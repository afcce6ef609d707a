// The counting engine's way in to Money, which lives in sammen/core/money.h.
// A relative include, so the engine still builds on its own include path
// (bench/standalone, scripts/fuzz.sh). Goes when the engine moves into
// shared/counting/.
#pragma once

#include "../../core/money.h"
