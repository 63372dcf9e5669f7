#include "core/explore/challenge.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>

#include <toml++/toml.h>

#include "core/common/i18n.hpp"
#include "core/io/file_input.hpp"

namespace il::core {

namespace {

namespace fs = std::filesystem;

// "FILE:LINE: message", LINE from the node the message is about.
[[noreturn]] void fail(const std::string& path, const toml::source_region& at, const std::string& message) {
    throw ChallengeError(path + ":" + std::to_string(at.begin.line) + ": " + message);
}

class Reader {
public:
    Reader(std::string path, const toml::table& root) : path_(std::move(path)), root_(root) {}

    const toml::node* get(const toml::table& t, std::string_view key) { return t.get(key); }

    std::string string(const toml::table& t, std::string_view key, bool required) {
        const toml::node* n = get(t, key);
        if (!n) {
            if (required) fail(path_, t.source(), i18n::trf("'{key}' is missing: expected a text", {{"key", key}}));
            return {};
        }
        if (!n->is_string()) fail(path_, n->source(), i18n::trf("'{key}': expected a text in quotes", {{"key", key}}));
        return std::string(*n->value<std::string_view>());
    }

    Text text(const toml::table& t, std::string_view key, bool required) {
        const toml::node* n = get(t, key);
        if (!n) {
            if (required) fail(path_, t.source(), i18n::trf("'{key}' is missing: expected { en = \"…\", zh = \"…\" }", {{"key", key}}));
            return {};
        }
        return text_of(*n, key);
    }

    Text text_of(const toml::node& n, std::string_view what) {
        const toml::table* t = n.as_table();
        if (!t) fail(path_, n.source(), i18n::trf("'{key}': expected { en = \"…\", zh = \"…\" }", {{"key", what}}));
        Text out{string(*t, "en", true), string(*t, "zh", false)};
        check_keys(*t, {"en", "zh"});
        return out;
    }

    std::vector<std::string> strings(const toml::table& t, std::string_view key) {
        std::vector<std::string> out;
        const toml::node* n = get(t, key);
        if (!n) return out;
        const toml::array* a = n->as_array();
        if (!a) fail(path_, n->source(), i18n::trf("'{key}': expected a list of texts, [\"…\", \"…\"]", {{"key", key}}));
        for (const toml::node& e : *a) {
            if (!e.is_string()) fail(path_, e.source(), i18n::trf("'{key}': expected a list of texts, [\"…\", \"…\"]", {{"key", key}}));
            out.emplace_back(*e.value<std::string_view>());
        }
        return out;
    }

    // A list of choices, each a text ("5") or { en = "yes", zh = "是" }.
    std::vector<Text> choices(const toml::table& t, std::string_view key) {
        std::vector<Text> out;
        const toml::node* n = get(t, key);
        if (!n) return out;
        const toml::array* a = n->as_array();
        const auto bad = [&](const toml::node& at) {
            fail(path_, at.source(), i18n::trf("'{key}': expected a list of texts, [\"…\", \"…\"], or of { en = \"…\", zh = \"…\" }",
                                               {{"key", key}}));
        };
        if (!a) bad(*n);
        for (const toml::node& e : *a) {
            if (e.is_string()) out.push_back({std::string(*e.value<std::string_view>()), ""});
            else if (e.is_table()) out.push_back(text_of(e, key));
            else bad(e);
        }
        return out;
    }

    // A key the format does not have is an error: a misspelt "limts" must not
    // silently leave the challenge without its limits.
    void check_keys(const toml::table& t, std::initializer_list<std::string_view> known) {
        for (const auto& [k, v] : t) {
            if (std::find(known.begin(), known.end(), k.str()) != known.end()) continue;
            std::string list;
            for (std::string_view s : known) list += (list.empty() ? "" : ", ") + std::string(s);
            fail(path_, v.source(), i18n::trf("unknown key '{key}' (expected one of: {keys})", {{"key", k.str()}, {"keys", list}}));
        }
    }

    const std::string& path() const { return path_; }
    const toml::table& root() const { return root_; }

private:
    std::string path_;
    const toml::table& root_;
};

}  // namespace

std::string Text::shown() const { return i18n::language() == i18n::Lang::ZhCN && !zh.empty() ? zh : en; }

std::string Challenge::Predict::shown(const std::string& a) const {
    for (const Text& c : choices)
        if (c.en == a) return c.shown();
    return a;
}

Challenge Challenge::load(const std::string& path) {
    std::string source;
    try {
        source = read_bounded_file(path, 1u << 20, "challenge file");
    } catch (const std::exception& e) {
        throw ChallengeError(e.what());
    }
    toml::table root;
    try {
        root = toml::parse(source, path);
    } catch (const toml::parse_error& e) {
        fail(path, e.source(), i18n::trf("not valid TOML: {why}", {{"why", std::string(e.description())}}));
    }
    Reader r(path, root);
    Challenge c;
    c.path = path;
    const toml::node* format = root.get("format");
    if (!format || !format->is_integer())
        fail(path, format ? format->source() : root.source(),
             i18n::trf("expected 'format = {n}' (the version of the challenge format)", {{"n", std::to_string(kFormat)}}));
    if (*format->value<int64_t>() != kFormat)
        fail(path, format->source(), i18n::trf("format {got} is not one this Interleave reads (it reads format {n})",
                                               {{"got", std::to_string(*format->value<int64_t>())}, {"n", std::to_string(kFormat)}}));
    r.check_keys(root, {"format", "id", "title", "intro", "target", "params", "goal", "limits", "hints", "predict", "solvable"});
    if (const toml::node* s = root.get("solvable")) {
        if (!s->is_boolean()) fail(path, s->source(), i18n::tr("'solvable': expected true or false"));
        c.solvable = *s->value<bool>();
    }
    c.id = r.string(root, "id", true);
    c.title = r.text(root, "title", true);
    c.intro = r.text(root, "intro", false);
    c.target = r.string(root, "target", true);
    if (c.target.ends_with(".py") && !fs::path(c.target).is_absolute())
        c.target = (fs::path(path).parent_path() / c.target).lexically_normal().string();
    c.params = r.strings(root, "params");

    const toml::node* goal = root.get("goal");
    if (!goal || !goal->is_table())
        fail(path, goal ? goal->source() : root.source(),
             i18n::tr("expected 'goal = { kind = \"deadlock\" }', \"stuck\", or { kind = \"condition\", condition = \"counter == 1\" }"));
    const toml::table& g = *goal->as_table();
    r.check_keys(g, {"kind", "condition", "lines", "lock", "worker", "steps"});
    const std::string kind = r.string(g, "kind", true);
    if (kind == "deadlock") {
        c.goal = Goal::Deadlock;
    } else if (kind == "stuck") {
        c.goal = Goal::Stuck;
    } else if (kind == "condition") {
        c.goal = Goal::Condition;
        const std::string cond = r.string(g, "condition", true);
        try {
            c.condition = Expectation::parse(cond);
        } catch (const ExpectError& e) {
            fail(path, g.get("condition")->source(), e.what());
        }
    } else if (kind == "critical-section") {
        c.goal = Goal::CriticalSection;
        const toml::node* lines = g.get("lines");
        const toml::array* a = lines ? lines->as_array() : nullptr;
        if (lines && (!a || a->size() != 2 || !(*a)[0].is_integer() || !(*a)[1].is_integer() ||
                      *(*a)[0].value<int64_t>() < 1 || *(*a)[1].value<int64_t>() < *(*a)[0].value<int64_t>()))
            fail(path, lines->source(), i18n::tr("'lines': expected [FIRST, LAST], two line numbers, FIRST <= LAST"));
        if (a) {
            c.section.first_line = static_cast<uint32_t>(*(*a)[0].value<int64_t>());
            c.section.last_line = static_cast<uint32_t>(*(*a)[1].value<int64_t>());
        }
        c.section.lock = r.string(g, "lock", false);
        if ((a != nullptr) == !c.section.lock.empty())
            fail(path, g.source(), i18n::tr("a critical section is named by lines = [FIRST, LAST] or by lock = \"NAME\", one of them"));
    } else if (kind == "starve" || kind == "zombie") {
        c.goal = kind == "starve" ? Goal::Starve : Goal::Zombie;
        c.goal_worker = r.string(g, "worker", c.goal == Goal::Starve);
        const toml::node* n = g.get("steps");
        if (!n || !n->is_integer() || *n->value<int64_t>() < 1 || *n->value<int64_t>() > 100000)
            fail(path, n ? n->source() : g.source(), i18n::tr("'steps': expected how many steps the worker must wait, from 1 to 100000"));
        c.goal_steps = static_cast<uint32_t>(*n->value<int64_t>());
    } else if (kind == "orphan") {
        c.goal = Goal::Orphan;
        c.goal_worker = r.string(g, "worker", false);
    } else {
        fail(path, g.get("kind")->source(),
             i18n::trf("goal kind '{kind}': expected deadlock, stuck, condition, critical-section, starve, orphan or zombie",
                       {{"kind", kind}}));
    }

    if (const toml::node* limits = root.get("limits")) {
        const toml::table* l = limits->as_table();
        if (!l) fail(path, limits->source(), i18n::tr("'limits': expected { max_preemptions = 2, workers = [\"Thread-1\"] }"));
        r.check_keys(*l, {"max_preemptions", "workers"});
        if (const toml::node* m = l->get("max_preemptions")) {
            const auto v = m->value<int64_t>();
            if (!m->is_integer() || *v < 0 || *v > 10)
                fail(path, m->source(), i18n::tr("'max_preemptions': expected a whole number from 0 to 10"));
            c.max_preemptions = static_cast<int>(*v);
        }
        c.workers = r.strings(*l, "workers");
    }
    if (const toml::node* hints = root.get("hints")) {
        const toml::array* a = hints->as_array();
        if (!a) fail(path, hints->source(), i18n::tr("'hints': expected a list of { en = \"…\", zh = \"…\" }"));
        for (const toml::node& h : *a) c.hints.push_back(r.text_of(h, "hints"));
    }
    if (const toml::node* predict = root.get("predict")) {
        const toml::table* p = predict->as_table();
        if (!p) fail(path, predict->source(), i18n::tr("'predict': expected { question = { en = \"…\" }, answer = \"…\" }"));
        r.check_keys(*p, {"question", "choices", "answer"});
        Predict pr{r.text(*p, "question", true), r.choices(*p, "choices"), r.string(*p, "answer", true)};
        if (!pr.choices.empty() &&
            std::none_of(pr.choices.begin(), pr.choices.end(), [&](const Text& t) { return t.en == pr.answer; }))
            fail(path, p->get("answer")->source(), i18n::trf("the answer '{answer}' is not one of the choices", {{"answer", pr.answer}}));
        c.predict = std::move(pr);
    }
    return c;
}

std::string Challenge::goal_text() const {
    switch (goal) {
        case Goal::Deadlock: return i18n::tr("reach a deadlock");
        case Goal::Stuck: return i18n::tr("get the run stuck");
        case Goal::Condition: return i18n::trf("end with {condition}", {{"condition", condition->text()}});
        case Goal::CriticalSection: return i18n::trf("get two workers inside {section} at once", {{"section", section.describe()}});
        case Goal::Starve:
            return i18n::trf("keep {worker} waiting, ready, while the others take {n} steps",
                             {{"worker", goal_worker}, {"n", std::to_string(goal_steps)}});
        case Goal::Orphan:
            return goal_worker.empty() ? i18n::tr("orphan a process: let its parent end while it still runs")
                                         : i18n::trf("orphan {worker}: let its parent end while it still runs", {{"worker", goal_worker}});
        case Goal::Zombie:
            return goal_worker.empty()
                       ? i18n::trf("leave a zombie: a process that has ended stays unreaped while the others take {n} steps",
                                   {{"n", std::to_string(goal_steps)}})
                       : i18n::trf("leave {worker} a zombie: ended, and unreaped while the others take {n} steps",
                                   {{"worker", goal_worker}, {"n", std::to_string(goal_steps)}});
    }
    return {};
}

namespace {

// The goal reached by this run? Non-empty says how.
std::string reached(const Challenge& c, const Observation& o) {
    switch (c.goal) {
        case Challenge::Goal::Deadlock:
            return o.status == StepStatus::Deadlock ? o.outcome : std::string();
        case Challenge::Goal::Stuck:
            return o.status == StepStatus::Stuck ? o.outcome : std::string();
        case Challenge::Goal::Condition:
            if (o.failed) return {};
            return c.condition->holds(o.store.results())
                       ? i18n::trf("{condition} holds", {{"condition", c.condition->with_values(o.store.results())}})
                       : std::string();
        case Challenge::Goal::CriticalSection: return two_inside(o.store, c.section);
        case Challenge::Goal::Starve: return starved(o.store, c.goal_worker, c.goal_steps);
        case Challenge::Goal::Orphan: return orphaned(o.store, c.goal_worker);
        case Challenge::Goal::Zombie: return zombie(o.store, c.goal_worker, c.goal_steps);
    }
    return {};
}

RunOptions run_of(const Challenge& c) {
    RunOptions r;
    r.demo_id = c.target;
    r.params = c.params;
    return r;
}

}  // namespace

std::string challenges_dir() {
    if (const char* env = std::getenv("INTERLEAVE_CHALLENGES"); env != nullptr && *env != '\0') return env;
    return IL_CHALLENGES_DIR;
}

std::vector<Challenge> load_challenges(const std::string& dir, std::vector<std::string>& errors) {
    std::vector<Challenge> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return out;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.path().extension() == ".toml") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
        try {
            Challenge c = Challenge::load(f.string());
            const auto same = std::find_if(out.begin(), out.end(), [&](const Challenge& o) { return o.id == c.id; });
            if (same != out.end()) {
                errors.push_back(i18n::trf("{path}: the id '{id}' is taken already by {other}",
                                           {{"path", f.string()}, {"id", c.id}, {"other", same->path}}));
                continue;
            }
            out.push_back(std::move(c));
        } catch (const ChallengeError& e) {
            errors.push_back(e.what());
        }
    }
    return out;
}

CheckResult check(const Challenge& c, const Schedule& schedule) {
    if (!schedule.demo.empty() && schedule.demo != c.target &&
        fs::path(schedule.demo).filename() != fs::path(c.target).filename())
        throw ChallengeError(i18n::trf("the schedule was recorded for '{recorded}', not '{target}'",
                                       {{"recorded", schedule.demo}, {"target", c.target}}));
    CheckResult out;
    CountedReplay r;
    try {
        r = replay_counted(run_of(c), schedule, c.workers, 30);
    } catch (const std::exception& e) {
        throw ChallengeError(e.what());
    }
    out.preemptions = r.preemptions;
    out.steps = schedule.steps.size();
    std::string how;
    try {
        how = reached(c, r.obs);
    } catch (const ExpectError& e) {
        throw ChallengeError(e.what());
    } catch (const GoalError& e) {
        throw ChallengeError(e.what());
    }
    if (!r.foreign.empty()) {
        out.reason = i18n::trf("{worker} is not yours to step (yours: {workers})",
                               {{"worker", r.foreign}, {"workers", [&] {
                                     std::string s;
                                     for (const std::string& w : c.workers) s += (s.empty() ? "" : ", ") + w;
                                     return s;
                                 }()}});
    } else if (r.preemptions > c.max_preemptions) {
        out.reason = i18n::trf("{n} preemptions, over the limit of {max}",
                               {{"n", std::to_string(r.preemptions)}, {"max", std::to_string(c.max_preemptions)}});
    } else if (how.empty()) {
        out.reason = i18n::trf("the goal was not reached ({goal}); the run: {outcome}",
                               {{"goal", c.goal_text()}, {"outcome", r.obs.outcome}});
    } else {
        out.pass = true;
        out.reason = how;
    }
    return out;
}

ExploreOptions solve_options(const Challenge& c) {
    ExploreOptions o;
    o.run = run_of(c);
    o.max_preemptions = c.max_preemptions;
    o.players = c.workers;
    o.goal = [c](const Observation& obs) { return reached(c, obs); };  // a copy: the search may outlive the caller's
    // A goal over the run's end state may skip reorderings; one over the
    // order of the steps (a section, a starved worker, a zombie's wait, an
    // orphan's parent leaving first) may not.
    const bool over_end_state = c.goal == Challenge::Goal::Deadlock || c.goal == Challenge::Goal::Stuck ||
                                c.goal == Challenge::Goal::Condition;
    o.reduce = over_end_state && reduce_by_default(c.target);
    return o;
}

ExploreResult solve(const Challenge& c, unsigned jobs) {
    ExploreOptions o = solve_options(c);
    o.jobs = jobs;
    return explore(o);
}

}  // namespace il::core
