// The client's words about the demo in Norwegian Bokmål.
#include "demo/messages.h"

namespace sammen::client::demo {
namespace {

constexpr Message kMessages[] = {
    {"intro",
     "Dette er en demo med en oppdiktet kommune. Stem gjerne med en av demokodene: {codes}"},
    {"codes", "Demokoder: {codes}"},
};

}  // namespace

std::span<const Message> messages_nb() {
  return kMessages;
}

}  // namespace sammen::client::demo
