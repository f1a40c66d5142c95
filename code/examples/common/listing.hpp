// What every listing shares: command-line options with --help, clear errors
// (exit status 2) on bad input, and the results it writes under --out DIR for
// the book's build: named values as JSON (quoted in the prose) and CSV tables
// (plotted, or shown as result tables). Not part of the act library; the
// chapters never show it.
#ifndef ACT_LISTING_HPP
#define ACT_LISTING_HPP

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xeval.hpp>

namespace listing {

/// Formats a number with `digits` significant digits ("%.*g"), the way the
/// book prints and quotes values.
inline std::string format(double v, int digits = 6)
{
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

/// The elements of an xtensor expression (or any range of numbers) as a
/// column for Program::csv and Program::values.
template <class E>
std::vector<double> column(const E& e)
{
    const auto a = xt::eval(e);
    return std::vector<double>(a.begin(), a.end());
}

/// The smallest x in [lo, hi] of type T for which pred(x) holds, for a
/// predicate that is false up to some point and true from there on: bisection
/// down to neighbouring representable numbers.
template <class T, class Pred>
T first_true(T lo, T hi, Pred pred)
{
    while (std::nextafter(lo, hi) < hi) {
        const T mid = lo + (hi - lo) / 2;
        if (mid <= lo || mid >= hi) break;
        (pred(mid) ? hi : lo) = mid;
    }
    return hi;
}

/// The defaults of the grid a figure is drawn on (Program::grid_options).
struct Grid {
    double from, to;
    long points;
};

class Program {
public:
    /// `name` is the listing's stem (file name without .cpp); `summary` is the
    /// first line of --help.
    Program(std::string name, std::string summary)
        : name_(std::move(name)), summary_(std::move(summary))
    {
        option("out", "", "directory for the results the book's build reads (JSON, CSV)");
    }

    /// A listing with no options of its own (a framework tab): the program,
    /// with argv parsed (parse()).
    Program(std::string name, std::string summary, int argc, char** argv)
        : Program(std::move(name), std::move(summary))
    {
        parse(argc, argv);
    }

    /// A listing whose only options are its figure's grid: the program, with
    /// the grid's options declared (grid_options()) and argv parsed.
    Program(std::string name, std::string summary, Grid grid, int argc, char** argv)
        : Program(std::move(name), std::move(summary))
    {
        grid_options(grid.from, grid.to, grid.points);
        parse(argc, argv);
    }

    Program(const Program&) = delete;
    Program& operator=(const Program&) = delete;

    /// Declares `--name VALUE` with a default shown in --help.
    Program& option(const std::string& name, const std::string& fallback, const std::string& help)
    {
        options_[name] = Option{fallback, help, false};
        order_.push_back(name);
        return *this;
    }

    /// Declares `--name VALUE`, a finite number in [lo, hi] with the default
    /// `fallback`: parse() checks it (exit 2 with a message) and stores it in
    /// the number this returns a reference to (the default until then).
    const double& number_option(const std::string& name, double fallback, double lo, double hi,
                                const std::string& help)
    {
        option(name, shortest(fallback), help);
        Option& o = options_[name];
        o.kind = Option::Kind::number;
        o.lo = lo;
        o.hi = hi;
        o.number = fallback;
        return o.number;
    }

    /// Declares `--name VALUE`, a whole number in [lo, hi] with the default
    /// `fallback`, as number_option() does.
    const long& integer_option(const std::string& name, long fallback, long lo, long hi, const std::string& help)
    {
        option(name, std::to_string(fallback), help);
        Option& o = options_[name];
        o.kind = Option::Kind::integer;
        o.lo = static_cast<double>(lo);
        o.hi = static_cast<double>(hi);
        o.integer = fallback;
        return o.integer;
    }

    /// Declares --from, --to and --points: the grid a chapter's figures are
    /// drawn on, with these defaults. Read it with grid().
    Program& grid_options(double from, double to, long points)
    {
        option("from", format(from, 17), "left end of the grid");
        option("to", format(to, 17), "right end of the grid");
        return option("points", std::to_string(points), "number of grid points");
    }

    /// The grid of --from, --to and --points: evenly spaced, ends included.
    /// Exits 2 unless |from|, |to| <= limit, from < to and 2 <= points <= 10^6.
    xt::xarray<double> grid(double limit = 1e6) const
    {
        const double from = number("from", -limit, limit);
        const double to = number("to", -limit, limit);
        const long points = integer("points", 2, 1000000);
        if (!(from < to)) fail("--from must be less than --to");
        return xt::linspace(from, to, static_cast<std::size_t>(points));
    }

    /// Parses argv. Prints usage and exits 0 for --help; prints a message
    /// and exits 2 for anything it does not understand.
    void parse(int argc, char** argv)
    {
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            if (arg == "--help" || arg == "-h") {
                usage(std::cout);
                std::exit(0);
            }
            if (arg.rfind("--", 0) != 0) fail("unexpected argument '" + arg + "'");
            std::string key = arg.substr(2), value;
            const auto eq = key.find('=');
            if (eq != std::string::npos) {
                value = key.substr(eq + 1);
                key = key.substr(0, eq);
            } else if (i + 1 < argc) {
                value = argv[++i];
            } else {
                fail("option --" + key + " needs a value");
            }
            auto it = options_.find(key);
            if (it == options_.end()) fail("unknown option --" + key);
            it->second.value = value;
            it->second.given = true;
        }
        for (const auto& name : order_) {
            Option& o = options_.at(name);
            if (o.kind == Option::Kind::number) o.number = number(name, o.lo, o.hi);
            if (o.kind == Option::Kind::integer)
                o.integer = integer(name, static_cast<long>(o.lo), static_cast<long>(o.hi));
        }
        check_out();
    }

    /// The text of an option (its default if not given).
    std::string text(const std::string& name) const { return find(name).value; }

    /// A finite number in [lo, hi], or exit 2 with a message.
    double number(const std::string& name, double lo, double hi) const
    {
        const std::string& s = find(name).value;
        char* end = nullptr;
        errno = 0;
        const double v = std::strtod(s.c_str(), &end);
        if (s.empty() || *end != '\0' || errno == ERANGE || !std::isfinite(v))
            fail("--" + name + " expects a finite number, got '" + s + "'");
        if (v < lo || v > hi)
            fail("--" + name + " must be in [" + format(lo) + ", " + format(hi) + "], got " + s);
        return v;
    }

    /// A whole number in [lo, hi], or exit 2 with a message.
    long integer(const std::string& name, long lo, long hi) const
    {
        const std::string& s = find(name).value;
        char* end = nullptr;
        errno = 0;
        const long v = std::strtol(s.c_str(), &end, 10);
        if (s.empty() || *end != '\0' || errno == ERANGE)
            fail("--" + name + " expects a whole number, got '" + s + "'");
        if (v < lo || v > hi)
            fail("--" + name + " must be in [" + std::to_string(lo) + ", " + std::to_string(hi) +
                 "], got " + s);
        return v;
    }

    /// Prints `message` with the program name and exits with status 2.
    [[noreturn]] void fail(const std::string& message) const
    {
        std::cerr << name_ << ": error: " << message << "\nTry '" << name_ << " --help'.\n";
        std::exit(2);
    }

    /// A named value for the prose, already formatted ({value} role).
    void value(const std::string& key, const std::string& text) { json_[key] = quote(text); }
    /// A named number for the prose, with `digits` significant digits.
    void value(const std::string& key, double v, int digits = 6) { value(key, format(v, digits)); }
    /// Several named numbers for the prose, each with `digits` significant
    /// digits.
    void value(std::initializer_list<std::pair<std::string, double>> named, int digits)
    {
        for (const auto& [key, v] : named) value(key, v, digits);
    }
    /// A threshold for the prose: `t` is the point where `pred` switches,
    /// checked to the last bit: pred(t) holds and pred fails at the number of
    /// type T next to t towards `outside` (the side where pred is false).
    /// Find t by bisection (first_true) or a closed form, never on a sample;
    /// exits 2 if t does not bracket the switch. The key is recorded in the
    /// results' "@thresholds" list: tools/check_thresholds.py fails a page
    /// that quotes as a threshold a value not written here.
    template <class T, class Pred>
    void threshold(const std::string& key, T t, T outside, Pred pred, int digits = 9)
    {
        const T beyond = std::nextafter(t, outside);
        if (!pred(t) || pred(beyond))
            fail("threshold '" + key + "': " + format(double(t), 17) +
                 " is not where the predicate switches (it must hold there and fail at " +
                 format(double(beyond), 17) + ")");
        value(key, double(t), digits);
        thresholds_.push_back(key);
    }
    /// A named array of numbers, stored at full precision (cross-checks).
    void values(const std::string& key, const std::vector<double>& v)
    {
        std::string s = "[";
        for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + json_number(v[i]);
        json_[key] = s + "]";
    }

    /// What a framework tab computed (x, y, dydx, ...: the keys of its
    /// chapter's frameworks.json, one array each): printed as a table, one
    /// column per key, in the format every tab shares (listing.py's
    /// Program.framework_tab prints the same digits: 9 significant, enough to
    /// tell any two floats apart), and stored for the chapter's cross-check
    /// (values()).
    void framework_tab(const std::vector<std::string>& keys, const std::vector<std::vector<double>>& arrays)
    {
        if (keys.size() != arrays.size()) fail("internal: framework_tab needs one array per key");
        constexpr int width = 17;
        for (std::size_t k = 0; k < keys.size(); ++k) {
            values(keys[k], arrays[k]);
            std::printf("%*s", width, keys[k].c_str());
        }
        std::printf("\n");
        const std::size_t rows = arrays.empty() ? 0 : arrays.front().size();
        for (std::size_t r = 0; r < rows; ++r) {
            for (const auto& array : arrays) std::printf("%*.9g", width, array[r]);
            std::printf("\n");
        }
    }

    /// Writes `<out>/<file>.csv` with one column per header entry (if --out).
    void csv(const std::string& file, const std::vector<std::string>& header,
             const std::vector<std::vector<double>>& columns) const
    {
        const std::size_t rows = columns.empty() ? 0 : columns.front().size();
        write_csv(file, header, rows, [&](std::size_t r) {
            std::vector<std::string> cells;
            cells.reserve(columns.size());
            for (const auto& column : columns) cells.push_back(format(column[r], 17));
            return cells;
        });
    }

    /// Writes `<out>/<file>.csv` (if --out): x, then a family of curves,
    /// f(x, p) for each p of `values`, in columns "<parameter>=<p>".
    template <class F>
    void family(const std::string& file, const xt::xarray<double>& x, const std::string& parameter,
                const std::vector<double>& values, F f) const
    {
        std::vector<std::string> header = {"x"};
        std::vector<std::vector<double>> columns = {column(x)};
        for (const double p : values) {
            header.push_back(parameter + "=" + format(p));
            columns.push_back(column(f(x, p)));
        }
        csv(file, header, columns);
    }

    /// Writes `<out>/<file>.csv` with text cells, one row per entry of `rows`
    /// (if --out): the tables a chapter shows as they are ({result-table}).
    /// Cells are written as given, quoted only where CSV needs it.
    void table(const std::string& file, const std::vector<std::string>& header,
               const std::vector<std::vector<std::string>>& rows) const
    {
        write_csv(file, header, rows.size(), [&](std::size_t r) -> const std::vector<std::string>& {
            return rows[r];
        });
    }

    /// Writes the named values to `<out>/<name>.json` (if --out); exits 2
    /// if it cannot.
    ~Program()
    {
        if (text("out").empty()) return;
        const auto path = std::filesystem::path(text("out")) / (name_ + ".json");
        if (!thresholds_.empty()) {
            std::string list = "[";
            for (std::size_t i = 0; i < thresholds_.size(); ++i)
                list += (i ? ", " : "") + quote(thresholds_[i]);
            json_["@thresholds"] = list + "]";
        }
        std::ofstream f(path);
        f << "{";
        bool first = true;
        for (const auto& [k, v] : json_) {
            f << (first ? "\n  " : ",\n  ") << quote(k) << ": " << v;
            first = false;
        }
        f << "\n}\n";
        f.close();
        if (!f) fail("cannot write " + path.string());
    }

private:
    struct Option {
        std::string value, help;
        bool given;
        // A number_option() or integer_option(): its range, and the value
        // parse() stores.
        enum class Kind { text, number, integer } kind = Kind::text;
        double lo = 0, hi = 0;
        double number = 0;
        long integer = 0;
    };

    // --out DIR, checked before the work starts: not empty if given, and a
    // directory in which a file can be created (made if missing). Else exit 2
    // with a message naming the path, rather than after minutes of work.
    void check_out() const
    {
        const Option& out = find("out");
        if (out.given && out.value.empty())
            fail("--out needs a directory (got an empty one); leave --out out to write no results");
        if (out.value.empty()) return;
        const std::filesystem::path dir(out.value);
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        if (ec) fail("cannot create --out directory '" + out.value + "': " + ec.message());
        const auto probe = dir / ("." + name_ + ".write-test");
        {
            errno = 0;
            std::ofstream f(probe);
            const int error = errno;   // set by the failed open(2) on Linux
            f << "ok\n";
            f.close();
            if (!f)
                fail("cannot create a file in --out directory '" + out.value + "'" +
                     (error ? std::string(": ") + std::strerror(error) : std::string()));
        }
        std::filesystem::remove(probe, ec);
    }

    const Option& find(const std::string& name) const
    {
        auto it = options_.find(name);
        if (it == options_.end()) fail("internal: option --" + name + " was never declared");
        return it->second;
    }

    void usage(std::ostream& os) const
    {
        os << "usage: " << name_ << " [options]\n" << summary_ << "\n\noptions:\n"
           << "  --help            print this help and exit\n";
        for (const auto& n : order_) {
            const Option& o = options_.at(n);
            std::string left = "  --" + n + " VALUE";
            left.resize(std::max<std::size_t>(left.size() + 1, 20), ' ');
            os << left << o.help;
            if (!o.value.empty()) os << " (default: " << o.value << ")";
            os << '\n';
        }
    }

    // The CSV writer of csv() and table(): the header, then row(r) for
    // r = 0 ... count - 1, each a vector of cells; exits 2 if the file cannot
    // be written.
    template <class Row>
    void write_csv(const std::string& file, const std::vector<std::string>& header, std::size_t count,
                   Row row) const
    {
        if (text("out").empty()) return;
        const auto path = std::filesystem::path(text("out")) / (file + ".csv");
        std::ofstream f(path);
        write_csv_line(f, header);
        for (std::size_t r = 0; r < count; ++r) write_csv_line(f, row(r));
        f.close();
        if (!f) fail("cannot write " + path.string());
    }

    // One CSV line. A cell with a comma, a double quote or a line break is
    // wrapped in double quotes, its own double quotes doubled (RFC 4180).
    static void write_csv_line(std::ostream& os, const std::vector<std::string>& cells)
    {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::string& cell = cells[c];
            if (c) os << ',';
            if (cell.find_first_of(",\"\r\n") == std::string::npos) {
                os << cell;
                continue;
            }
            os << '"';
            for (char ch : cell) {
                if (ch == '"') os << '"';
                os << ch;
            }
            os << '"';
        }
        os << '\n';
    }

    // The shortest decimal that reads back as v (a default shown in --help).
    static std::string shortest(double v)
    {
        for (int digits = 1; digits < 17; ++digits)
            if (std::strtod(format(v, digits).c_str(), nullptr) == v) return format(v, digits);
        return format(v, 17);
    }

    static std::string quote(const std::string& s)
    {
        std::string q = "\"";
        for (char c : s) {
            if (c == '"' || c == '\\') q += '\\';
            q += c;
        }
        return q + "\"";
    }

    static std::string json_number(double v)
    {
        if (std::isnan(v)) return "\"nan\"";
        if (std::isinf(v)) return v > 0 ? "\"inf\"" : "\"-inf\"";
        return format(v, 17);
    }

    std::string name_, summary_;
    std::map<std::string, Option> options_;
    std::vector<std::string> order_;
    std::map<std::string, std::string> json_;
    std::vector<std::string> thresholds_;  ///< keys written by threshold()
};

}  // namespace listing

#endif
