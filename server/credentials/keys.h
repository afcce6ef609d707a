// Keys: a process's VOPRF key pairs, derived from its seed.
//
// Key (process, district) = DeriveKeyPair(seed, "sammen-ballot-key:" +
// process id + ":" + district id) of RFC 9497; district "" is the key of
// voters whose roll entry names no district. The seed is made once per
// process from random bytes and kept in the database.
#pragma once

#include <string>

#include "credentials/use_cases.h"
#include "sammen/credentials/voprf.h"

namespace sammen::server::credentials {

// The process's seed (hex), made on first use.
Result<std::string> process_seed(Stores& stores, const std::string& process_id);

// The key pair of `district_id` ("" for any) in the process of `seed`.
Result<sammen::credentials::KeyPair> key_pair(const std::string& seed,
                                              const std::string& process_id,
                                              const std::string& district_id);

}  // namespace sammen::server::credentials
