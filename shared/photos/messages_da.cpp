// Photos in Danish.
#include "sammen/photos/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"photo.too_large", "Billedet er for stort. Det må højst fylde 8 MB."},
    {"photo.not_an_image",
     "Filen er ikke et billede, Sammen kan læse. Vælg et billede i JPEG- eller PNG-format."},
    {"photo.damaged",
     "Billedet kunne ikke læses helt; det er måske beskadiget. Prøv et andet billede."},
    {"photo.too_many_pixels",
     "Billedet har {subject} pixels, flere end Sammen tager imod (højst 40 megapixels og 10.000 "
     "pixels på hver led). Gør det mindre, og prøv igen."},
    {"photo.unknown", "Billedet »{subject}« findes ikke. Upload det igen."},
    {"photo.too_many",
     "Du har sendt mange billeder på kort tid. Prøv igen om {amount, plural, one {# sekund} other "
     "{# sekunder}}."},
    {"photo.busy",
     "Serveren er optaget af andre billeder. Prøv igen om {amount, plural, one {# sekund} other "
     "{# sekunder}}."},
};

}  // namespace

std::span<const Message> photo_messages_da() {
  return kMessages;
}

}  // namespace sammen
