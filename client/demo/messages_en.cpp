// The client's words about the demo in English.
#include "demo/messages.h"

namespace sammen::client::demo {
namespace {

constexpr Message kMessages[] = {
    {"intro",
     "This is a demo with a made-up municipality. Vote with one of the demo codes: {codes}"},
    {"codes", "Demo codes: {codes}"},
};

}  // namespace

std::span<const Message> messages_en() {
  return kMessages;
}

}  // namespace sammen::client::demo
