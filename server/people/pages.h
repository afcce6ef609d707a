// The people feature's HTML pages: sign in, create an account, sign out,
// over the same use cases as the API (the same session cookie, the same
// slow-down of failed attempts, the same sentences). Every form carries the
// CsrfGuard's token and a POST from another origin is refused.
//
//   GET/POST /html/signin[?next=/html/...]   sign in, then back to `next`
//   GET/POST /html/signup                     create an account (a resident)
//   GET/POST /html/signout                    sign out (the form, then the act)
#pragma once

#include <memory>

#include "core/feature.h"
#include "people/use_cases.h"

namespace sammen::server::people {

void install_pages(Router& router, const Deps& deps);

}  // namespace sammen::server::people
