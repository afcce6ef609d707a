// Project ids to indices, for reading a file's ballots at memory speed.
//
// Ids that are all small numbers after one common prefix ("17", as in most
// Pabulib files, or "L005" with the digits always as wide) go to a dense
// table; any other ids to an open-addressing hash table with a cheap hash. read_plain_list() takes a ballot's whole "12,7,301" in
// one pass when it has no spaces, no empty items and only known ids; the
// reader reads anything else the long way, which also names what is wrong.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sammen/counting/election.h"

namespace sammen::counting::pb {

class IdIndex {
 public:
  void build(const std::vector<ElectionProject>& projects);

  // The index of `id`, or -1.
  std::int32_t find(std::string_view id) const {
    if (!dense_.empty()) {
      const std::optional<std::size_t> n = number(id);
      return n && *n < dense_.size() ? dense_[*n] : -1;
    }
    return find_hashed(id);
  }

  std::int32_t find_hashed(std::string_view id) const {
    if (slots_.empty()) return -1;
    for (std::size_t i = hash(id) & mask_;; i = (i + 1) & mask_) {
      const std::int32_t p = slots_[i];
      if (p < 0) return -1;
      if (ids_[p] == id) return p;
    }
  }

  // Appends the indices of a plain list to `out`; false (with `out` cleared)
  // when the list is not plain.
  bool read_plain_list(std::string_view text, std::vector<std::int32_t>& out) const {
    out.clear();
    if (!dense_.empty()) return read_dense_list(text, out);
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p != end) {
      const char* const start = p;
      while (p != end && *p != ',' && *p != ' ' && *p != '\t') ++p;
      const std::string_view id(start, static_cast<std::size_t>(p - start));
      const bool separated = p == end || (*p == ',' && p + 1 != end);
      const std::int32_t index = id.empty() || !separated ? -1 : find_hashed(id);
      if (index < 0) {
        out.clear();
        return false;
      }
      out.push_back(index);
      if (p != end) ++p;
    }
    return true;
  }

 private:
  static constexpr std::size_t kDenseLimit = 1 << 20;

  // The prefix and digits form every id shares, from the first id: "L005"
  // gives prefix "L", width 3; "17" gives no prefix, width 0 (no leading zeros).
  void learn_form(std::string_view id) {
    std::size_t digits = 0;
    while (digits < id.size() && id[id.size() - 1 - digits] >= '0' &&
           id[id.size() - 1 - digits] <= '9') {
      ++digits;
    }
    prefix_ = id.substr(0, id.size() - digits);
    const std::string_view tail = id.substr(prefix_.size());
    width_ = tail.size() > 1 && tail[0] == '0' ? tail.size() : 0;
  }

  // The number of an id of the learnt form; nothing for any other id.
  std::optional<std::size_t> number(std::string_view id) const {
    if (id.size() <= prefix_.size() || id.substr(0, prefix_.size()) != prefix_) return std::nullopt;
    const std::string_view digits = id.substr(prefix_.size());
    if (digits.size() > 7 || (width_ != 0 && digits.size() != width_) ||
        (width_ == 0 && digits.size() > 1 && digits[0] == '0')) {
      return std::nullopt;
    }
    std::size_t n = 0;
    for (const char c : digits) {
      if (c < '0' || c > '9') return std::nullopt;
      n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    return n;
  }

  // read_plain_list() for the dense table: digits parsed as they are scanned.
  bool read_dense_list(std::string_view text, std::vector<std::int32_t>& out) const {
    const char* p = text.data();
    const char* const end = p + text.size();
    const std::size_t skip = prefix_.size();
    while (p != end) {
      if (static_cast<std::size_t>(end - p) <= skip ||
          (skip != 0 && std::memcmp(p, prefix_.data(), skip) != 0)) {
        out.clear();
        return false;
      }
      p += skip;
      const char* const start = p;
      std::size_t n = 0;
      while (p != end && *p >= '0' && *p <= '9') n = n * 10 + static_cast<std::size_t>(*p++ - '0');
      const std::size_t digits = static_cast<std::size_t>(p - start);
      const bool well_formed = digits != 0 && digits <= 7 &&
                               (width_ != 0 ? digits == width_ : digits == 1 || *start != '0');
      const bool separated = p == end || (*p == ',' && p + 1 != end);
      if (!well_formed || !separated || n >= dense_.size() || dense_[n] < 0) {
        out.clear();
        return false;
      }
      out.push_back(dense_[n]);
      if (p != end) ++p;
    }
    return true;
  }

  // FNV-1a: short ids, few of them; spread well enough and cheap.
  static std::size_t hash(std::string_view id) {
    std::uint32_t h = 2166136261u;
    for (const char c : id) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }

  std::string prefix_;               // the dense form: a common prefix,
  std::size_t width_ = 0;            // and digits this wide (0: no leading zeros)
  std::vector<std::int32_t> dense_;  // number -> index, or -1
  std::vector<std::int32_t> slots_;  // hash table of indices, -1 empty
  std::size_t mask_ = 0;
  std::vector<std::string_view> ids_;  // index -> id (views of the projects' ids)
};

inline void IdIndex::build(const std::vector<ElectionProject>& projects) {
  dense_.clear();
  slots_.clear();
  prefix_.clear();
  width_ = 0;
  if (!projects.empty()) learn_form(projects[0].id);
  std::size_t top = 0;
  bool numeric = true;
  for (const ElectionProject& p : projects) {
    const std::optional<std::size_t> n = number(p.id);
    if (!n || *n > kDenseLimit) {
      numeric = false;
      break;
    }
    top = std::max(top, *n);
  }
  if (numeric && !projects.empty()) {
    dense_.assign(top + 1, -1);
    for (std::size_t i = 0; i < projects.size(); ++i) {
      dense_[*number(projects[i].id)] = static_cast<std::int32_t>(i);
    }
    return;
  }
  ids_.clear();
  for (const ElectionProject& p : projects) ids_.emplace_back(p.id);
  std::size_t size = 16;
  while (size < projects.size() * 2) size *= 2;
  slots_.assign(size, -1);
  mask_ = size - 1;
  for (std::size_t i = 0; i < projects.size(); ++i) {
    std::size_t s = hash(projects[i].id) & mask_;
    while (slots_[s] >= 0) s = (s + 1) & mask_;
    slots_[s] = static_cast<std::int32_t>(i);
  }
}

}  // namespace sammen::counting::pb
