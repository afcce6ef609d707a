// Photos in English.
#include "sammen/photos/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"photo.too_large", "The photo is too large. It can be at most 8 MB."},
    {"photo.not_an_image",
     "This file is not a picture Sammen can read. Choose a JPEG or PNG picture."},
    {"photo.damaged",
     "The picture could not be read to the end; it may be damaged. Try another picture."},
    {"photo.too_many_pixels",
     "The picture has {subject} pixels, more than Sammen accepts (at most 40 megapixels and "
     "10,000 pixels on a side). Make it smaller and try again."},
    {"photo.unknown", "There is no photo \"{subject}\". Upload it again."},
    {"photo.too_many",
     "You have sent many photos in a short time. Try again in {amount, plural, one {# second} "
     "other {# seconds}}."},
    {"photo.busy",
     "The server is busy with other photos. Try again in {amount, plural, one {# second} other "
     "{# seconds}}."},
};

}  // namespace

std::span<const Message> photo_messages_en() {
  return kMessages;
}

}  // namespace sammen
