// VOPRF: the verifiable oblivious pseudorandom function of RFC 9497, mode
// VOPRF (0x01), ciphersuite ristretto255-SHA512, on libsodium's primitives.
//
// The client blinds a private input, the server evaluates the blinded
// element with its secret key and proves (DLEQ) that it used the key behind
// its public key, and the client finalizes: it checks the proof, unblinds,
// and gets the PRF output, which the server can recompute from the input
// alone (evaluate()) but could not link to the blinded element it saw.
//
// Pure: no randomness of its own. Every random scalar (the blind, the
// proof's nonce) and every key seed comes in from the caller as bytes
// (libsodium's randombytes on the server, crypto.getRandomValues in the
// browser). A function that cannot do its work (an input that hashes to the
// identity, a proof that does not verify, an element that is not a valid
// non-identity ristretto255 encoding) gives nothing.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace sammen::credentials {

inline constexpr std::size_t kScalarBytes = 32;
inline constexpr std::size_t kElementBytes = 32;
inline constexpr std::size_t kOutputBytes = 64;

// A scalar modulo the group order, little-endian, canonical, not zero.
struct Scalar {
  std::array<unsigned char, kScalarBytes> bytes{};
  friend bool operator==(const Scalar&, const Scalar&) = default;
};
// A ristretto255 group element, canonical encoding, not the identity.
struct Element {
  std::array<unsigned char, kElementBytes> bytes{};
  friend bool operator==(const Element&, const Element&) = default;
};
// The DLEQ proof (c, s).
struct Proof {
  Scalar c;
  Scalar s;
};
using Output = std::array<unsigned char, kOutputBytes>;

// The scalar of 64 uniformly random bytes (reduced: uniform in the group
// order); nothing in the 2^-252 case that it is zero.
std::optional<Scalar> scalar_from_random(std::span<const unsigned char, 64> random);
// A canonical non-zero scalar as serialized.
std::optional<Scalar> scalar_from_bytes(std::span<const unsigned char> bytes);
// A valid element that is not the identity.
std::optional<Element> element_from_bytes(std::span<const unsigned char> bytes);
// Proof as c || s (64 bytes); nothing unless both are canonical.
std::optional<Proof> proof_from_bytes(std::span<const unsigned char> bytes);
std::array<unsigned char, 64> proof_bytes(const Proof& proof);

struct KeyPair {
  Scalar secret;
  Element public_key;
};
// DeriveKeyPair(seed, info) of RFC 9497 section 3.2.1.
std::optional<KeyPair> derive_key_pair(std::span<const unsigned char> seed,
                                       std::span<const unsigned char> info);

// Blind(input, blind): the blinded element blind * HashToGroup(input).
std::optional<Element> blind(std::span<const unsigned char> input, const Scalar& blind);

struct Evaluation {
  std::vector<Element> evaluated;  // one per blinded element, in order
  Proof proof;                     // one proof for the whole batch
};
// BlindEvaluate(skS, pkS, blindedElements) with the proof's nonce `r`.
std::optional<Evaluation> blind_evaluate(const KeyPair& key, std::span<const Element> blinded,
                                         const Scalar& r);

// VerifyProof(G, pkS, blinded, evaluated, proof).
bool verify_proof(const Element& public_key, std::span<const Element> blinded,
                  std::span<const Element> evaluated, const Proof& proof);

// Finalize(input, blind, evaluated, blinded, pkS, proof) for one element:
// verifies the proof, then unblinds and hashes.
std::optional<Output> finalize(std::span<const unsigned char> input, const Scalar& blind,
                               const Element& evaluated, const Element& blinded,
                               const Element& public_key, const Proof& proof);
// The output of one element of a batch whose proof verify_proof() accepted.
std::optional<Output> unblinded_output(std::span<const unsigned char> input, const Scalar& blind,
                                       const Element& evaluated);

// Evaluate(skS, input): the server's own computation of the PRF output.
std::optional<Output> evaluate(const Scalar& secret, std::span<const unsigned char> input);

}  // namespace sammen::credentials
