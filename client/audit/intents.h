// What an administrator may ask of the audit log.
#pragma once

namespace sammen::client::audit {

// The next page of older entries.
struct LoadOlder {};

}  // namespace sammen::client::audit
