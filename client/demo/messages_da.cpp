// The client's words about the demo in Danish.
#include "demo/messages.h"

namespace sammen::client::demo {
namespace {

constexpr Message kMessages[] = {
    {"intro",
     "Dette er en demo med en opdigtet kommune. Stem gerne med en af demokoderne: {codes}"},
    {"codes", "Demokoder: {codes}"},
};

}  // namespace

std::span<const Message> messages_da() {
  return kMessages;
}

}  // namespace sammen::client::demo
