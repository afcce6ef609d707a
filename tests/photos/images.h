// Test pictures, made in the test with libjpeg and libpng (no binary files
// in the repository), and a reader of the JPEG files the server keeps.
//
// Pixels are a function of their position (Paint), so a test can say what
// a corner should look like after scaling and turning.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace sammen::testing {

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
};
using Paint = std::function<Rgb(int x, int y)>;

// Left half red, right half blue.
Rgb halves(int x, int y, int width);

struct PngOptions {
  bool alpha = false;       // RGBA; alpha 0 in the right half
  bool grey = false;        // 8-bit greyscale (the red channel)
  bool interlaced = false;  // Adam7
};
std::string make_png(int width, int height, const Paint& paint, PngOptions options = {});

// A JPEG (quality 90) with `app1` written as an APP1 segment when not empty.
std::string make_jpeg(int width, int height, const Paint& paint, const std::string& app1 = "");

// An EXIF APP1 payload (big-endian TIFF) with `orientation` in IFD0 and a
// GPS directory giving 59°54'N 10°45'E, when `gps`.
std::string exif_app1(int orientation, bool gps);

// A PNG file whose IHDR claims `width` x `height` with one tiny IDAT and IEND.
std::string png_claiming(std::uint32_t width, std::uint32_t height);

struct ReadJpeg {
  bool ok = false;
  int width = 0;
  int height = 0;
  bool has_app1 = false;  // any APP1 (EXIF or XMP) segment
  std::string rgb;        // the pixels
  Rgb at(int x, int y) const;
};
ReadJpeg read_jpeg(const std::string& bytes);

}  // namespace sammen::testing
