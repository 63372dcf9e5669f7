#include "core/common/i18n.hpp"
#include "core/runtime/registry.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <stdexcept>

namespace il::core {

namespace {

// The course's order (processes first, as the course teaches them: fork,
// Process, Pool, Queue; then threads and what guards them), the built-in
// warm-ups last; demos of an unknown group sort after these, by name. The
// window opens on the first demo of this order.
constexpr std::string_view kGroupOrder[] = {"fork",     "Process", "Pool",  "Queue",       "Thread", "Lock",
                                            "Deadlock", "Event",   "ThreadLocal", "GIL", "Built-in"};

size_t group_rank(std::string_view group) {
    for (size_t i = 0; i < std::size(kGroupOrder); ++i)
        if (kGroupOrder[i] == group) return i;
    return std::size(kGroupOrder);
}

struct Store {
    std::vector<DemoInfo> demos;
    std::map<std::string, std::string_view, std::less<>> sources;
    bool sorted = false;
    // Programs: loaded on demand, kept (nodes of a map never move).
    std::mutex programs_mu;
    ProgramLoader loader = nullptr;
    std::map<std::string, ProgramRecord, std::less<>> programs;
    std::vector<std::string> listed;  // program ids in the catalogue, in listing order
};

Store& store() {
    static Store s;  // function-local: safe to use from other static initialisers
    return s;
}

template <typename T>
bool parse_number(std::string_view text, T& out) {
    if (text.empty()) return false;
    const char* first = text.data();
    const char* last = text.data() + text.size();
    if (*first == '+') ++first;
    auto [ptr, ec] = std::from_chars(first, last, out);
    return ec == std::errc() && ptr == last;
}

std::string format_double(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

}  // namespace

ParamSpec ParamSpec::Int(std::string name, int64_t def, int64_t min, int64_t max, std::string help) {
    ParamSpec p;
    p.name = std::move(name);
    p.kind = ParamKind::Int;
    p.int_default = def;
    p.int_min = min;
    p.int_max = max;
    p.help = std::move(help);
    return p;
}

ParamSpec ParamSpec::Double(std::string name, double def, double min, double max, std::string help) {
    ParamSpec p;
    p.name = std::move(name);
    p.kind = ParamKind::Double;
    p.double_default = def;
    p.double_min = min;
    p.double_max = max;
    p.help = std::move(help);
    return p;
}

ParamSpec ParamSpec::Bool(std::string name, bool def, std::string help) {
    ParamSpec p;
    p.name = std::move(name);
    p.kind = ParamKind::Bool;
    p.bool_default = def;
    p.help = std::move(help);
    return p;
}

ParamSpec ParamSpec::Choice(std::string name, std::vector<std::string> choices, std::string help) {
    ParamSpec p;
    p.name = std::move(name);
    p.kind = ParamKind::Choice;
    p.choices = std::move(choices);
    p.help = std::move(help);
    return p;
}

std::string ParamSpec::default_text() const {
    switch (kind) {
        case ParamKind::Int: return std::to_string(int_default);
        case ParamKind::Double: return format_double(double_default);
        case ParamKind::Bool: return bool_default ? "true" : "false";
        case ParamKind::Choice: return choices.empty() ? std::string() : choices.front();
    }
    return {};
}

Params::Params(const std::vector<ParamSpec>& schema) {
    for (const ParamSpec& p : schema) {
        order_.push_back(p.name);
        switch (p.kind) {
            case ParamKind::Int: values_[p.name] = p.int_default; break;
            case ParamKind::Double: values_[p.name] = p.double_default; break;
            case ParamKind::Bool: values_[p.name] = p.bool_default; break;
            case ParamKind::Choice: values_[p.name] = p.default_text(); break;
        }
    }
}

std::string Params::set(const std::vector<ParamSpec>& schema, std::string_view assignment) {
    const size_t eq = assignment.find('=');
    if (eq == std::string_view::npos || eq == 0)
        return i18n::trf("expected NAME=VALUE, got '{text}'", {{"text", assignment}});
    return set(schema, assignment.substr(0, eq), assignment.substr(eq + 1));
}

std::string Params::set(const std::vector<ParamSpec>& schema, std::string_view name, std::string_view value) {
    auto spec = std::find_if(schema.begin(), schema.end(), [&](const ParamSpec& p) { return p.name == name; });
    if (spec == schema.end()) {
        std::string known;
        for (const ParamSpec& p : schema) known += (known.empty() ? "" : ", ") + p.name;
        return known.empty() ? i18n::trf("unknown parameter '{name}' (this demo has no parameters)", {{"name", name}})
                             : i18n::trf("unknown parameter '{name}' (known: {known})", {{"name", name}, {"known", known}});
    }
    const std::pair<std::string_view, std::string_view> param{"param", spec->name};
    const std::pair<std::string_view, std::string_view> given{"value", value};
    switch (spec->kind) {
        case ParamKind::Int: {
            int64_t v = 0;
            if (!parse_number(value, v)) return i18n::trf("{param}: '{value}' is not a whole number", {param, given});
            if (v < spec->int_min || v > spec->int_max)
                return i18n::trf("{param}: '{value}' is out of range [{min}, {max}]",
                                 {param, given, {"min", std::to_string(spec->int_min)}, {"max", std::to_string(spec->int_max)}});
            values_[spec->name] = v;
            return {};
        }
        case ParamKind::Double: {
            double v = 0;
            if (!parse_number(value, v)) return i18n::trf("{param}: '{value}' is not a number", {param, given});
            if (!(v >= spec->double_min && v <= spec->double_max))
                return i18n::trf("{param}: '{value}' is out of range [{min}, {max}]",
                                 {param, given, {"min", format_double(spec->double_min)},
                                  {"max", format_double(spec->double_max)}});
            values_[spec->name] = v;
            return {};
        }
        case ParamKind::Bool: {
            if (value == "true" || value == "1" || value == "yes" || value == "on") values_[spec->name] = true;
            else if (value == "false" || value == "0" || value == "no" || value == "off") values_[spec->name] = false;
            else return i18n::trf("{param}: '{value}' is not true/false", {param, given});
            return {};
        }
        case ParamKind::Choice: {
            if (std::find(spec->choices.begin(), spec->choices.end(), value) == spec->choices.end()) {
                std::string allowed;
                for (const std::string& c : spec->choices) allowed += (allowed.empty() ? "" : ", ") + c;
                return i18n::trf("{param}: '{value}' is not one of: {allowed}", {param, given, {"allowed", allowed}});
            }
            values_[spec->name] = std::string(value);
            return {};
        }
    }
    return "unsupported parameter kind";
}

const ParamValue& Params::at(std::string_view name) const {
    auto it = values_.find(name);
    if (it == values_.end()) throw std::out_of_range("no parameter named '" + std::string(name) + "'");
    return it->second;
}

int64_t Params::get_int(std::string_view name) const { return std::get<int64_t>(at(name)); }
double Params::get_double(std::string_view name) const { return std::get<double>(at(name)); }
bool Params::get_bool(std::string_view name) const { return std::get<bool>(at(name)); }
const std::string& Params::get_choice(std::string_view name) const { return std::get<std::string>(at(name)); }

std::vector<std::string> Params::to_assignments() const {
    std::vector<std::string> out;
    for (const std::string& name : order_) {
        const ParamValue& v = values_.at(name);
        std::string text;
        if (auto i = std::get_if<int64_t>(&v)) text = std::to_string(*i);
        else if (auto d = std::get_if<double>(&v)) text = format_double(*d);
        else if (auto b = std::get_if<bool>(&v)) text = *b ? "true" : "false";
        else text = std::get<std::string>(v);
        out.push_back(name + "=" + text);
    }
    return out;
}

bool Registry::add(DemoInfo info, std::string_view file) {
    Store& s = store();
    // A demo's own file is what the source view shows; test-only demos
    // registered elsewhere have none.
    if (info.source_file.empty() && file.find("demos/") != std::string_view::npos)
        info.source_file = std::string(file.substr(file.rfind('/') + 1));
    for (size_t i = 0; i < info.params.size(); ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (info.params[i].name != info.params[j].name) continue;
            std::fprintf(stderr, "interleave: demo '%s' declares parameter '%s' twice\n", info.id.c_str(),
                         info.params[i].name.c_str());
            std::abort();
        }
    }
    for (const DemoInfo& d : s.demos) {
        if (d.id == info.id) {
            std::fprintf(stderr, "interleave: demo id '%s' is registered twice\n", info.id.c_str());
            std::abort();
        }
    }
    s.demos.push_back(std::move(info));
    s.sorted = false;
    return true;
}

bool Registry::add_source(std::string file, std::string_view text) {
    store().sources[std::move(file)] = text;
    return true;
}

const std::vector<DemoInfo>& Registry::all() {
    Store& s = store();
    if (!s.sorted) {
        std::stable_sort(s.demos.begin(), s.demos.end(), [](const DemoInfo& a, const DemoInfo& b) {
            const size_t ra = group_rank(a.group), rb = group_rank(b.group);
            if (ra != rb) return ra < rb;
            if (a.group != b.group) return a.group < b.group;
            return a.id < b.id;
        });
        s.sorted = true;
    }
    return s.demos;
}

const DemoInfo* Registry::find(std::string_view id, std::string* why) {
    for (const DemoInfo& d : all())
        if (d.id == id) return &d;
    Store& s = store();
    std::lock_guard g(s.programs_mu);
    auto it = s.programs.find(id);
    if (it != s.programs.end() && !(it->second.stale && it->second.stale())) return &it->second.info;
    if (s.loader == nullptr) return nullptr;
    std::string error;
    std::optional<ProgramRecord> rec = s.loader(id, error);
    if (!rec) {
        if (why) *why = error;
        return it != s.programs.end() ? &it->second.info : nullptr;  // unreadable now: keep what was read
    }
    if (it != s.programs.end()) it->second = std::move(*rec);  // the same node: pointers stay valid
    else it = s.programs.emplace(std::string(id), std::move(*rec)).first;
    return &it->second.info;
}

void Registry::set_program_loader(ProgramLoader loader) {
    Store& s = store();
    std::lock_guard g(s.programs_mu);
    s.loader = loader;
}

std::optional<std::string_view> Registry::source(std::string_view file) {
    Store& s = store();
    auto it = s.sources.find(file);
    if (it != s.sources.end()) return it->second;
    std::lock_guard g(s.programs_mu);
    for (const auto& [id, rec] : s.programs)
        if (rec.info.source_file == file) return std::string_view(rec.text);
    return std::nullopt;
}

void Registry::list_program(std::string id, std::string_view twin) {
    Store& s = store();
    if (!twin.empty()) {
        for (DemoInfo& d : s.demos)
            if (d.id == twin) d.python_twin = id;
    }
    std::lock_guard g(s.programs_mu);
    if (std::find(s.listed.begin(), s.listed.end(), id) == s.listed.end()) s.listed.push_back(std::move(id));
}

std::vector<const DemoInfo*> Registry::catalogue() {
    std::vector<const DemoInfo*> out;
    for (const DemoInfo& d : all()) out.push_back(&d);
    std::vector<std::string> listed;
    {
        std::lock_guard g(store().programs_mu);
        listed = store().listed;
    }
    for (const std::string& id : listed)
        if (const DemoInfo* p = find(id)) out.push_back(p);
    // Stable: within a group, the demos (already sorted) before the programs (in listing order).
    std::stable_sort(out.begin(), out.end(), [](const DemoInfo* a, const DemoInfo* b) {
        const size_t ra = group_rank(a->group), rb = group_rank(b->group);
        if (ra != rb) return ra < rb;
        return a->group < b->group;
    });
    return out;
}

std::vector<std::string> Registry::groups() {
    std::vector<std::string> out;
    for (const DemoInfo& d : all())
        if (out.empty() || out.back() != d.group) out.push_back(d.group);
    return out;
}

}  // namespace il::core
