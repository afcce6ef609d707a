// Downscaler: a picture made smaller one source row at a time, so a large
// upload never has to be held whole.
//
// Each source pixel belongs to exactly one kept pixel (its column and row
// mapped proportionally); a kept pixel is the rounded mean of its source
// pixels (a box filter). Memory is the kept image plus one row of sums.
// The kept size is at most the source size on each side, and at least 1.
#pragma once

#include <cstdint>
#include <vector>

#include "photos/image.h"

namespace sammen::server::photos {

class Downscaler {
 public:
  Downscaler(int source_width, int source_height, int width, int height);

  // The next source row, source_width RGB pixels. Rows past the last are ignored.
  void add_row(const std::uint8_t* rgb);
  // Every row seen.
  bool complete() const { return rows_seen_ == source_height_; }
  // The kept image; call once, after the last row.
  Image finish();

 private:
  void flush();

  int source_width_;
  int source_height_;
  Image image_;
  std::vector<int> column_of_;         // kept column of each source column
  std::vector<std::uint32_t> counts_;  // source columns per kept column
  std::vector<std::uint32_t> sums_;    // of the kept row being built, RGB
  int rows_seen_ = 0;
  int rows_in_bucket_ = 0;
  int row_ = 0;  // the kept row being built
};

}  // namespace sammen::server::photos
