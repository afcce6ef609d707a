// What the resident may ask of results.
#pragma once

namespace sammen::client::results {

// Show the published result (fetched once, in the language of the moment).
struct OpenResult {};

}  // namespace sammen::client::results
