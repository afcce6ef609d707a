#include "sammen/proposals/local_time.h"

#include <cstdio>

namespace sammen {
namespace {

constexpr std::int64_t kDay = 86'400;

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146'097 + doe - 719'468;
}

void civil_from_days(std::int64_t z, int& y, int& m, int& d) {
  z += 719'468;
  const std::int64_t era = (z >= 0 ? z : z - 146'096) / 146'097;
  const std::int64_t doe = z - era * 146'097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

// Days since the epoch of the last Sunday of `month` (which has 31 days).
std::int64_t last_sunday(int year, int month) {
  const std::int64_t last = days_from_civil(year, month, 31);
  const std::int64_t weekday = ((last + 4) % 7 + 7) % 7;  // 1970-01-01 was a Thursday; 0 = Sunday
  return last - weekday;
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

}  // namespace

TimeZone zone_of(const Municipality& municipality) {
  return municipality.currency == "DKK" ? TimeZone::kCopenhagen : TimeZone::kOslo;
}

UnixSeconds summer_time_starts(int year) {
  return last_sunday(year, 3) * kDay + 3600;
}

UnixSeconds summer_time_ends(int year) {
  return last_sunday(year, 10) * kDay + 3600;
}

int utc_offset_minutes(TimeZone, UnixSeconds t) {
  int y = 0, m = 0, d = 0;
  civil_from_days(floor_div(t, kDay), y, m, d);
  return t >= summer_time_starts(y) && t < summer_time_ends(y) ? 120 : 60;
}

LocalTime to_local(TimeZone zone, UnixSeconds t) {
  LocalTime local;
  local.utc_offset_minutes = utc_offset_minutes(zone, t);
  const UnixSeconds wall = t + local.utc_offset_minutes * 60;
  const std::int64_t days = floor_div(wall, kDay);
  civil_from_days(days, local.year, local.month, local.day);
  const std::int64_t rest = wall - days * kDay;
  local.hour = static_cast<int>(rest / 3600);
  local.minute = static_cast<int>(rest % 3600 / 60);
  local.second = static_cast<int>(rest % 60);
  return local;
}

std::string format_local(TimeZone zone, UnixSeconds t, Language language) {
  static constexpr const char* kMonths[] = {"January", "February", "March",     "April",
                                            "May",     "June",     "July",      "August",
                                            "September", "October", "November", "December"};
  const LocalTime l = to_local(zone, t);
  char out[64];
  switch (language) {
    case Language::kEnglish:
      std::snprintf(out, sizeof out, "%d %s %d, %02d:%02d", l.day, kMonths[l.month - 1], l.year,
                    l.hour, l.minute);
      break;
    case Language::kDanish:
      std::snprintf(out, sizeof out, "%02d.%02d.%d kl. %02d.%02d", l.day, l.month, l.year, l.hour,
                    l.minute);
      break;
    default:
      std::snprintf(out, sizeof out, "%02d.%02d.%d kl. %02d:%02d", l.day, l.month, l.year, l.hour,
                    l.minute);
  }
  return out;
}

}  // namespace sammen
