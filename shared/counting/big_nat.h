// BigNat: an arbitrary-size natural number, for exact money arithmetic.
//
// MES and Phragmén compare ratios whose denominators multiply from round to
// round; they hold them as integers over a common, growing scale. Only what
// those rules need: add, subtract (never below zero), multiply, divide by a
// small number, compare. 32-bit limbs so the same code is fast in wasm32.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace sammen::counting {

class BigNat {
 public:
  BigNat() = default;
  explicit BigNat(std::uint64_t value) { set(value); }

  void set(std::uint64_t value);
  bool is_zero() const { return limbs_.empty(); }
  // The value, when it fits in 64 bits (the caller knows it does).
  std::uint64_t to_u64() const {
    std::uint64_t v = 0;
    for (std::size_t i = std::min<std::size_t>(limbs_.size(), 2); i-- > 0;) v = (v << 32) | limbs_[i];
    return v;
  }

  void add(const BigNat& other);             // *this += other
  void sub(const BigNat& other);             // *this -= other; requires *this >= other
  void mul(std::uint64_t factor);            // *this *= factor
  std::uint32_t div(std::uint32_t divisor);  // *this /= divisor, returns the remainder
  std::uint32_t mod(std::uint32_t divisor) const;
  std::uint64_t div64(std::uint64_t divisor);  // as div, for divisors up to 2^64 - 1
  std::uint64_t mod64(std::uint64_t divisor) const;

  // out = a * b (out may not alias a or b).
  static void mul(BigNat& out, const BigNat& a, const BigNat& b);
  // out = a * factor.
  static void mul(BigNat& out, const BigNat& a, std::uint64_t factor);
  // out += a * factor.
  static void add_mul(BigNat& out, const BigNat& a, std::uint64_t factor);

  static int compare(const BigNat& a, const BigNat& b);  // -1, 0, 1
  // floor(a / b) when it is below 2^63 (b > 0); for amounts shown to people.
  static std::uint64_t small_quotient(const BigNat& a, const BigNat& b);
  friend bool operator==(const BigNat& a, const BigNat& b) { return a.limbs_ == b.limbs_; }
  friend bool operator<(const BigNat& a, const BigNat& b) { return compare(a, b) < 0; }
  friend bool operator<=(const BigNat& a, const BigNat& b) { return compare(a, b) <= 0; }

  double to_double() const;
  // Top bits as a double times 2^exponent, for values beyond double's range.
  double mantissa(int& exponent) const;
  std::string to_string() const;  // decimal
  std::size_t bits() const;

 private:
  void trim();
  std::vector<std::uint32_t> limbs_;  // little endian, no leading zero limbs
};

// a / b as a double (both may be huge): only for estimates that never
// decide anything, such as bounds used to skip work.
double ratio(const BigNat& a, const BigNat& b);

std::uint64_t gcd_u64(std::uint64_t a, std::uint64_t b);

// a / b rounded half up (below 2^63; b > 0).
std::uint64_t rounded_quotient(const BigNat& a, const BigNat& b);

// amount / scale, an amount in Election money units (1/10^money_decimals of a
// currency unit), shown in currency units rounded half up to two decimals,
// exactly: "57.33", "20" (no decimals when they are zero).
std::string format_money_ratio(const BigNat& amount, const BigNat& scale,
                               std::int32_t money_decimals);

}  // namespace sammen::counting
