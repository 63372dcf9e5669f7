// Fuzzing the two file readers a user can feed anything: the schedule parser
// (Schedule::parse) and the saved-run parser (parse_trace). Valid files are
// mutated — bit flips, truncations, inserted and deleted bytes, duplicated
// lines, huge numbers and counts — and each mutant must either parse or throw
// the reader's documented error (ScheduleError, TraceFileError). Anything
// else fails the test: another exception, a crash (the test dies), a hang
// (each case is timed) or an absurd allocation (operator new below refuses
// any single allocation over kAllocCap while a mutant is being parsed, so a
// count of 2^32 trusted for a reserve() shows up as std::bad_alloc).
//
// Bounded and seeded: the same mutants every run, each case well under 2 s
// (a few seconds under AddressSanitizer).
#include <doctest.h>

#include <chrono>
#include <cstdlib>
#include <new>
#include <random>
#include <string>
#include <vector>

#include "core/observer/schedule.hpp"
#include "core/trace/trace_file.hpp"
#include "tests/support/trace_builder.hpp"

namespace {

// Set while a mutant is parsed on this thread: allocations above the cap throw.
thread_local bool t_capped = false;
constexpr size_t kAllocCap = 64u << 20;

// Each case takes ~0.1-0.2 s in an optimised build; the bound catches a hang
// or a quadratic blow-up, with room for the sanitizer builds' slow-down.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr double kMaxSeconds = 15.0;
#else
constexpr double kMaxSeconds = 2.0;
#endif

}  // namespace

// AddressSanitizer has its own operator new (and checks new/delete pairs);
// replacing it there would break that check, so the cap is for normal builds.
#if !defined(__SANITIZE_ADDRESS__)
// GCC sees free() of what "operator new" returned; here operator new is malloc.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void* operator new(size_t n) {
    if (t_capped && n > kAllocCap) throw std::bad_alloc();
    if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, size_t) noexcept { std::free(p); }
#pragma GCC diagnostic pop
#endif

namespace il::core {
namespace {

using Rng = std::mt19937_64;

// Uniform in [0, n) from the raw engine (whose output the standard fixes),
// so the mutants are the same with every standard library.
size_t below(Rng& rng, size_t n) { return n == 0 ? 0 : static_cast<size_t>(rng() % n); }

const char* const kHuge[] = {"4294967296", "18446744073709551616", "99999999999999999999999999", "-1",
                             "2147483648", "0x7fffffff", "1e308", "\"", "\\", "\"\\x"};

// One random mutation of `s`. Text-ish mutations (lines, numbers) matter for
// the schedule; byte-level ones for both.
void mutate(std::string& s, Rng& rng) {
    switch (below(rng, 9)) {
        case 0:  // flip a bit
            if (!s.empty()) s[below(rng, s.size())] ^= static_cast<char>(1u << below(rng, 8));
            break;
        case 1:  // cut the end off
            s.resize(below(rng, s.size() + 1));
            break;
        case 2: {  // insert random bytes
            std::string ins(1 + below(rng, 8), '\0');
            for (char& c : ins) c = static_cast<char>(rng());
            s.insert(below(rng, s.size() + 1), ins);
            break;
        }
        case 3:  // delete a range
            if (!s.empty()) {
                const size_t at = below(rng, s.size());
                s.erase(at, 1 + below(rng, 16));
            }
            break;
        case 4: {  // duplicate a line
            const size_t at = below(rng, s.size() + 1);
            const size_t b = s.rfind('\n', at == 0 ? 0 : at - 1);
            const size_t start = b == std::string::npos ? 0 : b + 1;
            const size_t e = s.find('\n', start);
            const std::string line = s.substr(start, e == std::string::npos ? std::string::npos : e - start + 1);
            s.insert(start, line);
            break;
        }
        case 5: {  // a huge number (or a quote, a backslash) where a word was
            const std::string h = kHuge[below(rng, std::size(kHuge))];
            const size_t at = below(rng, s.size() + 1);
            s.replace(at, below(rng, 4), h);
            break;
        }
        case 6:  // overwrite 4 bytes with a huge little-endian count
        case 7: {
            if (s.size() < 4) break;
            const size_t at = below(rng, s.size() - 3);
            const uint32_t v = below(rng, 2) ? 0xffffffffu : 0x80000000u + static_cast<uint32_t>(below(rng, 1000));
            for (size_t i = 0; i < 4; ++i) s[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
            break;
        }
        default:  // swap two bytes
            if (s.size() >= 2) std::swap(s[below(rng, s.size())], s[below(rng, s.size())]);
    }
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::string schedule_seed() {
    Schedule s;
    s.demo = "pool.map";
    s.params = {"tasks=4", "workers=2"};
    for (const char* w : {"MainThread", "Thread-1 (_handle_workers)", "io (alone)", "ForkPoolWorker-1",
                          "say \"hi\"", "tab\there"})
        s.steps.push_back({w, false});
    s.steps.push_back({"Thread-2", true});
    return "# a comment\n\n" + s.to_text() + "# trailing comment\nstep MainThread\n";
}

TEST_CASE("Fuzz: mutated schedules parse or throw ScheduleError, and what parses round-trips") {
    const std::string seed = schedule_seed();
    REQUIRE_NOTHROW(Schedule::parse(seed));
    Rng rng(20261206);
    const auto t0 = std::chrono::steady_clock::now();
    int parsed = 0, refused = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string m = seed;
        for (size_t k = 1 + below(rng, 4); k > 0; --k) mutate(m, rng);
        std::string other;
        t_capped = true;
        try {
            const Schedule s = Schedule::parse(m);
            // Whatever parses writes back to text that parses to the same schedule.
            const Schedule again = Schedule::parse(s.to_text());
            t_capped = false;
            CHECK(again.demo == s.demo);
            CHECK(again.params == s.params);
            CHECK(again.steps == s.steps);
            ++parsed;
        } catch (const ScheduleError&) {
            ++refused;
        } catch (const std::exception& e) {
            other = e.what();
        }
        t_capped = false;
        if (!other.empty()) FAIL_CHECK("round " << round << ": undocumented exception: " << other);
    }
    CHECK(parsed > 100);   // the mutations are not all fatal...
    CHECK(refused > 100);  // ...nor all harmless
    CHECK(seconds_since(t0) < kMaxSeconds);
}

// The trace file's checksum catches any damage; to reach the parser behind it,
// half of the mutants get their size field and checksum rewritten to match.
void reseal(std::string& b) {
    if (b.size() < 32) return;
    const uint64_t body = b.size() - 32;
    for (size_t i = 0; i < 8; ++i) b[16 + i] = static_cast<char>((body >> (8 * i)) & 0xff);
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i + 8 < b.size(); ++i) {
        h ^= static_cast<unsigned char>(b[i]);
        h *= 0x100000001b3ull;
    }
    for (size_t i = 0; i < 8; ++i) b[b.size() - 8 + i] = static_cast<char>((h >> (8 * i)) & 0xff);
}

TEST_CASE("Fuzz: mutated trace files load or throw TraceFileError, never crash or over-allocate") {
    TraceStore sample = il::test::sample_trace();
    sample.set_run_info({"lock.counter_race", "step", {"iterations=10"}});
    sample.set_deadlock_cycle(Cycle{{1, 2}, {0, 0}});
    const std::string seed = serialize_trace(sample);
    REQUIRE_NOTHROW(parse_trace(seed));
    Rng rng(424242);
    const auto t0 = std::chrono::steady_clock::now();
    int loaded = 0, refused = 0;
    for (int round = 0; round < 6000; ++round) {
        std::string m = seed;
        // Mutate the body only (keep the magic and version) most of the time,
        // so the mutants get past the first checks.
        for (size_t k = 1 + below(rng, 3); k > 0; --k) {
            std::string body = m.size() > 24 ? m.substr(24) : std::string();
            if (below(rng, 8) == 0) {
                mutate(m, rng);
                continue;
            }
            mutate(body, rng);
            m = m.substr(0, std::min<size_t>(m.size(), 24)) + body;
        }
        if (round % 2 == 0) {
            m.append(8, '\0');  // room for the checksum reseal() writes
            if (below(rng, 2)) m.erase(m.size() - 16, 8);
            reseal(m);
        }
        std::string other;
        t_capped = true;
        try {
            (void)parse_trace(m, "fuzz");
            ++loaded;
        } catch (const TraceFileError& e) {
            ++refused;
            CHECK(std::string(e.what()).find("fuzz") == 0);
        } catch (const std::exception& e) {
            other = e.what();
        }
        t_capped = false;
        if (!other.empty()) FAIL_CHECK("round " << round << ": undocumented exception: " << other);
    }
    CHECK(loaded > 10);  // resealed mutants reach the parser and some load
    CHECK(refused > 1000);
    CHECK(seconds_since(t0) < kMaxSeconds);
}

TEST_CASE("Fuzz: the allocation cap itself works (a trusted 2^32 count would be caught)") {
#if defined(__SANITIZE_ADDRESS__)
    MESSAGE("AddressSanitizer build: the cap is ASan's own allocator limit");
#else
    t_capped = true;
    CHECK_THROWS_AS(std::vector<char>(size_t{1} << 32), std::bad_alloc);
    t_capped = false;
#endif
}

}  // namespace
}  // namespace il::core
