// tests/gui/png_writer_test.cpp — the screenshot PNG writer (stb_image_write
// behind core's write_file): whole files through the strict reader
// (chunk CRCs, then stb_image for the pixels).
#include <doctest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "app/gui/shell/png_writer.hpp"
#include "png_reader.hpp"

using il::gui::Image;

namespace {

// An image whose every byte depends on its position, so any shuffle shows.
Image gradient(int w, int h, int channels) {
    Image img{w, h, channels, {}};
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < channels; ++c) img.pixels.push_back(static_cast<uint8_t>(x * 7 + y * 13 + c * 101));
    return img;
}

}  // namespace

TEST_CASE("PNG: a 3x2 RGB image has the signature, IHDR fields, valid CRCs and its pixels back") {
    const Image img = gradient(3, 2, 3);
    const std::vector<uint8_t> file = il::gui::encode_png(img);
    const auto decoded = il::test::decode_png(file);
    CHECK(decoded.chunk_types == std::vector<std::string>{"IHDR", "IDAT", "IEND"});
    CHECK(decoded.image.width == 3);
    CHECK(decoded.image.height == 2);
    CHECK(decoded.image.channels == 3);
    CHECK(file[8 + 4 + 4 + 8] == 8);  // bit depth
    CHECK(file[8 + 4 + 4 + 9] == 2);  // colour type RGB
    CHECK(decoded.image.pixels == img.pixels);
}

TEST_CASE("PNG: RGBA images use colour type 6 and keep alpha") {
    const Image img = gradient(5, 4, 4);
    const std::vector<uint8_t> file = il::gui::encode_png(img);
    CHECK(file[8 + 4 + 4 + 9] == 6);
    const auto decoded = il::test::decode_png(file);
    CHECK(decoded.image.channels == 4);
    CHECK(decoded.image.pixels == img.pixels);
}

TEST_CASE("PNG: a corrupted byte is caught by the chunk CRC") {
    std::vector<uint8_t> file = il::gui::encode_png(gradient(4, 4, 3));
    // The first byte of IDAT's data: after the signature (8), IHDR (12 + 13)
    // and IDAT's length and type (8) — plus the zlib header (2).
    REQUIRE(std::string(file.begin() + 37, file.begin() + 41) == "IDAT");
    file[8 + 25 + 8 + 2] ^= 0x01;
    CHECK_THROWS_WITH_AS(il::test::decode_png(file), doctest::Contains("CRC"), std::runtime_error);
}

TEST_CASE("PNG: flip_rows reverses the row order, twice is the identity") {
    Image img = gradient(4, 3, 3);
    const Image original = img;
    il::gui::flip_rows(img);
    for (int y = 0; y < 3; ++y)
        for (int i = 0; i < 12; ++i)
            CHECK(img.pixels[static_cast<size_t>(y * 12 + i)] ==
                  original.pixels[static_cast<size_t>((2 - y) * 12 + i)]);
    il::gui::flip_rows(img);
    CHECK(img.pixels == original.pixels);
}

TEST_CASE("PNG: write_png writes the file and leaves no temporary behind") {
    const auto dir = std::filesystem::temp_directory_path() / ("il_png_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "out.png").string();
    const Image img = gradient(16, 8, 3);
    CHECK(il::gui::write_png(path, img).empty());
    CHECK(il::test::read_file(path) == il::gui::encode_png(img));
    CHECK(il::test::decode_png(il::test::read_file(path)).image.pixels == img.pixels);
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("PNG: write_png reports an unwritable path instead of failing silently") {
    const std::string error = il::gui::write_png("/nonexistent-dir/out.png", gradient(2, 2, 3));
    CHECK(error.find("cannot write screenshot /nonexistent-dir/out.png") != std::string::npos);
}

namespace {

// What a screenshot of the window looks like to a compressor: large flat
// panels, a few framed boxes, and rows of small "glyphs" whose pixels vary.
Image ui_like(int w, int h) {
    Image img{w, h, 3, std::vector<uint8_t>(static_cast<size_t>(w) * static_cast<size_t>(h) * 3)};
    auto put = [&](int x, int y, uint8_t r, uint8_t g, uint8_t b) {
        uint8_t* p = &img.pixels[(static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x)) * 3];
        p[0] = r, p[1] = g, p[2] = b;
    };
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const bool panel = x < w / 4 || y > h * 2 / 3;  // two panel backgrounds
            put(x, y, panel ? 37 : 30, panel ? 37 : 31, panel ? 38 : 34);
            if (x % 320 == 0 || y % 200 == 0) put(x, y, 110, 110, 125);  // panel borders
        }
    for (int line = 0; line < h / 16; ++line)  // text: 6x10 glyphs, 8 px apart
        for (int gx = 8; gx + 6 < w / 3; gx += 8)
            for (int y = 0; y < 10; ++y)
                for (int x = 0; x < 6; ++x) {
                    const int bit = (gx * 31 + line * 17 + y * 7 + x * 3) % 5;  // a pseudo-random glyph
                    if (bit < 2) put(gx + x, line * 16 + 3 + y, static_cast<uint8_t>(200 + bit * 20), 210, 220);
                }
    return img;
}

}  // namespace

TEST_CASE("PNG: a window-sized screenshot is compressed well below its raw size and reads back pixel-identical") {
    const Image img = ui_like(1280, 800);
    const size_t raw_rgba = 1280u * 800u * 4u;  // what an uncompressed RGBA buffer takes: 4,096,000 bytes
    const std::vector<uint8_t> file = il::gui::encode_png(img);
    CAPTURE(file.size());
    CHECK(file.size() < raw_rgba / 4);
    const auto decoded = il::test::decode_png(file);
    CHECK(decoded.image.width == 1280);
    CHECK(decoded.image.height == 800);
    CHECK(decoded.image.channels == 3);
    CHECK(decoded.image.pixels == img.pixels);

    // The same through a file, and with alpha: write_png's output reads back exactly.
    Image rgba{64, 48, 4, {}};
    for (size_t i = 0; i < 64u * 48u; ++i) {
        const auto alpha = static_cast<uint8_t>(i % 7 == 0 ? 0 : 255);  // some fully transparent pixels
        for (uint8_t c : {uint8_t(i), uint8_t(i >> 3), uint8_t(30), alpha}) rgba.pixels.push_back(c);
    }
    const auto dir = std::filesystem::temp_directory_path() / ("il_png_size_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "shot.png").string();
    REQUIRE(il::gui::write_png(path, rgba).empty());
    const auto back = il::test::decode_png(il::test::read_file(path));
    CHECK(back.image.channels == 4);
    CHECK(back.image.pixels == rgba.pixels);
    std::filesystem::remove_all(dir);
}
