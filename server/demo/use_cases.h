// The demo use cases: seed an empty store, and show the demo's voter codes.
#pragma once

#include "ballots/store.h"
#include "core/transactions.h"
#include "demo/seed.h"
#include "demo/store.h"
#include "processes/store.h"

namespace sammen::server::demo {

// What the demo use cases read and write.
struct Stores {
  Store& demo;
  processes::Store& processes;
  ballots::Store& ballots;
  Transactions& transactions;
};

// Writes `seed` into a store that has no municipality yet, all of it or
// nothing; false when the store was not empty (nothing written).
Result<bool> plant(Stores& stores, const Seed& seed);

// The demo's voter codes; kNotFound outside a demo.
Result<DemoCodes> codes(Stores& stores);

}  // namespace sammen::server::demo
