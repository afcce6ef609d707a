#include "core/say.h"

namespace sammen::client {

std::string say(const Catalog& catalog, std::string_view key, Language language, MessageArgs args,
                std::string_view currency) {
  return render(catalog, key, args, {language, currency});
}

}  // namespace sammen::client
