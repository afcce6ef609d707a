// Form input: what staff type into the console's text fields, read as the
// model's values, and those values written back as text to edit.
//
// Amounts are read in whole currency units with optional minor units
// ("1 500 000", "1.500.000", "1500000,50", "NOK 1,500,000.50") and become
// Money in minor units, never a float. Dates are days ("2028-01-31" or
// "31.01.2028") and become the Unix second of that midnight, UTC. Whole
// numbers are digits only. Empty text is no value: the caller decides
// whether that is allowed. Pure: no ImGui, no browser.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "sammen/core/money.h"
#include "sammen/processes/process.h"

namespace sammen::client {

// `text` without spaces at either end.
std::string trimmed_text(std::string_view text);

std::optional<Money> parse_amount(std::string_view text);
// "1500000" or "1500000,50": what parse_amount reads back.
std::string amount_text(Money amount);

std::optional<UnixSeconds> parse_date(std::string_view text);
// "2028-01-31".
std::string date_text(UnixSeconds moment);

std::optional<int> parse_whole(std::string_view text);

}  // namespace sammen::client
