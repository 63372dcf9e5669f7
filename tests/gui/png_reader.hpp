// tests/gui/png_reader.hpp — a strict reader for the PNGs app/gui/png_writer
// produces (8-bit RGB/RGBA, no interlace, stored deflate blocks only). It
// checks everything a real decoder would: signature, chunk CRCs, IHDR fields,
// the zlib header, each stored block's LEN/NLEN, the Adler-32 and the filter
// bytes, so a test passes only if the file is a well-formed PNG.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/gui/png_writer.hpp"

namespace il::test {

struct DecodedPng {
    il::gui::Image image;
    std::vector<std::string> chunk_types;  // in file order
    int stored_blocks = 0;
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
DecodedPng decode_stored_png(const std::vector<uint8_t>& file);
std::vector<uint8_t> read_file(const std::string& path);

}  // namespace il::test
