#include "photos/downscale.h"

#include <algorithm>
#include <cstddef>

namespace sammen::server::photos {
namespace {

int bucket(std::int64_t index, std::int64_t from, std::int64_t to) {
  return static_cast<int>(index * to / from);
}

}  // namespace

Downscaler::Downscaler(int source_width, int source_height, int width, int height)
    : source_width_(source_width), source_height_(source_height) {
  width = std::clamp(width, 1, source_width);
  height = std::clamp(height, 1, source_height);
  image_ = {width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * height * 3)};
  column_of_.resize(source_width);
  counts_.assign(width, 0);
  for (int x = 0; x < source_width; ++x) {
    column_of_[x] = bucket(x, source_width, width);
    ++counts_[column_of_[x]];
  }
  sums_.assign(static_cast<std::size_t>(width) * 3, 0);
}

void Downscaler::add_row(const std::uint8_t* rgb) {
  if (rows_seen_ == source_height_) return;
  const int row = bucket(rows_seen_, source_height_, image_.height);
  if (row != row_) {
    flush();
    row_ = row;
  }
  for (int x = 0; x < source_width_; ++x) {
    std::uint32_t* sum = &sums_[static_cast<std::size_t>(column_of_[x]) * 3];
    sum[0] += rgb[x * 3];
    sum[1] += rgb[x * 3 + 1];
    sum[2] += rgb[x * 3 + 2];
  }
  ++rows_in_bucket_;
  ++rows_seen_;
  if (rows_seen_ == source_height_) flush();
}

void Downscaler::flush() {
  if (rows_in_bucket_ == 0) return;
  std::uint8_t* out = &image_.rgb[static_cast<std::size_t>(row_) * image_.width * 3];
  for (int x = 0; x < image_.width; ++x) {
    const std::uint32_t n = counts_[x] * static_cast<std::uint32_t>(rows_in_bucket_);
    for (int c = 0; c < 3; ++c) {
      std::uint32_t& sum = sums_[static_cast<std::size_t>(x) * 3 + c];
      out[x * 3 + c] = static_cast<std::uint8_t>((sum + n / 2) / n);
      sum = 0;
    }
  }
  rows_in_bucket_ = 0;
}

Image Downscaler::finish() {
  return std::move(image_);
}

}  // namespace sammen::server::photos
