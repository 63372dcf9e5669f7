// app/gui/png_writer.hpp — a small PNG encoder for screenshots, with no zlib:
// the image data is a zlib stream of *stored* (uncompressed) deflate blocks,
// which every PNG reader accepts. Files are larger than compressed ones (about
// width*height*channels bytes), which is fine for screenshots of a window.
//
// Format references: PNG (ISO/IEC 15948, W3C PNG 2nd edition), zlib (RFC 1950),
// deflate (RFC 1951).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace il::gui {

struct Image {
    int width = 0;
    int height = 0;
    int channels = 3;             // 3: RGB, 4: RGBA; 8 bits each
    std::vector<uint8_t> pixels;  // rows top to bottom, no padding
};

// Reverses the row order (OpenGL reads the framebuffer bottom row first).
void flip_rows(Image& image);

// The PNG file for `image`. Precondition: sizes positive, channels 3 or 4,
// pixels.size() == width * height * channels.
std::vector<uint8_t> encode_png(const Image& image);

// Writes encode_png(image) to `path` through il::core::write_file (atomic for
// a regular file, through a symlink, in place for a device). Returns an error
// message, empty on success.
std::string write_png(const std::string& path, const Image& image);

// The checksums PNG and zlib use, exposed for the tests.
uint32_t crc32(std::span<const uint8_t> data, uint32_t crc = 0);
uint32_t adler32(std::span<const uint8_t> data, uint32_t adler = 1);

}  // namespace il::gui
