// CredentialClient: what the browser does to get a one-time credential,
// done natively over loopback with the same model code: fetch the keys,
// blind a random token, send the code, verify the proof, unblind.
#pragma once

#include <httplib.h>
#include <sodium.h>

#include <array>
#include <optional>
#include <string>

#include "sammen/core/json.h"
#include "sammen/credentials/bytes.h"
#include "sammen/credentials/receipt.h"
#include "sammen/credentials/voprf.h"
#include "sammen/credentials/wire.h"

namespace sammen::testing {

struct IssuedCredential {
  int status = 0;       // of the POST .../credentials
  std::string body;     // its answer
  std::string receipt;  // empty unless the proof verified
  std::string mark;
};

// What a browser keeps while it asks for a credential: the random token,
// the blind and the blinded element it sends. Asking again with the same
// Blinding is asking again for the same credential (a lost answer).
struct Blinding {
  std::array<unsigned char, sammen::credentials::kTokenBytes> token{};
  sammen::credentials::Scalar blind;
  sammen::credentials::Element blinded;
};

inline Blinding random_blinding() {
  namespace vo = sammen::credentials;
  Blinding b;
  randombytes_buf(b.token.data(), b.token.size());
  std::array<unsigned char, 64> wide{};
  randombytes_buf(wide.data(), wide.size());
  b.blind = *vo::scalar_from_random(wide);
  b.blinded = *vo::blind(b.token, b.blind);
  return b;
}

// Asks for the credential of `blinding`; the receipt when the proof verifies.
inline IssuedCredential request_credential(httplib::Client& http, const std::string& process_path,
                                           const std::string& voter_code,
                                           const std::string& district, const Blinding& blinding) {
  namespace vo = sammen::credentials;
  IssuedCredential out;
  const httplib::Result keys_answer = http.Get(process_path + "/credentials/keys");
  if (!keys_answer || keys_answer->status != 200) return out;
  const Result<ProcessKeys> keys = decode_body<ProcessKeys>(keys_answer->body);
  if (!keys.ok()) return out;
  const CredentialRequest request{voter_code, district, vo::to_hex(blinding.blinded.bytes),
                                  std::nullopt};
  const httplib::Result answer =
      http.Post(process_path + "/credentials", Json(request).dump(), "application/json");
  if (!answer) return out;
  out.status = answer->status;
  out.body = answer->body;
  if (answer->status != 201) return out;
  const Result<CredentialIssued> issued = decode_body<CredentialIssued>(answer->body);
  if (!issued.ok()) return out;
  const std::optional<std::string> key =
      public_key_of(keys.value(), issued.value().key_district_id);
  if (!key) return out;
  const std::optional<vo::Element> key_element = vo::element_from_bytes(*vo::from_hex(*key));
  const std::optional<vo::Bytes> evaluated = vo::from_hex(issued.value().evaluated_element);
  const std::optional<vo::Bytes> proof = vo::from_hex(issued.value().proof);
  if (!key_element || !evaluated || !proof) return out;
  const std::optional<vo::Element> evaluated_element = vo::element_from_bytes(*evaluated);
  const std::optional<vo::Proof> proof_value = vo::proof_from_bytes(*proof);
  if (!evaluated_element || !proof_value) return out;
  const std::optional<vo::Output> output =
      vo::finalize(blinding.token, blinding.blind, *evaluated_element, blinding.blinded,
                   *key_element, *proof_value);
  if (!output) return out;
  const vo::Receipt receipt = vo::make_receipt(blinding.token, *output);
  out.receipt = vo::receipt_text(receipt);
  out.mark = vo::ballot_mark(receipt);
  return out;
}

// A credential for a fresh random token.
inline IssuedCredential blind_credential(httplib::Client& http, const std::string& process_path,
                                         const std::string& voter_code,
                                         const std::string& district) {
  return request_credential(http, process_path, voter_code, district, random_blinding());
}

}  // namespace sammen::testing
