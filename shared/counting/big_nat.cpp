#include "big_nat.h"

#include <algorithm>
#include <cmath>

namespace sammen::counting {

void BigNat::set(std::uint64_t value) {
  limbs_.clear();
  while (value != 0) {
    limbs_.push_back(static_cast<std::uint32_t>(value));
    value >>= 32;
  }
}

void BigNat::trim() {
  while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
}

void BigNat::add(const BigNat& other) {
  if (limbs_.size() < other.limbs_.size()) limbs_.resize(other.limbs_.size(), 0);
  std::uint64_t carry = 0;
  std::size_t i = 0;
  for (; i < other.limbs_.size(); ++i) {
    const std::uint64_t s = std::uint64_t{limbs_[i]} + other.limbs_[i] + carry;
    limbs_[i] = static_cast<std::uint32_t>(s);
    carry = s >> 32;
  }
  for (; carry != 0 && i < limbs_.size(); ++i) {
    const std::uint64_t s = std::uint64_t{limbs_[i]} + carry;
    limbs_[i] = static_cast<std::uint32_t>(s);
    carry = s >> 32;
  }
  if (carry != 0) limbs_.push_back(static_cast<std::uint32_t>(carry));
}

void BigNat::sub(const BigNat& other) {
  std::int64_t borrow = 0;
  std::size_t i = 0;
  for (; i < other.limbs_.size(); ++i) {
    std::int64_t d = std::int64_t{limbs_[i]} - other.limbs_[i] - borrow;
    borrow = d < 0 ? 1 : 0;
    if (d < 0) d += (std::int64_t{1} << 32);
    limbs_[i] = static_cast<std::uint32_t>(d);
  }
  for (; borrow != 0 && i < limbs_.size(); ++i) {
    std::int64_t d = std::int64_t{limbs_[i]} - borrow;
    borrow = d < 0 ? 1 : 0;
    if (d < 0) d += (std::int64_t{1} << 32);
    limbs_[i] = static_cast<std::uint32_t>(d);
  }
  trim();
}

void BigNat::mul(std::uint64_t factor) {
  if (factor == 0 || limbs_.empty()) {
    limbs_.clear();
    return;
  }
  if (factor <= 0xffffffffu) {
    std::uint64_t carry = 0;
    for (std::uint32_t& limb : limbs_) {
      const std::uint64_t p = std::uint64_t{limb} * factor + carry;
      limb = static_cast<std::uint32_t>(p);
      carry = p >> 32;
    }
    if (carry != 0) limbs_.push_back(static_cast<std::uint32_t>(carry));
    return;
  }
  BigNat copy = *this;
  mul(*this, copy, factor);
}

void BigNat::mul(BigNat& out, const BigNat& a, const BigNat& b) {
  out.limbs_.assign(a.limbs_.size() + b.limbs_.size(), 0);
  for (std::size_t i = 0; i < a.limbs_.size(); ++i) {
    std::uint64_t carry = 0;
    const std::uint64_t ai = a.limbs_[i];
    for (std::size_t j = 0; j < b.limbs_.size(); ++j) {
      const std::uint64_t p = ai * b.limbs_[j] + out.limbs_[i + j] + carry;
      out.limbs_[i + j] = static_cast<std::uint32_t>(p);
      carry = p >> 32;
    }
    std::size_t k = i + b.limbs_.size();
    while (carry != 0) {
      const std::uint64_t s = std::uint64_t{out.limbs_[k]} + carry;
      out.limbs_[k] = static_cast<std::uint32_t>(s);
      carry = s >> 32;
      ++k;
    }
  }
  out.trim();
}

void BigNat::mul(BigNat& out, const BigNat& a, std::uint64_t factor) {
  out.limbs_.clear();
  add_mul(out, a, factor);
}

void BigNat::add_mul(BigNat& out, const BigNat& a, std::uint64_t factor) {
  if (factor == 0 || a.limbs_.empty()) return;
  const std::uint32_t f[2] = {static_cast<std::uint32_t>(factor),
                              static_cast<std::uint32_t>(factor >> 32)};
  const std::size_t fn = f[1] != 0 ? 2 : 1;
  const std::size_t need = a.limbs_.size() + fn + 1;
  if (out.limbs_.size() < need) out.limbs_.resize(need, 0);
  for (std::size_t j = 0; j < fn; ++j) {
    std::uint64_t carry = 0;
    const std::uint64_t fj = f[j];
    std::size_t i = 0;
    for (; i < a.limbs_.size(); ++i) {
      const std::uint64_t p = a.limbs_[i] * fj + out.limbs_[i + j] + carry;
      out.limbs_[i + j] = static_cast<std::uint32_t>(p);
      carry = p >> 32;
    }
    std::size_t k = i + j;
    while (carry != 0) {
      if (k == out.limbs_.size()) out.limbs_.push_back(0);
      const std::uint64_t s = std::uint64_t{out.limbs_[k]} + carry;
      out.limbs_[k] = static_cast<std::uint32_t>(s);
      carry = s >> 32;
      ++k;
    }
  }
  out.trim();
}

std::uint32_t BigNat::div(std::uint32_t divisor) {
  std::uint64_t rem = 0;
  for (std::size_t i = limbs_.size(); i-- > 0;) {
    const std::uint64_t cur = (rem << 32) | limbs_[i];
    limbs_[i] = static_cast<std::uint32_t>(cur / divisor);
    rem = cur % divisor;
  }
  trim();
  return static_cast<std::uint32_t>(rem);
}

std::uint32_t BigNat::mod(std::uint32_t divisor) const {
  std::uint64_t rem = 0;
  for (std::size_t i = limbs_.size(); i-- > 0;) {
    rem = ((rem << 32) | limbs_[i]) % divisor;
  }
  return static_cast<std::uint32_t>(rem);
}

std::uint64_t BigNat::div64(std::uint64_t divisor) {
  if (divisor <= 0xffffffffu) return div(static_cast<std::uint32_t>(divisor));
  unsigned __int128 rem = 0;
  for (std::size_t i = limbs_.size(); i-- > 0;) {
    const unsigned __int128 cur = (rem << 32) | limbs_[i];
    limbs_[i] = static_cast<std::uint32_t>(cur / divisor);
    rem = cur % divisor;
  }
  trim();
  return static_cast<std::uint64_t>(rem);
}

std::uint64_t BigNat::mod64(std::uint64_t divisor) const {
  if (divisor <= 0xffffffffu) return mod(static_cast<std::uint32_t>(divisor));
  unsigned __int128 rem = 0;
  for (std::size_t i = limbs_.size(); i-- > 0;) rem = ((rem << 32) | limbs_[i]) % divisor;
  return static_cast<std::uint64_t>(rem);
}

std::uint64_t BigNat::small_quotient(const BigNat& a, const BigNat& b) {
  std::uint64_t q = 0;
  BigNat product;
  for (int bit = 62; bit >= 0; --bit) {
    const std::uint64_t candidate = q | (std::uint64_t{1} << bit);
    mul(product, b, candidate);
    if (compare(product, a) <= 0) q = candidate;
  }
  return q;
}

int BigNat::compare(const BigNat& a, const BigNat& b) {
  if (a.limbs_.size() != b.limbs_.size()) return a.limbs_.size() < b.limbs_.size() ? -1 : 1;
  for (std::size_t i = a.limbs_.size(); i-- > 0;) {
    if (a.limbs_[i] != b.limbs_[i]) return a.limbs_[i] < b.limbs_[i] ? -1 : 1;
  }
  return 0;
}

double BigNat::to_double() const {
  double value = 0;
  for (std::size_t i = limbs_.size(); i-- > 0;) value = value * 4294967296.0 + limbs_[i];
  return value;
}

std::size_t BigNat::bits() const {
  if (limbs_.empty()) return 0;
  std::size_t bits = 32 * (limbs_.size() - 1);
  for (std::uint32_t top = limbs_.back(); top != 0; top >>= 1) ++bits;
  return bits;
}

std::string BigNat::to_string() const {
  if (limbs_.empty()) return "0";
  BigNat copy = *this;
  std::string digits;
  while (!copy.is_zero()) {
    std::uint32_t rem = copy.div(1000000000u);
    for (int i = 0; i < 9; ++i) {
      digits.push_back(static_cast<char>('0' + rem % 10));
      rem /= 10;
      if (copy.is_zero() && rem == 0) break;
    }
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::reverse(digits.begin(), digits.end());
  return digits;
}

double BigNat::mantissa(int& exponent) const {
  const std::size_t keep = std::min<std::size_t>(limbs_.size(), 3);
  double value = 0;
  for (std::size_t i = limbs_.size(); i-- > limbs_.size() - keep;) {
    value = value * 4294967296.0 + limbs_[i];
  }
  exponent = static_cast<int>(32 * (limbs_.size() - keep));
  return value;
}

double ratio(const BigNat& a, const BigNat& b) {
  if (b.is_zero()) return 0;
  int ea = 0;
  int eb = 0;
  const double ma = a.mantissa(ea);
  const double mb = b.mantissa(eb);
  return std::ldexp(ma / mb, ea - eb);
}

std::uint64_t gcd_u64(std::uint64_t a, std::uint64_t b) {
  while (b != 0) {
    const std::uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

std::uint64_t rounded_quotient(const BigNat& a, const BigNat& b) {
  BigNat num = a;
  num.mul(2);
  num.add(b);
  BigNat den = b;
  den.mul(2);
  return BigNat::small_quotient(num, den);
}

std::string format_money_ratio(const BigNat& amount, const BigNat& scale,
                               std::int32_t money_decimals) {
  // hundredths = round(amount * 10^(2 - d) / scale), or with 10^(d - 2) on
  // the scale when the money has more than two decimals.
  BigNat num = amount;
  BigNat den = scale;
  for (std::int32_t i = money_decimals; i < 2; ++i) num.mul(10);
  for (std::int32_t i = 2; i < money_decimals; ++i) den.mul(10);
  num.mul(2);
  num.add(den);
  den.mul(2);
  const std::uint64_t hundredths = BigNat::small_quotient(num, den);
  std::string text = std::to_string(hundredths / 100);
  const std::uint64_t cents = hundredths % 100;
  if (cents != 0) {
    text += '.';
    text += static_cast<char>('0' + cents / 10);
    text += static_cast<char>('0' + cents % 10);
  }
  return text;
}

}  // namespace sammen::counting
