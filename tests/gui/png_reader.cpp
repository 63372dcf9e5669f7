// tests/gui/png_reader.cpp — the strict stored-deflate PNG reader. Its CRC-32
// and Adler-32 are written independently of app/gui/png_writer.cpp (bit by
// bit, straight from the specs), so the writer is not checked against itself.
#include "png_reader.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace il::test {

namespace {

uint32_t crc32_bitwise(const uint8_t* p, size_t n) {
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < n; ++i) {
        c ^= p[i];
        for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
    }
    return ~c;
}

uint32_t adler32_simple(const std::vector<uint8_t>& data) {
    uint32_t a = 1, b = 0;
    for (uint8_t byte : data) {
        a = (a + byte) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

uint32_t be32(const uint8_t* p) {
    return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

[[noreturn]] void fail(const std::string& what) { throw std::runtime_error("bad PNG: " + what); }

// Inflates a zlib stream made only of stored blocks.
std::vector<uint8_t> inflate_stored(const std::vector<uint8_t>& z, int& blocks) {
    if (z.size() < 6) fail("zlib stream too short");
    if ((z[0] & 0x0f) != 8) fail("zlib method is not deflate");
    if (((z[0] << 8) | z[1]) % 31 != 0) fail("zlib header check bits wrong");
    if (z[1] & 0x20) fail("zlib preset dictionary set");
    std::vector<uint8_t> out;
    size_t at = 2;
    for (bool final_block = false; !final_block;) {
        if (at + 5 > z.size()) fail("truncated deflate block header");
        final_block = (z[at] & 1) != 0;
        if (((z[at] >> 1) & 3) != 0) fail("deflate block is not stored");
        const unsigned len = z[at + 1] | (z[at + 2] << 8), nlen = z[at + 3] | (z[at + 4] << 8);
        if ((len ^ 0xffffu) != nlen) fail("stored block LEN/NLEN mismatch");
        at += 5;
        if (at + len > z.size()) fail("stored block runs past the stream");
        out.insert(out.end(), z.begin() + static_cast<long>(at), z.begin() + static_cast<long>(at + len));
        at += len;
        ++blocks;
    }
    if (at + 4 != z.size()) fail("trailing bytes after the Adler-32");
    if (be32(&z[at]) != adler32_simple(out)) fail("Adler-32 mismatch");
    return out;
}

}  // namespace

DecodedPng decode_stored_png(const std::vector<uint8_t>& f) {
    static const uint8_t kSig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (f.size() < 8 || !std::equal(kSig, kSig + 8, f.begin())) fail("signature");
    DecodedPng d;
    std::vector<uint8_t> idat;
    int bit_depth = 0, colour_type = -1;
    for (size_t at = 8; at < f.size();) {
        if (at + 12 > f.size()) fail("truncated chunk");
        const uint32_t len = be32(&f[at]);
        if (at + 12 + len > f.size()) fail("chunk runs past the file");
        const std::string type(f.begin() + static_cast<long>(at + 4), f.begin() + static_cast<long>(at + 8));
        if (be32(&f[at + 8 + len]) != crc32_bitwise(&f[at + 4], len + 4)) fail("CRC of chunk " + type);
        const uint8_t* data = &f[at + 8];
        d.chunk_types.push_back(type);
        if (type == "IHDR") {
            if (len != 13) fail("IHDR length");
            d.image.width = static_cast<int>(be32(data));
            d.image.height = static_cast<int>(be32(data + 4));
            bit_depth = data[8];
            colour_type = data[9];
            if (data[10] != 0 || data[11] != 0 || data[12] != 0) fail("IHDR compression/filter/interlace");
        } else if (type == "IDAT") {
            idat.insert(idat.end(), data, data + len);
        }
        at += 12 + len;
    }
    if (d.chunk_types.empty() || d.chunk_types.front() != "IHDR" || d.chunk_types.back() != "IEND") fail("chunk order");
    if (bit_depth != 8 || (colour_type != 2 && colour_type != 6)) fail("not 8-bit RGB/RGBA");
    if (d.image.width <= 0 || d.image.height <= 0) fail("empty image");
    d.image.channels = colour_type == 6 ? 4 : 3;
    const std::vector<uint8_t> raw = inflate_stored(idat, d.stored_blocks);
    const size_t row = static_cast<size_t>(d.image.width) * static_cast<size_t>(d.image.channels);
    if (raw.size() != (row + 1) * static_cast<size_t>(d.image.height)) fail("image data size");
    for (size_t y = 0; y < static_cast<size_t>(d.image.height); ++y) {
        if (raw[y * (row + 1)] != 0) fail("filter type is not None");
        const auto begin = raw.begin() + static_cast<long>(y * (row + 1) + 1);
        d.image.pixels.insert(d.image.pixels.end(), begin, begin + static_cast<long>(row));
    }
    return d;
}

std::vector<uint8_t> read_file(const std::string& path) {
    std::vector<uint8_t> out;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) throw std::runtime_error("cannot open " + path);
    uint8_t buf[65536];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) out.insert(out.end(), buf, buf + n);
    std::fclose(f);
    return out;
}

size_t count_colour(const std::vector<uint8_t>& pixels, int channels, Rgb c) {
    const auto step = static_cast<size_t>(channels);
    size_t n = 0;
    for (size_t i = 0; i + 2 < pixels.size(); i += step)
        n += pixels[i] == c.r && pixels[i + 1] == c.g && pixels[i + 2] == c.b;
    return n;
}

}  // namespace il::test
