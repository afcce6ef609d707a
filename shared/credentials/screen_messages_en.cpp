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
    {"server_blinds",
     "Scripts are off or not working on this page, so the server will make your receipt for you "
     "when you cast your vote. At that moment this server could note which ballot belongs to "
     "which voter code. With scripts on, your browser makes the receipt itself, so that not even "
     "the server can link your ballot to you."},
    {"browser_blinds",
     "Your browser makes your receipt itself, so your ballot is secret, even from the server: "
     "nothing the server keeps links your ballot to your voter code."},
    {"browser_blinded",
     "Your browser made your receipt itself, so your ballot is secret, even from the server: "
     "nothing the server keeps links your ballot to your voter code."},
};

}  // namespace

std::span<const Message> credential_screen_messages_en() {
  return kMessages;
}

}  // namespace sammen
