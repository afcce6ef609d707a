// Money: an amount as a whole number of minor units (øre, cents).
//
// Always an integer; never a float. Budgets, costs and totals in the model are
// Money. Formatting for people lives in format_money(), in the reader's
// language and the municipality's currency.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sammen {

// language.h defines it; declared here so that this header stands alone (the
// counting engine uses Money without the rest of the model).
enum class Language;

using Money = std::int64_t;

// Whole currency units to minor units (NOK 1 = 100 øre).
constexpr Money kroner(std::int64_t whole) {
  return whole * 100;
}

// "1 250 000 kr" (nb), "1.250.000 kr." (da), "NOK 1,250,000" (en); minor units
// are shown only when they are not zero. currency is an ISO 4217 code.
std::string format_money(Money amount, std::string_view currency, Language language);

}  // namespace sammen
