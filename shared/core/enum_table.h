// EnumTable: the stable text ids of an enum's values, both ways.
//
// One row per value, written once next to the enum; the wire, the database
// and the message catalogs all key on these ids, which never change once
// shipped. id() of a value missing from the table is a bug (it asserts and
// gives ""); parse() of an id the table does not know gives nothing.
#pragma once

#include <array>
#include <cassert>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace sammen {

template <typename E, std::size_t N>
class EnumTable {
 public:
  using Row = std::pair<E, std::string_view>;

  constexpr explicit EnumTable(const Row (&rows)[N]) {
    for (std::size_t i = 0; i < N; ++i) rows_[i] = rows[i];
  }

  constexpr std::string_view id(E value) const {
    for (const Row& row : rows_) {
      if (row.first == value) return row.second;
    }
    assert(false && "A value without a row: add it to its EnumTable");
    return {};
  }

  constexpr std::optional<E> parse(std::string_view id) const {
    for (const Row& row : rows_) {
      if (row.second == id) return row.first;
    }
    return std::nullopt;
  }

  constexpr auto begin() const { return rows_.begin(); }
  constexpr auto end() const { return rows_.end(); }
  static constexpr std::size_t size() { return N; }

 private:
  std::array<Row, N> rows_{};
};

// enum_table<Rung>({{Rung::kInform, "inform"}, ...}): the table's size from its rows.
template <typename E, std::size_t N>
constexpr EnumTable<E, N> enum_table(const std::pair<E, std::string_view> (&rows)[N]) {
  return EnumTable<E, N>(rows);
}

}  // namespace sammen
