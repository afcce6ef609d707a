// SQLite schema migrations, oldest first.
//
// Migration i (0-based) brings a file from user_version i to i + 1. Shipped
// migrations never change; a new schema change is a new entry at the end.
#pragma once

#include <span>

namespace sammen::server {

std::span<const char* const> sqlite_migrations();

}  // namespace sammen::server
