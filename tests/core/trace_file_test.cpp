// Native trace files: a round trip rebuilds the same lanes; truncated, wrong,
// absurd and garbage files give a clear TraceFileError, never a crash.
#include <doctest.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

#include "core/trace/trace_file.hpp"
#include "tests/support/trace_builder.hpp"

namespace il::core {
namespace {

namespace fs = std::filesystem;

struct TempPath {
    fs::path path;
    explicit TempPath(const std::string& name)
        : path(fs::temp_directory_path() / ("il_" + std::to_string(::getpid()) + "_" + name)) {}
    ~TempPath() {
        std::error_code ec;
        fs::remove(path, ec);
    }
};

uint64_t fnv1a(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (const char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ull;
    }
    return h;
}

// Rewrites the trailing checksum so a deliberately edited file gets past it.
void reseal(std::string& bytes) {
    const uint64_t h = fnv1a(std::string_view(bytes).substr(0, bytes.size() - 8));
    for (size_t i = 0; i < 8; ++i) bytes[bytes.size() - 8 + i] = static_cast<char>((h >> (8 * i)) & 0xff);
}

void put_u64(std::string& bytes, size_t at, uint64_t v) {
    for (size_t i = 0; i < 8; ++i) bytes[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
}

std::string error_of(std::string_view bytes) {
    try {
        parse_trace(bytes, "t.iltrace");
    } catch (const TraceFileError& e) {
        return e.what();
    }
    return "(loaded)";
}

TraceStore prepared_trace() {
    TraceStore s = il::test::sample_trace();
    s.set_run_info({"lock.counter_race", "step", {"iterations=10", "use_lock=true"}});
    s.set_deadlock_cycle(Cycle{{1, 2}, {0, 0}});
    return s;
}

void check_same_markers(const TraceStore& a, const TraceStore& b, uint16_t w) {
    const auto ma = a.markers(w), mb = b.markers(w);
    REQUIRE(ma.size() == mb.size());
    for (size_t i = 0; i < ma.size(); ++i) {
        CHECK(ma[i].kind == mb[i].kind);
        CHECK(ma[i].t == mb[i].t);
        CHECK(ma[i].s == mb[i].s);
        CHECK(ma[i].object == mb[i].object);
        CHECK(a.text(ma[i].text) == b.text(mb[i].text));
        if (ma[i].text == kNoText) CHECK(ma[i].value == mb[i].value);
    }
}

// Every derived lane of `b` equals `a`'s (text ids may differ; texts may not).
void check_same(const TraceStore& a, const TraceStore& b) {
    REQUIRE(a.worker_count() == b.worker_count());
    for (uint16_t w = 0; w < a.worker_count(); ++w) {
        CHECK(std::ranges::equal(a.intervals(w), b.intervals(w)));
        CHECK(a.worker_name(w) == b.worker_name(w));
        CHECK(a.worker(w).kind == b.worker(w).kind);
        CHECK(a.worker(w).exitcode == b.worker(w).exitcode);
        check_same_markers(a, b, w);
    }
    check_same_markers(a, b, kNoWorker);
    REQUIRE(a.object_count() == b.object_count());
    for (uint32_t o = 0; o < a.object_count(); ++o) {
        CHECK(a.object_name(o) == b.object_name(o));
        CHECK(a.object(o).capacity == b.object(o).capacity);
        REQUIRE(a.hold_slots(o) == b.hold_slots(o));
        for (size_t s = 0; s < a.hold_slots(o); ++s) CHECK(std::ranges::equal(a.holds(o, s), b.holds(o, s)));
        CHECK(std::ranges::equal(a.samples(o), b.samples(o)));
        CHECK(std::ranges::equal(a.handoffs(o), b.handoffs(o)));
    }
    REQUIRE(a.console().size() == b.console().size());
    for (size_t i = 0; i < a.console().size(); ++i) {
        CHECK(a.text(a.console()[i].text) == b.text(b.console()[i].text));
        CHECK(a.console()[i].t == b.console()[i].t);
        CHECK(a.console()[i].worker == b.console()[i].worker);
    }
    REQUIRE(a.results().size() == b.results().size());
    for (size_t i = 0; i < a.results().size(); ++i) {
        CHECK(a.results()[i].key == b.results()[i].key);
        CHECK(a.results()[i].value == b.results()[i].value);
    }
    CHECK(a.events().size() == b.events().size());
    CHECK(a.end_ns() == b.end_ns());
    CHECK(a.end_step() == b.end_step());
    CHECK(a.counts().events == b.counts().events);
    CHECK(a.counts().by_kind == b.counts().by_kind);
}

TEST_CASE("TraceFile: save then load rebuilds the same lanes, console, results and tables") {
    const TraceStore original = prepared_trace();
    TempPath p("roundtrip.iltrace");
    save_trace(original, p.path.string());
    const TraceStore loaded = load_trace(p.path.string());
    check_same(original, loaded);
    CHECK(loaded.run_info().demo_id == "lock.counter_race");
    CHECK(loaded.run_info().mode == "step");
    CHECK(loaded.run_info().params == original.run_info().params);
    REQUIRE(loaded.deadlock_cycle().has_value());
    CHECK(loaded.deadlock_cycle()->workers == std::vector<uint16_t>{1, 2});
    CHECK(loaded.result("total") == "42");
    CHECK(loaded.text(loaded.console()[0].text) == "hello \"world\"\n\ttab\x01");
    // Saving the loaded store gives the same bytes: nothing is lost or invented.
    CHECK(serialize_trace(loaded) == serialize_trace(original));
}

TEST_CASE("TraceFile: a coarsened trace with thinned raw events reloads consistently and keeps its counts") {
    TraceLimits lim;
    lim.max_intervals_per_lane = 32;
    lim.max_raw_events = 500;
    il::test::TraceBuilder b(lim);
    b.object(0, "lock", ObjectKind::Lock).object(1, "q", ObjectKind::Queue, 8);
    for (int i = 0; i < 3000; ++i) {
        const auto w = static_cast<uint16_t>(i % 2);
        b.ev(i * 10, w, EventKind::Obtain, 0, 1).ev(i * 10 + 3, static_cast<uint16_t>(1 - w), EventKind::Block, 0);
        b.ev(i * 10 + 5, w, EventKind::QueuePut, 1, i % 8).ev(i * 10 + 6, w, EventKind::Release, 0, 0);
        b.ev(i * 10 + 7, static_cast<uint16_t>(1 - w), EventKind::Wake, 0, 1);
    }
    REQUIRE(b.store.thinned());
    const TraceStore loaded = parse_trace(serialize_trace(b.store), "mem", lim);
    CHECK(loaded.counts().events == b.store.counts().events);
    CHECK(loaded.counts().raw_thinned == b.store.counts().raw_thinned);
    CHECK(loaded.events().size() == b.store.events().size());
    for (uint16_t w = 0; w < 2; ++w) {
        const auto iv = loaded.intervals(w);
        REQUIRE_FALSE(iv.empty());
        CHECK(iv.size() <= 32);
        for (size_t i = 1; i < iv.size(); ++i) CHECK(iv[i].t0 == iv[i - 1].t1);
        CHECK(iv.back().t1 == kOpenEnd);
    }
}

TEST_CASE("TraceFile: a file cut short at any length is reported, never loaded") {
    const std::string bytes = serialize_trace(prepared_trace());
    for (size_t n = 0; n < bytes.size(); ++n) CHECK_THROWS_AS(parse_trace(bytes.substr(0, n)), TraceFileError);
    CHECK(error_of(bytes.substr(0, bytes.size() / 2)).find("truncated") != std::string::npos);
    CHECK(error_of(bytes.substr(0, 12)).find("truncated") != std::string::npos);
    CHECK(error_of("").find("empty") != std::string::npos);
}

TEST_CASE("TraceFile: wrong magic, wrong version and trailing bytes are named") {
    std::string bytes = serialize_trace(prepared_trace());
    std::string wrong = bytes;
    wrong[0] = 'X';
    CHECK(error_of(wrong).find("not an Interleave trace") != std::string::npos);
    CHECK(error_of("{\"traceEvents\":[]}").find("not an Interleave trace") != std::string::npos);
    std::string v2 = bytes;
    v2[8] = 2;
    CHECK(error_of(v2).find("version 2; this build reads version 1") != std::string::npos);
    CHECK(error_of(bytes + "junk").find("unexpected bytes") != std::string::npos);
    CHECK(error_of(bytes).find("t.iltrace") == std::string::npos);  // it loads
}

TEST_CASE("TraceFile: every damaged byte is caught by the checksum") {
    const std::string bytes = serialize_trace(prepared_trace());
    for (size_t i = 24; i < bytes.size(); ++i) {
        std::string d = bytes;
        d[i] = static_cast<char>(d[i] ^ 0x5a);
        const std::string e = error_of(d);
        CHECK(e.find("t.iltrace") == 0);
    }
    std::string d = bytes;
    d[bytes.size() / 2] ^= 1;
    CHECK(error_of(d).find("checksum") != std::string::npos);
}

TEST_CASE("TraceFile: absurd counts are rejected before anything is allocated for them") {
    const std::string empty = serialize_trace(TraceStore{});
    // In a store with no events the event count is the last field of the body.
    std::string huge = empty;
    put_u64(huge, huge.size() - 16, 1ull << 40);
    reseal(huge);
    CHECK(error_of(huge).find("claims 1099511627776 events but only 0 bytes remain") != std::string::npos);
    std::string big_body = empty;
    put_u64(big_body, 16, 1ull << 62);
    CHECK(error_of(big_body).find("corrupt") != std::string::npos);
}

TEST_CASE("TraceFile: unknown event kinds and text indices in a resealed file are named") {
    il::test::TraceBuilder b;
    b.ev(5, 1, EventKind::Print, kNoObject, 0, "hi");
    const std::string good = serialize_trace(b.store);
    // The single event is the last 40 body bytes: value at +16, kind at +34.
    const size_t ev = good.size() - 8 - 40;
    std::string kind = good;
    kind[ev + 34] = static_cast<char>(200);
    reseal(kind);
    CHECK(error_of(kind).find("event 0 has unknown kind 200") != std::string::npos);
    std::string text = good;
    put_u64(text, ev + 16, 7);
    reseal(text);
    CHECK(error_of(text).find("event 0 refers to text 7 of 1") != std::string::npos);
}

TEST_CASE("TraceFile: random garbage never loads and never crashes") {
    std::mt19937_64 rng(12345);
    const std::string valid = serialize_trace(prepared_trace());
    for (int round = 0; round < 200; ++round) {
        std::string g(rng() % 512, '\0');
        for (char& c : g) c = static_cast<char>(rng());
        if (round % 2) g.replace(0, std::min<size_t>(g.size(), 12), valid.substr(0, 12));  // valid magic + version
        CHECK_THROWS_AS(parse_trace(g), TraceFileError);
    }
}

TEST_CASE("TraceFile: missing and unwritable paths give a clear error") {
    CHECK_THROWS_WITH_AS(load_trace("/nonexistent-dir/x.iltrace"),
                         doctest::Contains("cannot open trace file '/nonexistent-dir/x.iltrace': No such file or directory"), TraceFileError);
    CHECK_THROWS_WITH_AS(save_trace(prepared_trace(), "/nonexistent-dir/x.iltrace"),
                         doctest::Contains("cannot write trace file /nonexistent-dir/x.iltrace"), TraceFileError);
    TempPath empty("empty.iltrace");
    std::ofstream(empty.path).close();
    CHECK_THROWS_WITH_AS(load_trace(empty.path.string()), doctest::Contains("empty"), TraceFileError);
}

}  // namespace
}  // namespace il::core
