// SqliteStore: the ballots Store on the Database, in the tables of schema.cpp.
#pragma once

#include "ballots/store.h"
#include "core/database.h"

namespace sammen::server::ballots {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(Database& db) : db_(db) {}

  Result<bool> on_roll(const std::string& process_id, const std::string& voter_hash) override;
  Status add_voters(const std::string& process_id,
                    const std::vector<std::string>& voter_hashes) override;
  Result<std::optional<Voter>> voter(const std::string& process_id,
                                     const std::string& voter_hash) override;
  Status replace_roll(const std::string& process_id, const std::vector<Voter>& voters) override;
  Status mark_used_on_paper(const std::string& process_id, const std::string& voter_hash,
                            UnixSeconds at) override;
  Result<RollCounts> roll_counts(const std::string& process_id) override;
  Result<bool> put(const std::string& mark, const Ballot& ballot) override;
  Result<std::vector<BallotReceipt>> put_all(const std::vector<NewBallot>& ballots) override;
  Result<std::optional<StoredBallot>> of_mark(const std::string& process_id,
                                              const std::string& mark) override;
  Result<std::vector<StoredBallot>> all(const std::string& process_id) override;

 private:
  Database& db_;
};

}  // namespace sammen::server::ballots
