// app/gui/png_writer.cpp — PNG with stored deflate blocks; see png_writer.hpp.
#include "app/gui/png_writer.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>

#include "core/file_write.hpp"

namespace il::gui {

namespace {

constexpr std::array<uint8_t, 8> kSignature = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
constexpr size_t kMaxStoredBlock = 65535;  // LEN is 16 bits (RFC 1951, 3.2.4)
constexpr uint8_t kFilterNone = 0;

std::array<uint32_t, 256> make_crc_table() {
    std::array<uint32_t, 256> table{};
    for (uint32_t n = 0; n < 256; ++n) {
        uint32_t c = n;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

void put_u32_be(std::vector<uint8_t>& out, uint32_t v) {
    out.push_back(static_cast<uint8_t>(v >> 24));
    out.push_back(static_cast<uint8_t>(v >> 16));
    out.push_back(static_cast<uint8_t>(v >> 8));
    out.push_back(static_cast<uint8_t>(v));
}

void put_chunk(std::vector<uint8_t>& out, const char (&type)[5], std::span<const uint8_t> data) {
    put_u32_be(out, static_cast<uint32_t>(data.size()));
    const size_t type_at = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data.begin(), data.end());
    put_u32_be(out, crc32(std::span(out).subspan(type_at)));  // CRC covers type and data
}

// The scanlines: each row prefixed with its filter type (always None).
std::vector<uint8_t> scanlines(const Image& image) {
    const size_t row_bytes = static_cast<size_t>(image.width) * static_cast<size_t>(image.channels);
    std::vector<uint8_t> raw;
    raw.reserve((row_bytes + 1) * static_cast<size_t>(image.height));
    for (int y = 0; y < image.height; ++y) {
        raw.push_back(kFilterNone);
        const auto row = image.pixels.begin() + static_cast<std::ptrdiff_t>(row_bytes * static_cast<size_t>(y));
        raw.insert(raw.end(), row, row + static_cast<std::ptrdiff_t>(row_bytes));
    }
    return raw;
}

// A zlib stream (RFC 1950) holding `raw` in stored deflate blocks.
std::vector<uint8_t> zlib_stored(std::span<const uint8_t> raw) {
    std::vector<uint8_t> z;
    z.reserve(raw.size() + raw.size() / kMaxStoredBlock * 5 + 16);
    z.push_back(0x78);  // CMF: deflate, 32 KiB window
    z.push_back(0x01);  // FLG: no dictionary, lowest level; (0x78 << 8 | 0x01) % 31 == 0
    size_t at = 0;
    do {
        const size_t len = std::min(kMaxStoredBlock, raw.size() - at);
        const bool final_block = at + len == raw.size();
        z.push_back(final_block ? 1 : 0);  // BFINAL, BTYPE=00 (stored); the rest of the byte is padding
        z.push_back(static_cast<uint8_t>(len));
        z.push_back(static_cast<uint8_t>(len >> 8));
        z.push_back(static_cast<uint8_t>(~len));
        z.push_back(static_cast<uint8_t>(~len >> 8));
        z.insert(z.end(), raw.begin() + static_cast<std::ptrdiff_t>(at),
                 raw.begin() + static_cast<std::ptrdiff_t>(at + len));
        at += len;
    } while (at < raw.size());
    put_u32_be(z, adler32(raw));
    return z;
}

}  // namespace

uint32_t crc32(std::span<const uint8_t> data, uint32_t crc) {
    static const std::array<uint32_t, 256> table = make_crc_table();
    uint32_t c = crc ^ 0xffffffffu;
    for (uint8_t b : data) c = table[(c ^ b) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

uint32_t adler32(std::span<const uint8_t> data, uint32_t adler) {
    constexpr uint32_t kMod = 65521;
    constexpr size_t kChunk = 5552;  // largest n with no uint32 overflow before the modulo (zlib's NMAX)
    uint32_t a = adler & 0xffff, b = adler >> 16;
    while (!data.empty()) {
        const size_t n = std::min(kChunk, data.size());
        for (uint8_t byte : data.first(n)) {
            a += byte;
            b += a;
        }
        a %= kMod;
        b %= kMod;
        data = data.subspan(n);
    }
    return (b << 16) | a;
}

void flip_rows(Image& image) {
    const size_t row_bytes = static_cast<size_t>(image.width) * static_cast<size_t>(image.channels);
    for (int top = 0, bottom = image.height - 1; top < bottom; ++top, --bottom) {
        uint8_t* a = image.pixels.data() + row_bytes * static_cast<size_t>(top);
        uint8_t* b = image.pixels.data() + row_bytes * static_cast<size_t>(bottom);
        std::swap_ranges(a, a + row_bytes, b);
    }
}

std::vector<uint8_t> encode_png(const Image& image) {
    std::vector<uint8_t> out(kSignature.begin(), kSignature.end());
    std::vector<uint8_t> ihdr;
    put_u32_be(ihdr, static_cast<uint32_t>(image.width));
    put_u32_be(ihdr, static_cast<uint32_t>(image.height));
    ihdr.push_back(8);                            // bit depth
    ihdr.push_back(image.channels == 4 ? 6 : 2);  // colour type: RGBA or RGB
    ihdr.push_back(0);                            // compression: deflate
    ihdr.push_back(0);                            // filter method: adaptive (we use None)
    ihdr.push_back(0);                            // interlace: none
    put_chunk(out, "IHDR", ihdr);
    put_chunk(out, "IDAT", zlib_stored(scanlines(image)));
    put_chunk(out, "IEND", {});
    return out;
}

std::string write_png(const std::string& path, const Image& image) {
    const std::vector<uint8_t> png = encode_png(image);
    try {
        il::core::write_file(path, std::string_view(reinterpret_cast<const char*>(png.data()), png.size()),
                             "screenshot");
    } catch (const il::core::FileWriteError& e) {
        return e.what();
    }
    return {};
}

}  // namespace il::gui
