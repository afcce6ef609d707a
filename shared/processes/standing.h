// Standing: where a process stands for a resident, in one or two sentences.
//
// Its phase (phase_now: closing or publishing ends the voting phase) and
// whether a vote is possible: open, not yet, closed and being counted, or
// closed with the result published. The canvas client's start screen and
// the HTML pages say the same words from the same facts.
#pragma once

#include <string>

#include "sammen/core/language.h"
#include "sammen/processes/views.h"

namespace sammen {

// "Fase: Avstemning. Avstemningen er åpen." / "Fase: Resultater. Avstemningen
// er avsluttet, og resultatet er publisert."
std::string standing_sentence(const ProcessDetail& detail, Language language);

}  // namespace sammen
