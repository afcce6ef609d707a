// The screens' words about the receipt, in English.
#include "sammen/credentials/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"receipt", "Your receipt"},
    {"keep_receipt",
     "Keep this receipt: copy it, save it or write it down. You need it to change your vote "
     "before voting closes. Your voter code has now been used and cannot be used again. Nobody "
     "else has the receipt, and it does not say who you are, so nobody can give you a new one "
     "if you lose it."},
    {"mark",
     "Your ballot is listed as {mark} when the result is published, so you can check that it "
     "was counted."},
    {"copy", "Copy the receipt"},
    {"save", "Save the receipt as a file"},
    {"receipt_file",
     "Receipt for your vote in {process}: {receipt}\nYour ballot in the published list: {mark}\n"},
    {"server_blinded",
     "This page works without scripts, so the server made your receipt for you. That means "
     "this server could have noted which ballot belongs to which voter code. The version with "
     "scripts makes the receipt in your own browser, so that not even the server can link your "
     "ballot to you."},
};

}  // namespace

std::span<const Message> credential_screen_messages_en() {
  return kMessages;
}

}  // namespace sammen
