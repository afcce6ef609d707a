// The screens' words about the demo's voter codes, in Danish.
#include "sammen/demo/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"intro",
     "Dette er en demo med en opdigtet kommune. Stem gerne med en af demokoderne: {codes}"},
    {"codes", "Demokoder: {codes}"},
};

}  // namespace

std::span<const Message> demo_screen_messages_da() {
  return kMessages;
}

}  // namespace sammen
