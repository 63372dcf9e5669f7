// core/common/i18n.cpp — loading the translation tables and looking words up.
#include "core/common/i18n.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace il::i18n {

// lang/<code>/*.json as they were at build time (generated: cmake/EmbedTexts.cmake).
std::vector<std::pair<const char*, const char*>> embedded_files();

namespace {

struct Loaded {
    Table tables[std::size(kLanguages)];
    // English -> translation, as views into tables (stable: a std::map's
    // nodes never move). Only non-empty translations are here.
    std::unordered_map<std::string_view, const char*> lookup[std::size(kLanguages)];
    std::unordered_map<std::string_view, std::string_view> comments[std::size(kLanguages)];  // the same, for comments
    std::vector<std::string> errors;
};

std::atomic<uint8_t> g_language{static_cast<uint8_t>(Lang::En)};

size_t index_of(Lang lang) { return static_cast<size_t>(lang); }

std::string line_of(std::string_view text, size_t byte) {
    const size_t upto = std::min(byte, text.size());
    return std::to_string(1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(upto), '\n'));
}

// The English -> translation pairs of `object` into `strings`, each filed
// under `origin` in `origins`.
bool take_strings(const nlohmann::json& object, std::string_view where, std::string_view origin,
                  std::map<std::string, std::string, std::less<>>& strings,
                  std::map<std::string, std::string, std::less<>>& origins, std::string& error) {
    if (!object.is_object()) {
        error = std::string(where) + " must be an object of \"English\": \"translation\" pairs";
        return false;
    }
    for (const auto& [key, value] : object.items()) {
        if (!value.is_string()) {
            error = std::string(where) + ": the translation of \"" + key + "\" must be a string";
            return false;
        }
        if (key.empty()) {
            error = std::string(where) + ": an empty key";
            return false;
        }
        if (auto [it, fresh] = origins.try_emplace(key, origin); !fresh && it->second != origin) {
            // The same English in two places must say the same thing.
            if (strings[key] != value.get<std::string>()) {
                error = std::string(where) + ": \"" + key + "\" is translated differently in " + it->second;
                return false;
            }
        }
        strings[key] = value.get<std::string>();
    }
    return true;
}

// A "comments" section: origin -> {"English": "translation"}, into
// Table::comments. The same comment in two origins says the same thing.
bool take_comments(const nlohmann::json& value, std::string_view file, Table& into, std::string& error) {
    if (!value.is_object()) {
        error = std::string(file) +
                ": \"comments\" must be an object of demo id or example path -> {\"English\": \"translation\"}";
        return false;
    }
    for (const auto& [origin, texts] : value.items()) {
        const std::string where = std::string(file) + ": comments of \"" + origin + "\"";
        std::map<std::string, std::string, std::less<>> group, origins;
        if (!take_strings(texts, where, origin, group, origins, error)) return false;
        for (const auto& [english, translated] : group)
            for (const auto& [other, texts_there] : into.comments) {
                const auto it = texts_there.find(english);
                if (other != origin && it != texts_there.end() && it->second != translated) {
                    error = where + ": \"" + english + "\" is translated differently in " + other;
                    return false;
                }
            }
        auto& filed = into.comments[origin];
        for (auto& [english, translated] : group) filed.insert_or_assign(english, std::move(translated));
    }
    return true;
}

void load_language(Lang lang, Loaded& out) {
    if (lang == Lang::En) return;
    Table& t = out.tables[index_of(lang)];
    t.code = std::string(code(lang));
    std::vector<std::pair<std::string, std::string>> files;  // (name, text)
    if (const char* dir = std::getenv("INTERLEAVE_LANG_DIR"); dir != nullptr && *dir != '\0') {
        const std::filesystem::path folder = std::filesystem::path(dir) / t.code;
        std::error_code ec;
        std::vector<std::filesystem::path> paths;
        for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
            if (entry.path().extension() == ".json") paths.push_back(entry.path());
        if (ec) out.errors.push_back(folder.string() + ": " + ec.message());
        std::sort(paths.begin(), paths.end());
        for (const auto& p : paths) {
            std::ifstream in(p, std::ios::binary);
            std::stringstream s;
            s << in.rdbuf();
            if (!in) out.errors.push_back(p.string() + ": cannot be read");
            else files.emplace_back(p.string(), s.str());
        }
    } else {
        const std::string prefix = "lang/" + t.code + "/";
        for (const auto& [name, text] : embedded_files())
            if (std::string_view(name).starts_with(prefix)) files.emplace_back(name, text);
    }
    for (const auto& [name, text] : files) {
        std::string error;
        if (parse_file(name, text, t, error)) t.files.push_back(name);
        else out.errors.push_back(error);
    }
    if (t.language.empty()) t.language = std::string(native_name(lang));
    for (const auto& [english, translated] : t.strings)
        if (!translated.empty()) out.lookup[index_of(lang)].emplace(english, translated.c_str());
    for (const auto& [origin, texts] : t.comments)
        for (const auto& [english, translated] : texts)
            if (!translated.empty()) out.comments[index_of(lang)].emplace(english, translated);
}

const Loaded& loaded() {
    static Loaded* l = [] {
        auto* out = new Loaded;  // never freed: tr()'s pointers live as long as the program
        for (Lang lang : kLanguages) load_language(lang, *out);
        return out;
    }();
    return *l;
}

}  // namespace

std::string_view code(Lang lang) { return lang == Lang::ZhCN ? "zh-CN" : "en"; }

std::string_view native_name(Lang lang) { return lang == Lang::ZhCN ? "简体中文" : "English"; }

std::optional<Lang> parse(std::string_view text) {
    std::string t;
    for (char c : text.substr(0, text.find_first_of(".@"))) t.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    std::replace(t.begin(), t.end(), '_', '-');
    if (t == "zh" || t.starts_with("zh-")) return Lang::ZhCN;  // zh-TW reads Simplified rather than English
    if (t == "en" || t.starts_with("en-") || t == "c" || t == "posix") return Lang::En;
    return std::nullopt;
}

Lang from_environment() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(name);
        if (v != nullptr && *v != '\0') return parse(v).value_or(Lang::En);
    }
    return Lang::En;
}

Lang language() { return static_cast<Lang>(g_language.load(std::memory_order_relaxed)); }

void set_language(Lang lang) {
    // The tables load at the first word looked up in another language: an
    // English run process (every test's, most runs') never parses them.
    g_language.store(static_cast<uint8_t>(lang), std::memory_order_relaxed);
}

const char* tr(const char* english) {
    const Lang lang = language();
    if (lang == Lang::En || english == nullptr) return english;
    const auto& lookup = loaded().lookup[index_of(lang)];
    const auto it = lookup.find(english);
    return it == lookup.end() ? english : it->second;
}

std::string_view tr(std::string_view english) {
    const Lang lang = language();
    if (lang == Lang::En) return english;
    const auto& lookup = loaded().lookup[index_of(lang)];
    const auto it = lookup.find(english);
    return it == lookup.end() ? english : std::string_view(it->second);
}

std::string_view comment_translation(std::string_view english) {
    const Lang lang = language();
    if (lang == Lang::En) return {};
    const auto& comments = loaded().comments[index_of(lang)];
    const auto it = comments.find(english);
    return it == comments.end() ? std::string_view{} : it->second;
}

std::string fill(std::string_view text, Args args) {
    std::string out;
    out.reserve(text.size() + 32);
    size_t i = 0;
    while (i < text.size()) {
        const size_t open = text.find('{', i);
        if (open == std::string_view::npos) break;
        const size_t close = text.find('}', open + 1);
        if (close == std::string_view::npos) break;
        out.append(text.substr(i, open - i));
        const std::string_view name = text.substr(open + 1, close - open - 1);
        const auto arg = std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
        if (arg != args.end()) out.append(arg->second);
        else out.append(text.substr(open, close - open + 1));
        i = close + 1;
    }
    out.append(text.substr(std::min(i, text.size())));
    return out;
}

std::string trf(std::string_view english, Args args) { return fill(tr(english), args); }

std::vector<std::string> placeholders(std::string_view text) {
    std::vector<std::string> out;
    for (size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        const size_t close = text.find('}', open + 1);
        if (close == std::string_view::npos) break;
        const std::string_view name = text.substr(open + 1, close - open - 1);
        const bool word = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
        });
        if (word) out.emplace_back(name);
    }
    return out;
}

const Table& table(Lang lang) { return loaded().tables[index_of(lang)]; }

const std::vector<std::string>& errors() { return loaded().errors; }

bool parse_file(std::string_view file, std::string_view text, Table& into, std::string& error) {
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        // e.what() is "[json.exception.parse_error.101] parse error at line 3, column 5: …"
        std::string why = e.what();
        if (const size_t at = why.find("] "); at != std::string::npos) why = why.substr(at + 2);
        error = std::string(file) + ": line " + line_of(text, e.byte) + ": not valid JSON (" + why + ")";
        return false;
    }
    if (!doc.is_object()) {
        error = std::string(file) + ": line 1: expected an object {\"code\": …, \"strings\", \"demos\" or \"comments\": …}";
        return false;
    }
    for (const auto& [key, value] : doc.items()) {
        if (key == "code") {
            if (!value.is_string() || (!into.code.empty() && value.get<std::string>() != into.code)) {
                error = std::string(file) + ": \"code\" must be \"" + into.code + "\", the language of its folder";
                return false;
            }
        } else if (key == "language") {
            if (!value.is_string()) {
                error = std::string(file) + ": \"language\" must be a string (the language's own name)";
                return false;
            }
            into.language = value.get<std::string>();
        } else if (key == "strings") {
            if (!take_strings(value, std::string(file) + ": \"strings\"", "strings", into.strings, into.origin, error))
                return false;
        } else if (key == "demos") {
            if (!value.is_object()) {
                error = std::string(file) + ": \"demos\" must be an object of demo id -> {\"English\": \"translation\"}";
                return false;
            }
            for (const auto& [id, texts] : value.items())
                if (!take_strings(texts, std::string(file) + ": demo \"" + id + "\"", id, into.strings, into.origin, error))
                    return false;
        } else if (key == "comments") {
            if (!take_comments(value, file, into, error)) return false;
        } else if (key != "comment") {
            error = std::string(file) + ": unknown key \"" + key +
                    "\" (expected \"code\", \"language\", \"strings\", \"demos\", \"comments\" or \"comment\")";
            return false;
        }
    }
    if (!doc.contains("code")) {
        error = std::string(file) + ": \"code\" is missing (the language of its folder, e.g. \"zh-CN\")";
        return false;
    }
    return true;
}

}  // namespace il::i18n
