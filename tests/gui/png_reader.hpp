// tests/gui/png_reader.hpp — reads the screenshots back for the tests. The
// pixels are decoded by stb_image (third_party/stb), a decoder written
// independently of the encoder (stb_image_write), so the writer is not checked
// against itself. stb_image does not check chunk CRCs ("no CRC checking", its
// header says), so the reader walks the chunks first and verifies the
// signature, every CRC and the IHDR..IEND order: a test passes only on a
// well-formed file.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/gui/shell/png_writer.hpp"

namespace il::test {

struct DecodedPng {
    il::gui::Image image;                  // channels as stored: 3 (RGB) or 4 (RGBA)
    std::vector<std::string> chunk_types;  // in file order
};

// An exact 8-bit colour (the smoke tests spell out theme.hpp's values: their
// binary links no ImGui).
struct Rgb {
    uint8_t r, g, b;
};
// Pixels of exactly `c` in tightly packed pixels of `channels` bytes (3: RGB, 4: RGBA).
size_t count_colour(const std::vector<uint8_t>& pixels, int channels, Rgb c);
inline size_t count_colour(const il::gui::Image& img, Rgb c) { return count_colour(img.pixels, img.channels, c); }

// Throws std::runtime_error naming the first thing that is wrong.
DecodedPng decode_png(const std::vector<uint8_t>& file);
std::vector<uint8_t> read_file(const std::string& path);

}  // namespace il::test
