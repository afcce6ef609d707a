// sammen-server: the features it serves, in the order their tables are made.
// A new feature is its folder, its include and its line in the list below.
#include "audit/feature.h"
#include "ballots/feature.h"
#include "core/serve.h"
#include "credentials/feature.h"
#include "demo/feature.h"
#include "people/feature.h"
#include "photos/feature.h"
#include "processes/feature.h"
#include "proposals/feature.h"
#include "results/feature.h"
#include "rolls/feature.h"
#include "setup/feature.h"

int main(int argc, char** argv) {
  using namespace sammen::server;
  return serve(argc, argv,
               {
                   processes::feature(),
                   ballots::feature(),
                   credentials::feature(),
                   results::feature(),
                   people::feature(),
                   audit::feature(),
                   setup::feature(),
                   rolls::feature(),
                   proposals::feature(),
                   photos::feature(),
                   demo::feature(),
               });
}
