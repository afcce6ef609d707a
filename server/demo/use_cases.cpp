#include "demo/use_cases.h"

namespace sammen::server::demo {

Result<bool> plant(Stores& stores, const Seed& seed) {
  const Result<std::optional<Municipality>> existing = stores.processes.municipality();
  if (!existing.ok()) return existing.problems();
  if (existing.value()) return false;
  const Result<std::int64_t> people = stores.people.count();
  if (!people.ok()) return people.problems();
  if (people.value() > 0) return false;
  const Result<std::string> hash = stores.passwords.hash(seed.admin.password);
  if (!hash.ok()) return hash.problems();
  const Person admin{0, "Demo administrator", seed.admin.email, std::nullopt, "",
                     {Role::kAdministrator}, 0, false};
  const Status planted = stores.transactions.all_or_nothing([&] {
    Status s = stores.processes.add_municipality(seed.municipality);
    if (s.ok()) {
      const Result<std::optional<PersonId>> added = stores.people.add(admin, hash.value());
      if (!added.ok()) s = Status(added.problems());
    }
    if (s.ok()) s = stores.demo.add_account(seed.admin);
    if (s.ok()) s = stores.processes.add(seed.process);
    if (s.ok()) s = stores.ballots.add_voters(seed.process.id, seed.voter_hashes);
    if (s.ok()) s = stores.demo.add(seed.codes);
    return s;
  });
  if (!planted.ok()) return planted.problems();
  return true;
}

Result<DemoCodes> codes(Stores& stores) {
  Result<std::optional<DemoCodes>> codes = stores.demo.codes();
  if (!codes.ok()) return codes.problems();
  if (!codes.value()) return Problem{ErrorCode::kNotFound, "demo"};
  return std::move(*codes.value());
}

}  // namespace sammen::server::demo
