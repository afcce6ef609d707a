// Store: each process's key seed and the record of issued credentials.
//
// The record says, per voter code hash, whether its credential was issued
// and for which blinded element; never anything of the credential itself
// or of a ballot. Every method is safe to call from many threads at once; a
// method that changes data either commits all of it durably or changes
// nothing, and reports failure as kStorageFailed.
#pragma once

#include <string>

#include "sammen/core/result.h"

namespace sammen::server::credentials {

enum class Issuance {
  kFirst,    // recorded now
  kAgain,    // recorded before for the same blinded element: the same answer again
  kRefused,  // recorded before for another blinded element
};

class Store {
 public:
  virtual ~Store() = default;

  // The process's seed (hex): the stored one, or `fresh` stored now.
  virtual Result<std::string> seed(const std::string& process_id, const std::string& fresh) = 0;
  // Records that the code's credential is issued for `blinded` (hex of 32
  // bytes); a code may have one.
  virtual Result<Issuance> record_issuance(const std::string& process_id,
                                           const std::string& code_hash,
                                           const std::string& blinded) = 0;
  virtual Result<bool> issued(const std::string& process_id, const std::string& code_hash) = 0;
  // Writes every change into the database file and empties its write-ahead
  // log, so the log keeps no order of earlier writes.
  virtual Status scrub() = 0;
};

}  // namespace sammen::server::credentials
