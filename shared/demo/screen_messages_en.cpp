// The screens' words about the demo's voter codes, in English.
#include "sammen/demo/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"intro",
     "This is a demo with a made-up municipality. Vote with one of the demo codes: {codes}"},
    {"codes", "Demo codes: {codes}"},
};

}  // namespace

std::span<const Message> demo_screen_messages_en() {
  return kMessages;
}

}  // namespace sammen
