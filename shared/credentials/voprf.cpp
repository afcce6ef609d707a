// RFC 9497 on libsodium. Section numbers below are RFC 9497's; hash_to_group
// and expand_message_xmd are RFC 9380's (hash_to_ristretto255, SHA-512).
#include "sammen/credentials/voprf.h"

#include <sodium.h>

#include <cstdint>
#include <string_view>

namespace sammen::credentials {
namespace {

using Buffer = std::vector<unsigned char>;

// "OPRFV1-" || I2OSP(modeVOPRF, 1) || "-" || "ristretto255-SHA512".
constexpr char kContextBytes[] = "OPRFV1-\x01-ristretto255-SHA512";
constexpr std::string_view kContext{kContextBytes, sizeof kContextBytes - 1};

Buffer tag(std::string_view prefix) {
  Buffer b(prefix.begin(), prefix.end());
  b.insert(b.end(), kContext.begin(), kContext.end());
  return b;
}

void append(Buffer& b, std::span<const unsigned char> bytes) {
  b.insert(b.end(), bytes.begin(), bytes.end());
}
void append(Buffer& b, std::string_view text) { b.insert(b.end(), text.begin(), text.end()); }
void append_u16(Buffer& b, std::size_t n) {
  b.push_back(static_cast<unsigned char>((n >> 8) & 0xff));
  b.push_back(static_cast<unsigned char>(n & 0xff));
}
// I2OSP(len(x), 2) || x
void append_prefixed(Buffer& b, std::span<const unsigned char> bytes) {
  append_u16(b, bytes.size());
  append(b, bytes);
}

std::array<unsigned char, 64> sha512(std::span<const unsigned char> bytes) {
  std::array<unsigned char, 64> out{};
  crypto_hash_sha512(out.data(), bytes.data(), bytes.size());
  return out;
}

// expand_message_xmd with SHA-512 (b = 64, r = 128 bytes), 64 bytes out.
std::array<unsigned char, 64> expand_message_xmd(std::span<const unsigned char> msg,
                                                 std::span<const unsigned char> dst) {
  Buffer dst_prime(dst.begin(), dst.end());
  dst_prime.push_back(static_cast<unsigned char>(dst.size()));
  Buffer msg_prime(128, 0);  // Z_pad
  append(msg_prime, msg);
  append_u16(msg_prime, 64);  // l_i_b_str
  msg_prime.push_back(0);
  append(msg_prime, dst_prime);
  const std::array<unsigned char, 64> b0 = sha512(msg_prime);
  Buffer b1_input(b0.begin(), b0.end());
  b1_input.push_back(1);
  append(b1_input, dst_prime);
  return sha512(b1_input);  // ell = 1: b_1 is the whole output
}

bool is_zero(std::span<const unsigned char> bytes) {
  return sodium_is_zero(bytes.data(), bytes.size()) == 1;
}

std::optional<Element> hash_to_group(std::span<const unsigned char> msg) {
  static const Buffer kDst = tag("HashToGroup-");
  const std::array<unsigned char, 64> uniform = expand_message_xmd(msg, kDst);
  Element e;
  crypto_core_ristretto255_from_hash(e.bytes.data(), uniform.data());
  if (is_zero(e.bytes)) return std::nullopt;
  return e;
}

// HashToScalar with the given DST (may be zero: callers that need non-zero check).
Scalar hash_to_scalar(std::span<const unsigned char> msg, std::span<const unsigned char> dst) {
  const std::array<unsigned char, 64> uniform = expand_message_xmd(msg, dst);
  Scalar s;
  crypto_core_ristretto255_scalar_reduce(s.bytes.data(), uniform.data());
  return s;
}
Scalar hash_to_scalar(std::span<const unsigned char> msg) {
  static const Buffer kDst = tag("HashToScalar-");
  return hash_to_scalar(msg, kDst);
}

std::optional<Element> mul(const Scalar& k, const Element& p) {
  Element out;
  if (crypto_scalarmult_ristretto255(out.bytes.data(), k.bytes.data(), p.bytes.data()) != 0) {
    return std::nullopt;
  }
  return out;
}
std::optional<Element> mul_base(const Scalar& k) {
  Element out;
  if (crypto_scalarmult_ristretto255_base(out.bytes.data(), k.bytes.data()) != 0) {
    return std::nullopt;
  }
  return out;
}
// a + b, or nothing when either is missing or the sum is the identity.
std::optional<Element> add(const std::optional<Element>& a, const std::optional<Element>& b) {
  if (!a || !b) return std::nullopt;
  Element out;
  if (crypto_core_ristretto255_add(out.bytes.data(), a->bytes.data(), b->bytes.data()) != 0 ||
      is_zero(out.bytes)) {
    return std::nullopt;
  }
  return out;
}

struct Composites {
  Element m;
  Element z;
};

// ComputeComposites (section 2.2.2), and with `secret` ComputeCompositesFast
// (section 2.2.1): Z = k * M.
std::optional<Composites> composites(const Element& b, std::span<const Element> c,
                                     std::span<const Element> d, const Scalar* secret) {
  if (c.empty() || c.size() != d.size()) return std::nullopt;
  Buffer seed_transcript;
  append_prefixed(seed_transcript, b.bytes);
  append_prefixed(seed_transcript, tag("Seed-"));
  const std::array<unsigned char, 64> seed = sha512(seed_transcript);
  std::optional<Element> m;
  std::optional<Element> z;
  for (std::size_t i = 0; i < c.size(); ++i) {
    Buffer transcript;
    append_prefixed(transcript, seed);
    append_u16(transcript, i);
    append_prefixed(transcript, c[i].bytes);
    append_prefixed(transcript, d[i].bytes);
    append(transcript, "Composite");
    const Scalar di = hash_to_scalar(transcript);
    const std::optional<Element> term_m = mul(di, c[i]);
    m = i == 0 ? term_m : add(term_m, m);
    if (!m) return std::nullopt;
    if (!secret) {
      const std::optional<Element> term_z = mul(di, d[i]);
      z = i == 0 ? term_z : add(term_z, z);
      if (!z) return std::nullopt;
    }
  }
  if (secret) z = mul(*secret, *m);
  if (!z) return std::nullopt;
  return Composites{*m, *z};
}

Scalar challenge(const Element& b, const Composites& mz, const Element& t2, const Element& t3) {
  Buffer transcript;
  append_prefixed(transcript, b.bytes);
  append_prefixed(transcript, mz.m.bytes);
  append_prefixed(transcript, mz.z.bytes);
  append_prefixed(transcript, t2.bytes);
  append_prefixed(transcript, t3.bytes);
  append(transcript, "Challenge");
  return hash_to_scalar(transcript);
}

Output finalize_hash(std::span<const unsigned char> input, const Element& unblinded) {
  Buffer hash_input;
  append_prefixed(hash_input, input);
  append_prefixed(hash_input, unblinded.bytes);
  append(hash_input, "Finalize");
  return sha512(hash_input);
}

bool canonical(std::span<const unsigned char> bytes) {
  std::array<unsigned char, 64> wide{};
  for (std::size_t i = 0; i < kScalarBytes; ++i) wide[i] = bytes[i];
  std::array<unsigned char, kScalarBytes> reduced{};
  crypto_core_ristretto255_scalar_reduce(reduced.data(), wide.data());
  return sodium_memcmp(reduced.data(), bytes.data(), kScalarBytes) == 0;
}

}  // namespace

std::optional<Scalar> scalar_from_random(std::span<const unsigned char, 64> random) {
  Scalar s;
  crypto_core_ristretto255_scalar_reduce(s.bytes.data(), random.data());
  if (is_zero(s.bytes)) return std::nullopt;
  return s;
}

std::optional<Scalar> scalar_from_bytes(std::span<const unsigned char> bytes) {
  if (bytes.size() != kScalarBytes || !canonical(bytes) || is_zero(bytes)) return std::nullopt;
  Scalar s;
  for (std::size_t i = 0; i < kScalarBytes; ++i) s.bytes[i] = bytes[i];
  return s;
}

std::optional<Element> element_from_bytes(std::span<const unsigned char> bytes) {
  if (bytes.size() != kElementBytes || is_zero(bytes) ||
      crypto_core_ristretto255_is_valid_point(bytes.data()) != 1) {
    return std::nullopt;
  }
  Element e;
  for (std::size_t i = 0; i < kElementBytes; ++i) e.bytes[i] = bytes[i];
  return e;
}

std::optional<Proof> proof_from_bytes(std::span<const unsigned char> bytes) {
  if (bytes.size() != 2 * kScalarBytes) return std::nullopt;
  const std::span<const unsigned char> c = bytes.first(kScalarBytes);
  const std::span<const unsigned char> s = bytes.last(kScalarBytes);
  // c and s may be zero in principle; they only have to be canonical.
  if (!canonical(c) || !canonical(s)) return std::nullopt;
  Proof p;
  for (std::size_t i = 0; i < kScalarBytes; ++i) {
    p.c.bytes[i] = c[i];
    p.s.bytes[i] = s[i];
  }
  return p;
}

std::array<unsigned char, 64> proof_bytes(const Proof& proof) {
  std::array<unsigned char, 64> out{};
  for (std::size_t i = 0; i < kScalarBytes; ++i) {
    out[i] = proof.c.bytes[i];
    out[kScalarBytes + i] = proof.s.bytes[i];
  }
  return out;
}

std::optional<KeyPair> derive_key_pair(std::span<const unsigned char> seed,
                                       std::span<const unsigned char> info) {
  static const Buffer kDst = tag("DeriveKeyPair");
  Buffer derive_input(seed.begin(), seed.end());
  append_prefixed(derive_input, info);
  for (int counter = 0; counter <= 255; ++counter) {
    Buffer attempt = derive_input;
    attempt.push_back(static_cast<unsigned char>(counter));
    const Scalar secret = hash_to_scalar(attempt, kDst);
    if (is_zero(secret.bytes)) continue;
    const std::optional<Element> public_key = mul_base(secret);
    if (!public_key) return std::nullopt;
    return KeyPair{secret, *public_key};
  }
  return std::nullopt;
}

std::optional<Element> blind(std::span<const unsigned char> input, const Scalar& blind) {
  const std::optional<Element> input_element = hash_to_group(input);
  if (!input_element) return std::nullopt;
  return mul(blind, *input_element);
}

std::optional<Evaluation> blind_evaluate(const KeyPair& key, std::span<const Element> blinded,
                                         const Scalar& r) {
  Evaluation evaluation;
  for (const Element& b : blinded) {
    const std::optional<Element> d = mul(key.secret, b);
    if (!d) return std::nullopt;
    evaluation.evaluated.push_back(*d);
  }
  // GenerateProof(skS, G, pkS, blinded, evaluated), section 2.2.1.
  const std::optional<Composites> mz =
      composites(key.public_key, blinded, evaluation.evaluated, &key.secret);
  if (!mz) return std::nullopt;
  const std::optional<Element> t2 = mul_base(r);
  const std::optional<Element> t3 = mul(r, mz->m);
  if (!t2 || !t3) return std::nullopt;
  evaluation.proof.c = challenge(key.public_key, *mz, *t2, *t3);
  Scalar ck;
  crypto_core_ristretto255_scalar_mul(ck.bytes.data(), evaluation.proof.c.bytes.data(),
                                      key.secret.bytes.data());
  crypto_core_ristretto255_scalar_sub(evaluation.proof.s.bytes.data(), r.bytes.data(),
                                      ck.bytes.data());
  return evaluation;
}

bool verify_proof(const Element& public_key, std::span<const Element> blinded,
                  std::span<const Element> evaluated, const Proof& proof) {
  const std::optional<Composites> mz = composites(public_key, blinded, evaluated, nullptr);
  if (!mz) return false;
  // t2 = s * G + c * pkS; t3 = s * M + c * Z. A zero s or c is not an
  // honest proof's (probability 2^-252), so mul() refusing it is fine.
  const std::optional<Element> t2 = add(mul_base(proof.s), mul(proof.c, public_key));
  const std::optional<Element> t3 = add(mul(proof.s, mz->m), mul(proof.c, mz->z));
  if (!t2 || !t3) return false;
  const Scalar expected = challenge(public_key, *mz, *t2, *t3);
  return crypto_verify_32(expected.bytes.data(), proof.c.bytes.data()) == 0;
}

std::optional<Output> unblinded_output(std::span<const unsigned char> input, const Scalar& blind,
                                       const Element& evaluated) {
  Scalar inverse;
  if (crypto_core_ristretto255_scalar_invert(inverse.bytes.data(), blind.bytes.data()) != 0) {
    return std::nullopt;
  }
  const std::optional<Element> n = mul(inverse, evaluated);
  if (!n) return std::nullopt;
  return finalize_hash(input, *n);
}

std::optional<Output> finalize(std::span<const unsigned char> input, const Scalar& blind,
                               const Element& evaluated, const Element& blinded,
                               const Element& public_key, const Proof& proof) {
  const Element b[] = {blinded};
  const Element d[] = {evaluated};
  if (!verify_proof(public_key, b, d, proof)) return std::nullopt;
  return unblinded_output(input, blind, evaluated);
}

std::optional<Output> evaluate(const Scalar& secret, std::span<const unsigned char> input) {
  const std::optional<Element> input_element = hash_to_group(input);
  if (!input_element) return std::nullopt;
  const std::optional<Element> evaluated = mul(secret, *input_element);
  if (!evaluated) return std::nullopt;
  return finalize_hash(input, *evaluated);
}

}  // namespace sammen::credentials
