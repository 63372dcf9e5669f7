// tests/gui/png_reader.cpp — chunk and CRC checks of our own (stb_image skips
// CRCs), then stb_image for the pixels. The CRC-32 is computed bit by bit,
// straight from the PNG spec, independently of both stb libraries.
#include "png_reader.hpp"

#include <stb_image.h>

#include <algorithm>
#include <cstdio>
#include <memory>
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

uint32_t be32(const uint8_t* p) {
    return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

[[noreturn]] void fail(const std::string& what) { throw std::runtime_error("bad PNG: " + what); }

}  // namespace

DecodedPng decode_png(const std::vector<uint8_t>& f) {
    static const uint8_t kSig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (f.size() < 8 || !std::equal(kSig, kSig + 8, f.begin())) fail("signature");
    DecodedPng d;
    for (size_t at = 8; at < f.size();) {
        if (at + 12 > f.size()) fail("truncated chunk");
        const uint32_t len = be32(&f[at]);
        if (at + 12 + len > f.size()) fail("chunk runs past the file");
        const std::string type(f.begin() + static_cast<long>(at + 4), f.begin() + static_cast<long>(at + 8));
        if (be32(&f[at + 8 + len]) != crc32_bitwise(&f[at + 4], len + 4)) fail("CRC of chunk " + type);
        d.chunk_types.push_back(type);
        at += 12 + len;
    }
    if (d.chunk_types.empty() || d.chunk_types.front() != "IHDR" || d.chunk_types.back() != "IEND") fail("chunk order");

    int w = 0, h = 0, channels = 0;
    const std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
        stbi_load_from_memory(f.data(), static_cast<int>(f.size()), &w, &h, &channels, 0), stbi_image_free);
    if (!pixels) fail(std::string("stb_image: ") + stbi_failure_reason());
    // The screenshots are 8-bit RGB or RGBA; anything else is not ours.
    if (stbi_is_16_bit_from_memory(f.data(), static_cast<int>(f.size())) || (channels != 3 && channels != 4))
        fail("not 8-bit RGB/RGBA");
    d.image.width = w;
    d.image.height = h;
    d.image.channels = channels;
    d.image.pixels.assign(pixels.get(), pixels.get() + static_cast<size_t>(w) * static_cast<size_t>(h) *
                                                           static_cast<size_t>(channels));
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
