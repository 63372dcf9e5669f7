// tests/gui/png_writer_test.cpp — the screenshot PNG encoder: checksums against
// published values, then whole files through the strict reader.
#include <doctest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string_view>

#include "app/gui/png_writer.hpp"
#include "png_reader.hpp"

using il::gui::Image;

namespace {

std::span<const uint8_t> bytes(std::string_view s) { return {reinterpret_cast<const uint8_t*>(s.data()), s.size()}; }

// An image whose every byte depends on its position, so any shuffle shows.
Image gradient(int w, int h, int channels) {
    Image img{w, h, channels, {}};
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < channels; ++c) img.pixels.push_back(static_cast<uint8_t>(x * 7 + y * 13 + c * 101));
    return img;
}

}  // namespace

TEST_CASE("PNG: CRC-32 and Adler-32 match their published check values") {
    CHECK(il::gui::crc32(bytes("123456789")) == 0xcbf43926u);  // the CRC-32/ISO-HDLC check value
    CHECK(il::gui::crc32(bytes("IEND")) == 0xae426082u);       // the CRC every PNG ends with
    CHECK(il::gui::adler32(bytes("Wikipedia")) == 0x11e60398u);
    CHECK(il::gui::adler32(bytes("")) == 1u);
    // Incremental use gives the same result as one call.
    CHECK(il::gui::crc32(bytes("56789"), il::gui::crc32(bytes("1234"))) == 0xcbf43926u);
    CHECK(il::gui::adler32(bytes("pedia"), il::gui::adler32(bytes("Wiki"))) == 0x11e60398u);
}

TEST_CASE("PNG: Adler-32 stays right past the point where sums would overflow without the modulo") {
    const std::vector<uint8_t> ones(1'000'000, 0xff);
    uint32_t a = 1, b = 0;
    for (uint8_t v : ones) {
        a = (a + v) % 65521;
        b = (b + a) % 65521;
    }
    CHECK(il::gui::adler32(ones) == ((b << 16) | a));
}

TEST_CASE("PNG: a 3x2 RGB image has the signature, IHDR fields, valid CRCs and its pixels back") {
    const Image img = gradient(3, 2, 3);
    const std::vector<uint8_t> file = il::gui::encode_png(img);
    const auto decoded = il::test::decode_stored_png(file);
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
    const auto decoded = il::test::decode_stored_png(file);
    CHECK(decoded.image.channels == 4);
    CHECK(decoded.image.pixels == img.pixels);
}

TEST_CASE("PNG: data larger than one stored block is split into several, all intact") {
    const Image img = gradient(300, 200, 3);  // 180,200 bytes of scanlines: three blocks
    const auto decoded = il::test::decode_stored_png(il::gui::encode_png(img));
    CHECK(decoded.stored_blocks == 3);
    CHECK(decoded.image.pixels == img.pixels);
}

TEST_CASE("PNG: data that fills its stored blocks exactly needs no empty extra block") {
    const Image img = gradient(14563, 3, 3);  // (3 * 14563 + 1) * 3 == 2 * 65535
    const auto decoded = il::test::decode_stored_png(il::gui::encode_png(img));
    CHECK(decoded.stored_blocks == 2);
    CHECK(decoded.image.pixels == img.pixels);
}

TEST_CASE("PNG: a corrupted byte is caught by the chunk CRC") {
    std::vector<uint8_t> file = il::gui::encode_png(gradient(4, 4, 3));
    file[60] ^= 0x01;
    CHECK_THROWS_WITH_AS(il::test::decode_stored_png(file), doctest::Contains("CRC"), std::runtime_error);
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
    CHECK(il::test::decode_stored_png(il::test::read_file(path)).image.pixels == img.pixels);
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("PNG: write_png reports an unwritable path instead of failing silently") {
    const std::string error = il::gui::write_png("/nonexistent-dir/out.png", gradient(2, 2, 3));
    CHECK(error.find("cannot write screenshot /nonexistent-dir/out.png") != std::string::npos);
}
