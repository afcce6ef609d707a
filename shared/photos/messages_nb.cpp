// Photos in Norwegian Bokmål.
#include "sammen/photos/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"photo.too_large", "Bildet er for stort. Det kan være på høyst 8 MB."},
    {"photo.not_an_image",
     "Filen er ikke et bilde Sammen kan lese. Velg et bilde i JPEG- eller PNG-format."},
    {"photo.damaged", "Bildet kunne ikke leses helt; det kan være skadet. Prøv et annet bilde."},
    {"photo.too_many_pixels",
     "Bildet har {subject} piksler, flere enn Sammen tar imot (høyst 40 megapiksler og 10 000 "
     "piksler på hver side). Gjør det mindre og prøv igjen."},
    {"photo.unknown", "Fant ikke bildet «{subject}». Last det opp på nytt."},
    {"photo.too_many",
     "Du har sendt mange bilder på kort tid. Prøv igjen om {amount, plural, one {# sekund} other "
     "{# sekunder}}."},
    {"photo.busy",
     "Serveren er opptatt med andre bilder. Prøv igjen om {amount, plural, one {# sekund} other "
     "{# sekunder}}."},
};

}  // namespace

std::span<const Message> photo_messages_nb() {
  return kMessages;
}

}  // namespace sammen
