// app/gui/shell/png_writer.hpp — screenshots as PNG files. The encoding is
// stb_image_write's (third_party/stb: deflate-compressed, per-row filters), so
// a 1280x800 window is a few hundred KiB rather than ~3 MiB; what is ours is
// only the hand-over to il::core::write_file, so a screenshot is written with
// the same guarantees as every other file the user names.
#pragma once

#include <cstdint>
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

// The PNG file for `image` (8-bit RGB or RGBA, colour type 2 or 6).
// Precondition: sizes positive, channels 3 or 4,
// pixels.size() == width * height * channels. Throws std::runtime_error if
// the encoder fails (it only does when it cannot allocate).
std::vector<uint8_t> encode_png(const Image& image);

// Writes encode_png(image) to `path` through il::core::write_file (atomic for
// a regular file, through a symlink, in place for a device). Returns an error
// message, empty on success.
std::string write_png(const std::string& path, const Image& image);

}  // namespace il::gui
