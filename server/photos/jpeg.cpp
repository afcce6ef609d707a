// libjpeg reports errors by longjmp(): every libjpeg call is made from a
// function (decode_steps, encode_steps) whose own frame holds no object
// with a destructor, and everything it fills lives in a struct its caller
// owns, so the jump skips no destructor.
#include "photos/jpeg.h"

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

// jpeglib.h needs <cstdio> before it: a block of its own.
#include <jpeglib.h>
// jerror.h names the warnings (JWRN_...) that on_message() reads.
#include <jerror.h>

#include "photos/downscale.h"
#include "photos/exif.h"
#include "sammen/photos/photo.h"

namespace sammen::server::photos {
namespace {

// libjpeg may use this much for one picture (a progressive 40-megapixel
// photo keeps all its coefficients, up to 240 MB); beyond it the picture is
// refused, as there is no backing store.
constexpr long kMaxLibjpegMemory = 384L * 1024 * 1024;
// A progressive file with more scans than this is refused (each scan is a
// pass over the whole picture: a few bytes per scan could take minutes).
constexpr int kMaxScans = 200;

struct Errors {
  jpeg_error_mgr base;  // first, so libjpeg's pointer to it is a pointer to Errors
  std::jmp_buf jump;
  ErrorCode code = ErrorCode::kPhotoDamaged;
};

[[noreturn]] void fail(j_common_ptr info, ErrorCode code) {
  auto* errors = reinterpret_cast<Errors*>(info->err);
  errors->code = code;
  std::longjmp(errors->jump, 1);
}

void on_error(j_common_ptr info) {
  fail(info, ErrorCode::kPhotoDamaged);
}

// A warning that the data is damaged is a failure: libjpeg would go on and
// fill the rest of the picture with grey. Other warnings and trace
// messages are not printed.
void on_message(j_common_ptr info, int level) {
  if (level >= 0) return;
  switch (info->err->msg_code) {
    case JWRN_JPEG_EOF:
    case JWRN_HIT_MARKER:
    case JWRN_MUST_RESYNC:
    case JWRN_HUFF_BAD_CODE:
    case JWRN_NOT_SEQUENTIAL:
    case JWRN_BOGUS_PROGRESSION: fail(info, ErrorCode::kPhotoDamaged);
    default: return;
  }
}

void silent(j_common_ptr) {}

void on_progress(j_common_ptr info) {
  if (reinterpret_cast<j_decompress_ptr>(info)->input_scan_number > kMaxScans)
    fail(info, ErrorCode::kPhotoDamaged);
}

void use(Errors& errors, j_common_ptr info) {
  info->err = jpeg_std_error(&errors.base);
  errors.base.error_exit = on_error;
  errors.base.emit_message = on_message;
  errors.base.output_message = silent;
}

struct Decode {
  jpeg_decompress_struct info{};
  Errors errors{};
  jpeg_progress_mgr progress{};
  bool created = false;
  std::optional<Problem> problem;  // a refusal decided here, not by libjpeg
  int orientation = 1;
  std::vector<std::uint8_t> row;  // one row as libjpeg gives it (RGB or CMYK)
  std::vector<std::uint8_t> rgb;  // that row in RGB
  std::optional<Downscaler> scaler;
  ~Decode() {
    if (created) jpeg_destroy_decompress(&info);
  }
};

void to_rgb(Decode& d) {
  const std::size_t width = d.info.output_width;
  if (d.info.output_components == 3) {
    std::copy(d.row.begin(), d.row.begin() + width * 3, d.rgb.begin());
    return;
  }
  // CMYK: Adobe's files store the inks inverted.
  const bool inverted = d.info.saw_Adobe_marker;
  for (std::size_t x = 0; x < width; ++x) {
    const std::uint8_t* p = &d.row[x * 4];
    const unsigned k = inverted ? p[3] : 255u - p[3];
    for (int c = 0; c < 3; ++c) {
      const unsigned ink = inverted ? p[c] : 255u - p[c];
      d.rgb[x * 3 + c] = static_cast<std::uint8_t>((ink * k + 127) / 255);
    }
  }
}

// false when libjpeg failed (d.errors.code) or the picture is refused (d.problem).
bool decode_steps(Decode& d, std::string_view bytes) {
  if (setjmp(d.errors.jump)) return false;
  jpeg_create_decompress(&d.info);
  d.created = true;
  d.info.mem->max_memory_to_use = kMaxLibjpegMemory;
  d.progress.progress_monitor = on_progress;
  d.info.progress = &d.progress;
  jpeg_mem_src(&d.info, reinterpret_cast<const unsigned char*>(bytes.data()),
               static_cast<unsigned long>(bytes.size()));
  jpeg_save_markers(&d.info, JPEG_APP0 + 1, 0xFFFF);
  jpeg_read_header(&d.info, TRUE);
  if (const Status fits = check_dimensions(d.info.image_width, d.info.image_height); !fits.ok()) {
    d.problem = fits.first_problem();
    return false;
  }
  for (jpeg_saved_marker_ptr m = d.info.marker_list; m != nullptr; m = m->next) {
    if (m->marker != JPEG_APP0 + 1) continue;
    d.orientation =
        exif_orientation(std::string_view(reinterpret_cast<const char*>(m->data), m->data_length));
    if (d.orientation != 1) break;
  }
  const Size kept =
      kept_size(static_cast<int>(d.info.image_width), static_cast<int>(d.info.image_height));
  const bool cmyk = d.info.jpeg_color_space == JCS_CMYK || d.info.jpeg_color_space == JCS_YCCK;
  d.info.out_color_space = cmyk ? JCS_CMYK : JCS_RGB;
  d.info.scale_denom = 8;
  for (unsigned num = 1; num <= 8; ++num) {  // the smallest scale that covers the kept size
    d.info.scale_num = num;
    jpeg_calc_output_dimensions(&d.info);
    if (d.info.output_width >= static_cast<unsigned>(kept.width) &&
        d.info.output_height >= static_cast<unsigned>(kept.height))
      break;
  }
  jpeg_start_decompress(&d.info);
  const int width = static_cast<int>(d.info.output_width);
  d.row.resize(static_cast<std::size_t>(width) * d.info.output_components);
  d.rgb.resize(static_cast<std::size_t>(width) * 3);
  d.scaler.emplace(width, static_cast<int>(d.info.output_height), kept.width, kept.height);
  while (d.info.output_scanline < d.info.output_height) {
    JSAMPROW row = d.row.data();
    if (jpeg_read_scanlines(&d.info, &row, 1) != 1)
      fail(reinterpret_cast<j_common_ptr>(&d.info), ErrorCode::kPhotoDamaged);
    to_rgb(d);
    d.scaler->add_row(d.rgb.data());
  }
  jpeg_finish_decompress(&d.info);  // reads on to the end: a file cut short is damaged
  return true;
}

struct Encode {
  jpeg_compress_struct info{};
  Errors errors{};
  bool created = false;
  unsigned char* out = nullptr;
  unsigned long size = 0;
  ~Encode() {
    if (created) jpeg_destroy_compress(&info);
    std::free(out);
  }
};

bool encode_steps(Encode& e, const Image& image, int quality) {
  if (setjmp(e.errors.jump)) return false;
  jpeg_create_compress(&e.info);
  e.created = true;
  jpeg_mem_dest(&e.info, &e.out, &e.size);
  e.info.image_width = static_cast<JDIMENSION>(image.width);
  e.info.image_height = static_cast<JDIMENSION>(image.height);
  e.info.input_components = 3;
  e.info.in_color_space = JCS_RGB;
  jpeg_set_defaults(&e.info);
  jpeg_set_quality(&e.info, quality, TRUE);
  e.info.optimize_coding = TRUE;
  jpeg_start_compress(&e.info, TRUE);
  while (e.info.next_scanline < e.info.image_height) {
    JSAMPROW row = const_cast<JSAMPROW>(
        &image.rgb[static_cast<std::size_t>(e.info.next_scanline) * image.width * 3]);
    jpeg_write_scanlines(&e.info, &row, 1);
  }
  jpeg_finish_compress(&e.info);
  return true;
}

}  // namespace

bool looks_like_jpeg(std::string_view bytes) {
  return bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
         static_cast<unsigned char>(bytes[1]) == 0xD8 &&
         static_cast<unsigned char>(bytes[2]) == 0xFF;
}

Result<Image> decode_jpeg(std::string_view bytes) {
  if (!looks_like_jpeg(bytes)) return Problem{ErrorCode::kPhotoNotAnImage, ""};
  Decode d;
  use(d.errors, reinterpret_cast<j_common_ptr>(&d.info));
  if (!decode_steps(d, bytes)) {
    if (d.problem) return *d.problem;
    return Problem{d.errors.code, ""};
  }
  if (!d.scaler || !d.scaler->complete()) return Problem{ErrorCode::kPhotoDamaged, ""};
  return oriented(d.scaler->finish(), d.orientation);
}

std::string encode_jpeg(const Image& image, int quality) {
  Encode e;
  use(e.errors, reinterpret_cast<j_common_ptr>(&e.info));
  if (!encode_steps(e, image, quality) || e.out == nullptr) return "";
  return std::string(reinterpret_cast<const char*>(e.out), e.size);
}

}  // namespace sammen::server::photos
