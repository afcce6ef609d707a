// Credentials in English.
#include "sammen/credentials/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"credential.already_issued",
     "This voter code has already been used to vote. To change your vote, enter the receipt you "
     "got then instead of the code."},
    {"credential.malformed", "The credential in the request is not one the server can read."},
    {"credential.receipt_malformed",
     "This receipt is not written correctly. Check that all 48 characters are there."},
    {"credential.receipt_unknown", "This receipt does not belong to this vote."},
    {"credential.proof_failed",
     "The server's answer could not be checked, so your vote was not sent. Try again, and tell "
     "the municipality if it happens again."},
};

}  // namespace

std::span<const Message> credential_messages_en() {
  return kMessages;
}

}  // namespace sammen
