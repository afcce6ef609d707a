// The screens' words about the demo's voter codes, in Norwegian Bokmål.
#include "sammen/demo/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"intro",
     "Dette er en demo med en oppdiktet kommune. Stem gjerne med en av demokodene: {codes}"},
    {"codes", "Demokoder: {codes}"},
};

}  // namespace

std::span<const Message> demo_screen_messages_nb() {
  return kMessages;
}

}  // namespace sammen
