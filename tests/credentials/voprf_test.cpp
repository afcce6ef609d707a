// The VOPRF against RFC 9497, Appendix A.1.2: ristretto255-SHA512, VOPRF
// mode, test vectors 1 and 2 (batch size 1) and 3 (batch size 2).
//
// Taken from the RFC's source, github.com/cfrg/draft-irtf-cfrg-voprf,
// draft-irtf-cfrg-voprf.md (draft-21, the text published as RFC 9497),
// section "ristretto255-SHA512", "VOPRF Mode". The same tests run natively
// and as WebAssembly under node (credentials.wasm_voprf_as_rfc_9497).
#include <gtest/gtest.h>

#include <string>

#include "sammen/credentials/bytes.h"
#include "sammen/credentials/voprf.h"

namespace sammen::credentials {
namespace {

constexpr const char* kSeed = "a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3";
constexpr const char* kKeyInfo = "74657374206b6579";  // "test key"
constexpr const char* kSkSm = "e6f73f344b79b379f1a0dd37e07ff62e38d9f71345ce62ae3a9bc60b04ccd909";
constexpr const char* kPkSm = "c803e2cc6b05fc15064549b5920659ca4a77b2cca6f04f6b357009335476ad4e";

struct Vector {
  const char* input;
  const char* blind;
  const char* blinded_element;
  const char* evaluation_element;
  const char* proof;
  const char* proof_random_scalar;
  const char* output;
};

// Test vectors 1 and 2, batch size 1.
constexpr Vector kVectors[] = {
    {"00", "64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706",
     "863f330cc1a1259ed5a5998a23acfd37fb4351a793a5b3c090b642ddc439b945",
     "aa8fa048764d5623868679402ff6108d2521884fa138cd7f9c7669a9a014267e",
     "ddef93772692e535d1a53903db24367355cc2cc78de93b3be5a8ffcc6985dd06"
     "6d4346421d17bf5117a2a1ff0fcb2a759f58a539dfbe857a40bce4cf49ec600d",
     "222a5e897cf59db8145db8d16e597e8facb80ae7d4e26d9881aa6f61d645fc0e",
     "b58cfbe118e0cb94d79b5fd6a6dafb98764dff49c14e1770b566e42402da1a7d"
     "a4d8527693914139caee5bd03903af43a491351d23b430948dd50cde10d32b3c"},
    {"5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a",
     "64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706",
     "cc0b2a350101881d8a4cba4c80241d74fb7dcbfde4a61fde2f91443c2bf9ef0c",
     "60a59a57208d48aca71e9e850d22674b611f752bed48b36f7a91b372bd7ad468",
     "401a0da6264f8cf45bb2f5264bc31e109155600babb3cd4e5af7d181a2c9dc0a"
     "67154fabf031fd936051dec80b0b6ae29c9503493dde7393b722eafdf5a50b02",
     "222a5e897cf59db8145db8d16e597e8facb80ae7d4e26d9881aa6f61d645fc0e",
     "8a9a2f3c7f085b65933594309041fc1898d42d0858e59f90814ae90571a6df60"
     "356f4610bf816f27afdd84f47719e480906d27ecd994985890e5f539e7ea74b6"},
};

// Test vector 3, batch size 2: the two inputs above with their own blinds.
constexpr const char* kBatchBlinds[] = {
    "64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706",
    "222a5e897cf59db8145db8d16e597e8facb80ae7d4e26d9881aa6f61d645fc0e"};
constexpr const char* kBatchBlinded[] = {
    "863f330cc1a1259ed5a5998a23acfd37fb4351a793a5b3c090b642ddc439b945",
    "90a0145ea9da29254c3a56be4fe185465ebb3bf2a1801f7124bbbadac751e654"};
constexpr const char* kBatchEvaluated[] = {
    "aa8fa048764d5623868679402ff6108d2521884fa138cd7f9c7669a9a014267e",
    "cc5ac221950a49ceaa73c8db41b82c20372a4c8d63e5dded2db920b7eee36a2a"};
constexpr const char* kBatchProof =
    "cc203910175d786927eeb44ea847328047892ddf8590e723c37205cb74600b0a"
    "5ab5337c8eb4ceae0494c2cf89529dcf94572ed267473d567aeed6ab873dee08";
constexpr const char* kBatchProofRandomScalar =
    "419c4f4f5052c53c45f3da494d2b67b220d02118e0857cdbcf037f9ea84bbe0c";

Bytes hex(const char* text) { return *from_hex(text); }
Scalar scalar(const char* text) { return *scalar_from_bytes(hex(text)); }
Element element(const char* text) { return *element_from_bytes(hex(text)); }
Proof proof(const char* text) { return *proof_from_bytes(hex(text)); }

KeyPair key() {
  const std::optional<KeyPair> k = derive_key_pair(hex(kSeed), hex(kKeyInfo));
  EXPECT_TRUE(k.has_value());
  return *k;
}

TEST(Voprf, DeriveKeyPairGivesTheRfcKeys) {
  const KeyPair k = key();
  EXPECT_EQ(to_hex(k.secret.bytes), kSkSm);
  EXPECT_EQ(to_hex(k.public_key.bytes), kPkSm);
}

TEST(Voprf, BlindGivesTheRfcBlindedElements) {
  for (const Vector& v : kVectors) {
    const std::optional<Element> b = blind(hex(v.input), scalar(v.blind));
    ASSERT_TRUE(b.has_value()) << v.input;
    EXPECT_EQ(to_hex(b->bytes), v.blinded_element) << v.input;
  }
}

TEST(Voprf, BlindEvaluateGivesTheRfcElementsAndProofs) {
  for (const Vector& v : kVectors) {
    const Element blinded[] = {element(v.blinded_element)};
    const std::optional<Evaluation> e = blind_evaluate(key(), blinded, scalar(v.proof_random_scalar));
    ASSERT_TRUE(e.has_value()) << v.input;
    ASSERT_EQ(e->evaluated.size(), 1u);
    EXPECT_EQ(to_hex(e->evaluated[0].bytes), v.evaluation_element) << v.input;
    EXPECT_EQ(to_hex(proof_bytes(e->proof)), v.proof) << v.input;
  }
}

TEST(Voprf, FinalizeVerifiesTheProofAndGivesTheRfcOutputs) {
  for (const Vector& v : kVectors) {
    const std::optional<Output> out =
        finalize(hex(v.input), scalar(v.blind), element(v.evaluation_element),
                 element(v.blinded_element), element(kPkSm), proof(v.proof));
    ASSERT_TRUE(out.has_value()) << v.input;
    EXPECT_EQ(to_hex(*out), v.output) << v.input;
  }
}

TEST(Voprf, EvaluateGivesTheServerTheSameOutputFromTheInputAlone) {
  for (const Vector& v : kVectors) {
    const std::optional<Output> out = evaluate(key().secret, hex(v.input));
    ASSERT_TRUE(out.has_value());
    EXPECT_EQ(to_hex(*out), v.output) << v.input;
  }
}

TEST(Voprf, ABatchOfTwoHasTheRfcProofAndOutputs) {
  std::vector<Element> blinded;
  for (int i = 0; i < 2; ++i) {
    const std::optional<Element> b = blind(hex(kVectors[i].input), scalar(kBatchBlinds[i]));
    ASSERT_TRUE(b.has_value());
    EXPECT_EQ(to_hex(b->bytes), kBatchBlinded[i]);
    blinded.push_back(*b);
  }
  const std::optional<Evaluation> e = blind_evaluate(key(), blinded, scalar(kBatchProofRandomScalar));
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(to_hex(proof_bytes(e->proof)), kBatchProof);
  ASSERT_TRUE(verify_proof(element(kPkSm), blinded, e->evaluated, proof(kBatchProof)));
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(to_hex(e->evaluated[i].bytes), kBatchEvaluated[i]);
    const std::optional<Output> out =
        unblinded_output(hex(kVectors[i].input), scalar(kBatchBlinds[i]), e->evaluated[i]);
    ASSERT_TRUE(out.has_value());
    EXPECT_EQ(to_hex(*out), kVectors[i].output);
  }
}

TEST(Voprf, FinalizeRefusesAProofForAnotherKey) {
  const Vector& v = kVectors[0];
  const KeyPair other = *derive_key_pair(hex(kSeed), Bytes{'o', 't', 'h', 'e', 'r'});
  EXPECT_FALSE(finalize(hex(v.input), scalar(v.blind), element(v.evaluation_element),
                        element(v.blinded_element), other.public_key, proof(v.proof)));
}

TEST(Voprf, FinalizeRefusesAnEvaluationMadeWithAnotherKeyThanTheProofSays) {
  // A server that tags one resident with a key of their own cannot prove it.
  const Vector& v = kVectors[0];
  const KeyPair other = *derive_key_pair(hex(kSeed), Bytes{'o', 't', 'h', 'e', 'r'});
  const Element blinded[] = {element(v.blinded_element)};
  const Evaluation tagged = *blind_evaluate(other, blinded, scalar(v.proof_random_scalar));
  EXPECT_FALSE(finalize(hex(v.input), scalar(v.blind), tagged.evaluated[0],
                        element(v.blinded_element), element(kPkSm), tagged.proof));
}

TEST(Voprf, ElementsMustBeValidAndNotTheIdentity) {
  EXPECT_FALSE(element_from_bytes(Bytes(32, 0)));                   // the identity
  EXPECT_FALSE(element_from_bytes(Bytes(32, 0xff)));                // not an encoding
  EXPECT_FALSE(element_from_bytes(hex("863f330cc1a1259ed5a5")));    // too short
  EXPECT_TRUE(element_from_bytes(hex(kPkSm)));
}

TEST(Voprf, ScalarsMustBeCanonicalAndNotZero) {
  EXPECT_FALSE(scalar_from_bytes(Bytes(32, 0)));
  EXPECT_FALSE(scalar_from_bytes(Bytes(32, 0xff)));  // above the group order
  EXPECT_TRUE(scalar_from_bytes(hex(kSkSm)));
  std::array<unsigned char, 64> random{};
  random[0] = 7;
  EXPECT_EQ(scalar_from_random(random)->bytes[0], 7);
  EXPECT_FALSE(scalar_from_random(std::array<unsigned char, 64>{}));
}

}  // namespace
}  // namespace sammen::credentials
