// Local time: a moment as a clock on a wall in Norway or Denmark shows it.
//
// Both Europe/Oslo and Europe/Copenhagen keep Central European Time (UTC+1)
// and summer time (UTC+2) by the EU rule: summer time from the last Sunday of
// March at 01:00 UTC to the last Sunday of October at 01:00 UTC (start
// inclusive, end exclusive). Computed from the calendar alone, without a time
// zone database, so the server and the browser say the same thing.
#pragma once

#include <cstdint>
#include <string>

#include "sammen/core/enum_table.h"
#include "sammen/core/language.h"
#include "sammen/processes/municipality.h"

namespace sammen {

using UnixSeconds = std::int64_t;

enum class TimeZone { kOslo, kCopenhagen };

inline constexpr auto kTimeZoneIds = enum_table<TimeZone>(
    {{TimeZone::kOslo, "Europe/Oslo"}, {TimeZone::kCopenhagen, "Europe/Copenhagen"}});

struct LocalTime {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  int hour = 0;
  int minute = 0;
  int second = 0;
  int utc_offset_minutes = 60;  // 60 in winter, 120 in summer
};

// The municipality's zone: Copenhagen for one that counts in DKK, Oslo otherwise.
TimeZone zone_of(const Municipality& municipality);

// The Unix time summer time starts (last Sunday of March, 01:00 UTC) and ends
// (last Sunday of October, 01:00 UTC) in `year`.
UnixSeconds summer_time_starts(int year);
UnixSeconds summer_time_ends(int year);

// UTC+2 inside summer time, UTC+1 outside it, in minutes.
int utc_offset_minutes(TimeZone zone, UnixSeconds t);

LocalTime to_local(TimeZone zone, UnixSeconds t);

// "31.03.2028 kl. 23:59" (nb), "31.03.2028 kl. 23.59" (da), "31 March 2028, 23:59" (en).
std::string format_local(TimeZone zone, UnixSeconds t, Language language);

}  // namespace sammen
