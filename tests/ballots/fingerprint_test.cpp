#include "sammen/ballots/fingerprint.h"

#include <gtest/gtest.h>

#include "sammen/core/sha256.h"

namespace sammen {
namespace {

TEST(Sha256, MatchesTheFipsTestVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, HandlesMessagesAroundTheBlockBoundary) {
  // 55, 56 and 64 bytes: the padding needs one block, two blocks, two blocks.
  EXPECT_EQ(sha256_hex(std::string(55, 'a')),
            "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  EXPECT_EQ(sha256_hex(std::string(56, 'a')),
            "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  EXPECT_EQ(sha256_hex(std::string(64, 'a')),
            "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST(BallotsFingerprint, DoesNotDependOnBallotOrProposalOrder) {
  const std::vector<Ballot> a = {{"p", "sentrum", {"park", "benker"}},
                                 {"p", "ostbyen", {"sykkel"}}};
  const std::vector<Ballot> b = {{"p", "ostbyen", {"sykkel"}},
                                 {"p", "sentrum", {"benker", "park"}}};
  EXPECT_EQ(ballots_fingerprint(a), ballots_fingerprint(b));
}

TEST(BallotsFingerprint, ChangesWhenAVoteChanges) {
  const std::vector<Ballot> a = {{"p", "sentrum", {"park", "benker"}}};
  const std::vector<Ballot> b = {{"p", "sentrum", {"park"}}};
  EXPECT_NE(ballots_fingerprint(a), ballots_fingerprint(b));
}

TEST(BallotsFingerprint, CanonicalFormIsOneSortedLinePerBallot) {
  const std::vector<Ballot> ballots = {{"p", "sentrum", {"park", "benker"}},
                                       {"p", "ostbyen", {"sykkel"}}};
  EXPECT_EQ(canonical_ballots(ballots), "ostbyen:sykkel\nsentrum:benker,park\n");
}

}  // namespace
}  // namespace sammen
