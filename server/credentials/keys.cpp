#include "credentials/keys.h"

#include "sammen/credentials/bytes.h"

namespace sammen::server::credentials {

Result<std::string> process_seed(Stores& stores, const std::string& process_id) {
  std::array<unsigned char, 32> fresh{};
  stores.random(fresh);
  return stores.credentials.seed(process_id, sammen::credentials::to_hex(fresh));
}

Result<sammen::credentials::KeyPair> key_pair(const std::string& seed,
                                              const std::string& process_id,
                                              const std::string& district_id) {
  const std::optional<sammen::credentials::Bytes> seed_bytes = sammen::credentials::from_hex(seed);
  const std::string info = "sammen-ballot-key:" + process_id + ":" + district_id;
  const std::optional<sammen::credentials::KeyPair> pair =
      seed_bytes
          ? sammen::credentials::derive_key_pair(
                *seed_bytes, {reinterpret_cast<const unsigned char*>(info.data()), info.size()})
          : std::nullopt;
  if (!pair) return Problem{ErrorCode::kInternal, "credential key"};
  return *pair;
}

}  // namespace sammen::server::credentials
