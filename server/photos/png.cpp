// libpng reports errors by longjmp(): every libpng call is made from a
// function (decode_steps) whose own frame holds no object with a
// destructor, and everything it fills lives in a struct its caller owns,
// so the jump skips no destructor.
#include "photos/png.h"

#include <png.h>

#include <algorithm>
#include <csetjmp>
#include <cstdint>
#include <optional>
#include <vector>

#include "photos/downscale.h"
#include "sammen/photos/photo.h"

namespace sammen::server::photos {
namespace {

constexpr std::string_view kSignature{"\x89PNG\r\n\x1a\n", 8};
// What libpng may keep of ancillary chunks (text, ICC profiles): their
// number and the size of one, decompressed.
constexpr png_uint_32 kMaxChunks = 128;
constexpr png_alloc_size_t kMaxChunkBytes = 1024 * 1024;

std::uint32_t big_endian(std::string_view bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i)
    value = (value << 8) | static_cast<std::uint8_t>(bytes[at + i]);
  return value;
}

struct Input {
  std::string_view bytes;
  std::size_t at = 0;
};

void read_bytes(png_structp png, png_bytep out, png_size_t size) {
  auto* input = static_cast<Input*>(png_get_io_ptr(png));
  if (input->bytes.size() - input->at < size) png_error(png, "cut short");
  std::copy_n(input->bytes.data() + input->at, size, reinterpret_cast<char*>(out));
  input->at += size;
}

[[noreturn]] void on_error(png_structp png, png_const_charp) {
  png_longjmp(png, 1);
}

void on_warning(png_structp, png_const_charp) {}

struct Decode {
  png_structp png = nullptr;
  png_infop info = nullptr;
  Input input;
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rows;  // RGBA: one row, or every row of an interlaced file
  std::vector<std::uint8_t> rgb;   // one row laid on white
  std::optional<Downscaler> scaler;
  ~Decode() {
    if (png != nullptr) png_destroy_read_struct(&png, info != nullptr ? &info : nullptr, nullptr);
  }
};

// The RGBA row at `rgba` on white, into d.rgb, then to the scaler.
void add_row(Decode& d, const std::uint8_t* rgba) {
  for (int x = 0; x < d.width; ++x) {
    const std::uint8_t* p = rgba + static_cast<std::size_t>(x) * 4;
    const unsigned alpha = p[3];
    for (int c = 0; c < 3; ++c) {
      d.rgb[static_cast<std::size_t>(x) * 3 + c] =
          static_cast<std::uint8_t>((p[c] * alpha + 255u * (255u - alpha) + 127) / 255);
    }
  }
  d.scaler->add_row(d.rgb.data());
}

// false when libpng failed.
bool decode_steps(Decode& d) {
  if (setjmp(png_jmpbuf(d.png))) return false;
  png_set_read_fn(d.png, &d.input, read_bytes);
  png_set_user_limits(d.png, kMaxSide, kMaxSide);
  png_set_chunk_cache_max(d.png, kMaxChunks);
  png_set_chunk_malloc_max(d.png, kMaxChunkBytes);
  png_read_info(d.png, d.info);
  const png_byte color = png_get_color_type(d.png, d.info);
  if (color == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(d.png);
  if (color == PNG_COLOR_TYPE_GRAY && png_get_bit_depth(d.png, d.info) < 8)
    png_set_expand_gray_1_2_4_to_8(d.png);
  const bool transparent_color = png_get_valid(d.png, d.info, PNG_INFO_tRNS) != 0;
  if (transparent_color) png_set_tRNS_to_alpha(d.png);
  png_set_strip_16(d.png);
  if (color == PNG_COLOR_TYPE_GRAY || color == PNG_COLOR_TYPE_GRAY_ALPHA)
    png_set_gray_to_rgb(d.png);
  if ((color & PNG_COLOR_MASK_ALPHA) == 0 && !transparent_color)
    png_set_add_alpha(d.png, 0xFF, PNG_FILLER_AFTER);
  const int passes = png_set_interlace_handling(d.png);
  png_read_update_info(d.png, d.info);
  const std::size_t row_bytes = static_cast<std::size_t>(d.width) * 4;
  if (png_get_rowbytes(d.png, d.info) != row_bytes) png_error(d.png, "unexpected row size");
  const Size kept = kept_size(d.width, d.height);
  d.scaler.emplace(d.width, d.height, kept.width, kept.height);
  d.rgb.resize(static_cast<std::size_t>(d.width) * 3);
  if (passes == 1) {
    d.rows.resize(row_bytes);
    for (int y = 0; y < d.height; ++y) {
      png_read_row(d.png, d.rows.data(), nullptr);
      add_row(d, d.rows.data());
    }
    return true;
  }
  d.rows.resize(row_bytes * static_cast<std::size_t>(d.height));
  for (int pass = 0; pass < passes; ++pass) {
    for (int y = 0; y < d.height; ++y) png_read_row(d.png, &d.rows[row_bytes * y], nullptr);
  }
  for (int y = 0; y < d.height; ++y) add_row(d, &d.rows[row_bytes * y]);
  return true;
}

}  // namespace

bool looks_like_png(std::string_view bytes) {
  return bytes.substr(0, kSignature.size()) == kSignature;
}

Result<Image> decode_png(std::string_view bytes) {
  if (!looks_like_png(bytes)) return Problem{ErrorCode::kPhotoNotAnImage, ""};
  // The first chunk must be IHDR: length 13, then the width and height.
  if (bytes.size() < 33 || big_endian(bytes, 8) != 13 || bytes.substr(12, 4) != "IHDR")
    return Problem{ErrorCode::kPhotoDamaged, ""};
  const std::int64_t width = big_endian(bytes, 16);
  const std::int64_t height = big_endian(bytes, 20);
  if (Status fits = check_dimensions(width, height); !fits.ok()) return fits.problems();
  Decode d;
  d.input.bytes = bytes;
  d.width = static_cast<int>(width);
  d.height = static_cast<int>(height);
  d.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, on_error, on_warning);
  if (d.png == nullptr) return Problem{ErrorCode::kInternal, ""};
  d.info = png_create_info_struct(d.png);
  if (d.info == nullptr) return Problem{ErrorCode::kInternal, ""};
  if (!decode_steps(d) || !d.scaler || !d.scaler->complete())
    return Problem{ErrorCode::kPhotoDamaged, ""};
  return d.scaler->finish();
}

}  // namespace sammen::server::photos
