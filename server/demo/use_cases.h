// The demo use cases: seed an empty store, and show the demo's voter codes.
#pragma once

#include "ballots/store.h"
#include "core/passwords.h"
#include "core/transactions.h"
#include "demo/seed.h"
#include "demo/store.h"
#include "people/store.h"
#include "processes/store.h"

namespace sammen::server::demo {

// What the demo use cases read and write.
struct Stores {
  Store& demo;
  processes::Store& processes;
  ballots::Store& ballots;
  Transactions& transactions;
  people::Store& people;
  auth::Passwords& passwords;
};

// Writes `seed` into a store that has neither a municipality nor any
// account yet, all of it or nothing; false when the store was not empty
// (nothing written): a municipality set up from its first administrator
// never gets the demo.
Result<bool> plant(Stores& stores, const Seed& seed);

// The demo's voter codes; kNotFound outside a demo.
Result<DemoCodes> codes(Stores& stores);

}  // namespace sammen::server::demo
