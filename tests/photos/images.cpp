#include "images.h"

#include <jpeglib.h>
#include <png.h>
#include <zlib.h>

#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace sammen::testing {
namespace {

void png_append(png_structp png, png_bytep data, png_size_t size) {
  static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<char*>(data), size);
}
void png_flush(png_structp) {}

void put_u16(std::string& s, unsigned v) {
  s.push_back(static_cast<char>(v >> 8));
  s.push_back(static_cast<char>(v));
}
void put_u32(std::string& s, std::uint32_t v) {
  put_u16(s, v >> 16);
  put_u16(s, v & 0xFFFF);
}
// One 12-byte IFD entry, its value in place (big-endian, left-justified).
void entry(std::string& s, unsigned tag, unsigned type, std::uint32_t count, std::uint32_t value) {
  put_u16(s, tag);
  put_u16(s, type);
  put_u32(s, count);
  if (type == 3 && count == 1) {
    put_u16(s, value);
    put_u16(s, 0);
  } else {
    put_u32(s, value);
  }
}

void png_chunk(std::string& file, const char* type, const std::string& data) {
  put_u32(file, static_cast<std::uint32_t>(data.size()));
  const std::string typed = std::string(type, 4) + data;
  file += typed;
  put_u32(file, static_cast<std::uint32_t>(
                    crc32(0, reinterpret_cast<const Bytef*>(typed.data()), typed.size())));
}

struct JpegErrors {
  jpeg_error_mgr base;
  std::jmp_buf jump;
};
void jpeg_fail(j_common_ptr info) {
  std::longjmp(reinterpret_cast<JpegErrors*>(info->err)->jump, 1);
}

}  // namespace

Rgb halves(int x, int, int width) {
  return x < width / 2 ? Rgb{255, 0, 0} : Rgb{0, 0, 255};
}

std::string make_png(int width, int height, const Paint& paint, PngOptions options) {
  std::string file;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png_create_info_struct(png);
  png_set_write_fn(png, &file, png_append, png_flush);
  const int color = options.grey    ? PNG_COLOR_TYPE_GRAY
                    : options.alpha ? PNG_COLOR_TYPE_RGB_ALPHA
                                    : PNG_COLOR_TYPE_RGB;
  const int channels = options.grey ? 1 : options.alpha ? 4 : 3;
  png_set_IHDR(png, info, width, height, 8, color,
               options.interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  std::vector<std::vector<png_byte>> rows(height, std::vector<png_byte>(width * channels));
  std::vector<png_bytep> pointers;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const Rgb c = paint(x, y);
      png_byte* p = &rows[y][x * channels];
      p[0] = c.r;
      if (!options.grey) {
        p[1] = c.g;
        p[2] = c.b;
      }
      if (options.alpha) p[3] = x < width / 2 ? 255 : 0;
    }
    pointers.push_back(rows[y].data());
  }
  png_write_image(png, pointers.data());
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return file;
}

std::string make_jpeg(int width, int height, const Paint& paint, const std::string& app1) {
  jpeg_compress_struct info{};
  jpeg_error_mgr errors{};
  info.err = jpeg_std_error(&errors);
  jpeg_create_compress(&info);
  unsigned char* out = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&info, &out, &size);
  info.image_width = width;
  info.image_height = height;
  info.input_components = 3;
  info.in_color_space = JCS_RGB;
  jpeg_set_defaults(&info);
  jpeg_set_quality(&info, 90, TRUE);
  jpeg_start_compress(&info, TRUE);
  if (!app1.empty()) {
    jpeg_write_marker(&info, JPEG_APP0 + 1, reinterpret_cast<const JOCTET*>(app1.data()),
                      static_cast<unsigned>(app1.size()));
  }
  std::vector<JSAMPLE> row(width * 3);
  while (info.next_scanline < info.image_height) {
    for (int x = 0; x < width; ++x) {
      const Rgb c = paint(x, static_cast<int>(info.next_scanline));
      row[x * 3] = c.r;
      row[x * 3 + 1] = c.g;
      row[x * 3 + 2] = c.b;
    }
    JSAMPROW pointer = row.data();
    jpeg_write_scanlines(&info, &pointer, 1);
  }
  jpeg_finish_compress(&info);
  jpeg_destroy_compress(&info);
  std::string file(reinterpret_cast<char*>(out), size);
  std::free(out);
  return file;
}

std::string exif_app1(int orientation, bool gps) {
  std::string tiff = "MM";
  put_u16(tiff, 42);
  put_u32(tiff, 8);  // IFD0 right after the header
  const unsigned entries = gps ? 2 : 1;
  put_u16(tiff, entries);
  entry(tiff, 0x0112, 3, 1, static_cast<std::uint32_t>(orientation));
  const std::uint32_t gps_at = 8 + 2 + entries * 12 + 4;
  if (gps) entry(tiff, 0x8825, 4, 1, gps_at);  // GPSInfo IFD pointer
  put_u32(tiff, 0);                            // no next IFD
  if (gps) {
    const std::uint32_t rationals = gps_at + 2 + 4 * 12 + 4;
    put_u16(tiff, 4);
    entry(tiff, 0x0001, 2, 2, 0x4E000000);      // GPSLatitudeRef "N"
    entry(tiff, 0x0002, 5, 3, rationals);       // GPSLatitude
    entry(tiff, 0x0003, 2, 2, 0x45000000);      // GPSLongitudeRef "E"
    entry(tiff, 0x0004, 5, 3, rationals + 24);  // GPSLongitude
    put_u32(tiff, 0);
    for (std::uint32_t v : {59u, 54u, 0u, 10u, 45u, 0u}) {
      put_u32(tiff, v);
      put_u32(tiff, 1);
    }
  }
  return std::string("Exif\0\0", 6) + tiff;
}

std::string png_claiming(std::uint32_t width, std::uint32_t height) {
  std::string file("\x89PNG\r\n\x1a\n", 8);
  std::string header;
  put_u32(header, width);
  put_u32(header, height);
  header += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB, not interlaced
  png_chunk(file, "IHDR", header);
  png_chunk(file, "IDAT", std::string("\x78\x9c\x03\x00\x00\x00\x00\x01", 8));
  png_chunk(file, "IEND", "");
  return file;
}

Rgb ReadJpeg::at(int x, int y) const {
  const std::size_t i = (static_cast<std::size_t>(y) * width + x) * 3;
  return {static_cast<std::uint8_t>(rgb[i]), static_cast<std::uint8_t>(rgb[i + 1]),
          static_cast<std::uint8_t>(rgb[i + 2])};
}

ReadJpeg read_jpeg(const std::string& bytes) {
  static thread_local ReadJpeg result;  // outside the jump's frame
  result = {};
  jpeg_decompress_struct info{};
  JpegErrors errors{};
  info.err = jpeg_std_error(&errors.base);
  errors.base.error_exit = jpeg_fail;
  if (setjmp(errors.jump)) {
    jpeg_destroy_decompress(&info);
    return {};
  }
  jpeg_create_decompress(&info);
  jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  jpeg_save_markers(&info, JPEG_APP0 + 1, 0xFFFF);
  jpeg_read_header(&info, TRUE);
  result.has_app1 = info.marker_list != nullptr;
  info.out_color_space = JCS_RGB;
  jpeg_start_decompress(&info);
  result.width = static_cast<int>(info.output_width);
  result.height = static_cast<int>(info.output_height);
  result.rgb.resize(static_cast<std::size_t>(result.width) * result.height * 3);
  while (info.output_scanline < info.output_height) {
    JSAMPROW row = reinterpret_cast<JSAMPROW>(
        &result.rgb[static_cast<std::size_t>(info.output_scanline) * result.width * 3]);
    jpeg_read_scanlines(&info, &row, 1);
  }
  jpeg_finish_decompress(&info);
  jpeg_destroy_decompress(&info);
  result.ok = true;
  return result;
}

}  // namespace sammen::testing
