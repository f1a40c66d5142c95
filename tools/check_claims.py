#!/usr/bin/python3
"""Check that the chapters' claims follow their evidence.

    check_claims.py [--only CLASS,...] [--partial] [--claims FILE] CHAPTERS_DIR

CHAPTERS_DIR holds one folder per chapter with its index.md (the book's
chapters/, or a planted example under tests/claims/). Four classes of check,
each about the prose a reader sees (code blocks, maths and inline code are
left out; a {value} role counts as computed text):

comparisons
    A comparison between activation functions that the book makes itself
    ("beats", "outperforms", "better than", "worse than", "not
    distinguishable", "higher accuracy than", ...) must come from a computed
    verdict: a {value} written by a listing that took the interval of the
    difference into account. Typed by hand, next to the name of an
    activation (ReLU, B-SiLU, surrogate, ...), it is an error. Not counted:
    the claim column of a claims table (the claims under test), text in
    double quotes (a source's words), and a sentence that attributes the
    comparison to a source ("the paper reports ...", "Ramachandran et al.
    (2017) report ...").
article-claims
    Every claim of the two source articles, listed in FILE (default
    tools/article_claims.json, "articles"), has a row in its chapter's
    claims table (a table whose first header cell names the claim) whose
    first cell contains each of the claim's `match` words, with a verdict and
    its evidence filled in.
paper
    A sentence that says what the paper (Horuz et al., 2025) reports, finds,
    ranks, calls, ... must say something the paper says: it must contain the
    `match` words of one of the facts in FILE's "paper" list, each taken from
    the paper itself (its abstract and tables, as that list notes).
goals
    A chapter that states numbered goals in its introduction ("1. **...**"
    after the word "goals") must say for each goal N, in a sentence naming
    "goal N" and quoting a computed {value}, whether it is met.

With --partial, claims of chapters that are not in CHAPTERS_DIR are skipped
(a planted example holds one chapter). Each problem is printed as
FILE:LINE: CLASS: message. Exit status 0 when every check passes, 1 when one
fails, 2 for bad usage."""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CLASSES = ("comparisons", "article-claims", "paper", "goals")

# Names that make a comparison one between activation functions.
ACTIVATION = re.compile(
    r"\b(ReLUs?|sigmoid|softplus|SiLU|Swish|B-SiLU|NeLU|ELU|SELU|LeakyReLU|leaky ReLU|GELU|Mish|"
    r"SUGAR|tanh|surrogates?|activations?)\b", re.IGNORECASE)

# The words of a verdict. "better" and "worse" only in a comparison ("better
# than", "does better", "better accuracy"), not as in "or, worse, ...".
COMPARATIVE = re.compile(
    r"\b(beat|beats|beaten|beating)\b"
    r"|\bout-?perform\w*"
    r"|\b(better|worse)\s+than\b"
    r"|\b(does|do|did|is|are|was|were|performs?|performed|works?|worked|learns?|learned|trains?|"
    r"generali[sz]es?)\s+(\w+\s+){0,3}?(better|worse)\b"
    r"|\b(better|worse)\s+(results?|accuracy|generali[sz]ation|performance|surrogate|choice)\b"
    r"|\b(superior|inferior)\b"
    r"|\b(best|worst)\s+(surrogate|activation|choice|function|performer)s?\b"
    r"|\branks?\s+(\w+\s+){0,2}?(first|last|highest|lowest)\b"
    r"|\b(well|far|much)\s+(behind|ahead)\b"
    r"|\bas\s+well\s+or\s+better\b|\bdoes\s+(just\s+)?as\s+well\b|\bas\s+good\s+as\b"
    r"|\b(indistinguishable|not\s+distinguishable|no\s+better|no\s+worse|on\s+par)\b"
    r"|\bbarely\s+changes\s+anything\b|\bpractically\s+(the\s+same|\w+'s)\b",
    re.IGNORECASE)
# "higher/lower than" is a verdict where the sentence is about accuracy.
ACCURACY_COMPARATIVE = re.compile(r"\b(higher|lower|greater|smaller)\s+than\b", re.IGNORECASE)

# A sentence that attributes what it says to a source.
ATTRIBUTION = re.compile(
    r"\b(the paper|the paper's abstract|horuz et al\.?|[A-Z][a-z]+ et al\.?|the (b-silu |softplus )?article|"
    r"the authors|its authors|they)\b[^.;]{0,80}?\b(reports?|reported|finds?|found|ranks?|ranked|shows?|"
    r"showed|claims?|claimed|says?|said|states?|stated|calls?|called|concludes?|summari[sz]es?)\b",
    re.IGNORECASE)

# A sentence that says what the paper reports (the subject is the paper; not
# an indirect question, "... says what the paper reports").
PAPER_SAYS = re.compile(
    r"(?<!what )\b(the paper|the paper's abstract|its abstract|horuz et al\.?(\s*\(2025\))?)\s+"
    r"(\w+\s+){0,2}?(reports?|finds?|found|ranks?|ranked|shows?|showed|claims?|says?|states?|calls?|"
    r"concludes?|recommends?)\b", re.IGNORECASE)

# Fences whose body is prose (captions, solutions, tab notes); any other
# fence (code, listings, tables of results, maths) is skipped.
PROSE_FENCES = ("{solution}", "{framework-tabs}", "{framework-tab}", "{eval-rst}", "{note}", "{admonition}")


class Unit:
    """A piece of prose: a sentence, a heading, or a table cell."""

    def __init__(self, path, line, text, column=None, claims_table=False):
        self.path, self.line, self.text = path, line, text
        self.column, self.claims_table = column, claims_table
        self.heading = text.lstrip().startswith("#")


def clean(text):
    """The text a reader sees, for matching: no inline code or maths; a
    {value} role becomes the token VALUE, other roles their content."""
    text = re.sub(r"\{value\}`[^`]*`", " VALUE ", text)
    text = re.sub(r"\{[\w:-]+\}`([^`<]*?)\s*(?:<[^`]*>)?`", r"\1", text)
    text = re.sub(r"`[^`]*`", " CODE ", text)
    text = re.sub(r"\$[^$]*\$", " MATH ", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links: their text
    return text


def split_cells(line):
    """The cells of a Markdown table row."""
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    cells, cell, code = [], "", False
    for ch in body:
        if ch == "`":
            code = not code
        if ch == "|" and not code:
            cells.append(cell.strip())
            cell = ""
        else:
            cell += ch
    cells.append(cell.strip())
    return cells


def sentences(path, start, paragraph):
    """Split a paragraph into sentences with their line numbers."""
    protected = re.sub(r"\b(et al|e\.g|i\.e|cf|vs|approx)\.", lambda m: m.group(1).replace(".", "\x00") + "\x01",
                       paragraph)
    out, pos = [], 0
    for m in re.finditer(r"[.!?]\**(\s+)(?=[A-Z(*\"“{`])", protected):
        out.append((pos, protected[pos:m.start(1)]))
        pos = m.end()
    out.append((pos, protected[pos:]))
    for offset, s in out:
        text = s.replace("\x01", ".").replace("\x00", ".")
        if text.strip():
            yield Unit(path, start + paragraph.count("\n", 0, offset), text)


def read_units(path):
    """Every unit of prose in a chapter, and its tables (for article-claims)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    units, tables = [], []
    paragraph, para_start = [], 0
    fences = []  # stack of (marker, prose?)
    in_math = False
    table = None

    def flush():
        nonlocal paragraph
        if paragraph:
            units.extend(sentences(path, para_start, "\n".join(paragraph)))
        paragraph = []

    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        fence = re.match(r"^(`{3,}|~{3,})(.*)$", stripped)
        if fence:
            marker, info = fence.group(1), fence.group(2).strip()
            if fences and marker == fences[-1][0] and not info:
                flush()
                fences.pop()
                continue
            if not fences or fences[-1][1]:
                flush()
                fences.append((marker, info.split(" ")[0] in PROSE_FENCES))
                continue
        if fences and not fences[-1][1]:
            continue
        if stripped.startswith("$$"):
            flush()
            if not (stripped.endswith("$$") and len(stripped) > 2):
                in_math = not in_math
            continue
        if in_math:
            continue
        if re.match(r"^:\w[\w-]*:", stripped) or stripped.startswith(".. "):
            continue  # a directive's option, or an reST directive line
        if stripped.startswith("|"):
            flush()
            cells = split_cells(stripped)
            if table is None:
                table = {"header": cells, "rows": [], "line": number,
                         "claims": bool(cells) and "claim" in cells[0].lower()}
                tables.append(table)
                for c, cell in enumerate(cells):
                    units.append(Unit(path, number, cell, c, table["claims"]))
            elif re.match(r"^\|?\s*:?-{2,}", stripped):
                continue
            else:
                table["rows"].append((number, cells))
                for c, cell in enumerate(cells):
                    units.append(Unit(path, number, cell, c, table["claims"]))
            continue
        table = None
        if not stripped:
            flush()
            continue
        if stripped.startswith("#") or re.match(r"^([-*]|\d+\.)\s", stripped):
            flush()  # a heading or a list item starts a paragraph of its own
        if not paragraph:
            para_start = number
        paragraph.append(line)
    flush()
    return units, tables


def chapters(directory):
    """{chapter name: path of its index.md} in CHAPTERS_DIR."""
    found = {}
    for name in sorted(os.listdir(directory)):
        path = os.path.join(directory, name, "index.md")
        if os.path.isfile(path):
            found[name] = path
    return found


def check_comparisons(units):
    problems = []
    for u in units:
        if u.claims_table and u.column == 0:
            continue  # the claim under test, not the book's verdict
        text = clean(u.text)
        text = re.sub(r"\"[^\"]*\"|“[^”]*”", " QUOTE ", text)
        names = ACTIVATION.findall(text)
        if not names:
            continue
        words = COMPARATIVE.search(text)
        if not words and re.search(r"accura", text, re.IGNORECASE):
            words = ACCURACY_COMPARATIVE.search(text)
        if not words or ATTRIBUTION.search(text):
            continue
        name = names[0] if isinstance(names[0], str) else names[0][0]
        problems.append((u.path, u.line, "comparisons",
                         f"'{words.group(0)}' typed next to '{name}': a comparison between activations must be a "
                         f"verdict computed from the interval of the difference (a {{value}}), or be attributed "
                         f"to its source"))
    return problems


def check_paper(units, facts):
    problems = []
    for u in units:
        if u.claims_table and u.column == 0:
            continue
        text = clean(u.text)
        if u.heading or not PAPER_SAYS.search(text):
            continue
        lowered = text.lower()
        if any(all(word.lower() in lowered for word in fact["match"]) for fact in facts):
            continue
        problems.append((u.path, u.line, "paper",
                         "this sentence says what the paper reports, but matches none of the facts taken from "
                         "the paper (tools/article_claims.json, \"paper\"): " + " ".join(u.text.split())[:160]))
    return problems


def check_article_claims(found, claims, partial):
    problems = []
    for claim in claims:
        chapter = claim["chapter"]
        if chapter not in found:
            if not partial:
                problems.append((chapter, 0, "article-claims", f"no chapter '{chapter}' for the claim "
                                 f"'{claim['claim']}'"))
            continue
        path = found[chapter]
        _, tables = read_units(path)
        rows = [(line, cells) for t in tables if t["claims"] for line, cells in t["rows"]]
        if not rows:
            problems.append((path, 1, "article-claims", "no claims table (a table whose first header cell "
                             "names the claim)"))
            continue
        match = [(line, cells) for line, cells in rows
                 if all(word.lower() in clean(cells[0]).lower() for word in claim["match"])]
        if not match:
            problems.append((path, rows[0][0], "article-claims",
                             f"the {claim['article']} article's claim '{claim['claim']}' has no row in the "
                             f"claims table (none whose claim cell contains {claim['match']})"))
            continue
        line, cells = match[0]
        empty = lambda c: c.strip() in ("", "-", "—")
        if len(cells) < 3 or empty(cells[1]) or (empty(cells[2]) and "opinion" not in cells[1].lower()):
            problems.append((path, line, "article-claims",
                             f"the row for '{claim['claim']}' needs a verdict and its evidence"))
    return problems


def check_goals(found):
    problems = []
    for chapter, path in found.items():
        with open(path, encoding="utf-8") as f:
            text = f.read()
        intro = re.split(r"^## ", text, maxsplit=1, flags=re.MULTILINE)[0]
        said = re.search(r"\bgoals?\b", intro, re.IGNORECASE)
        if not said:
            continue
        goals = re.findall(r"^(\d+)\.\s+\*\*", intro[said.start():], flags=re.MULTILINE)
        if not goals:
            continue
        units, _ = read_units(path)
        intro_lines = intro.count("\n") + 1
        for n in goals:
            verdicts = [u for u in units if u.line > intro_lines
                        and re.search(rf"\bgoal\s+{n}\b", u.text, re.IGNORECASE) and "{value}" in u.text]
            if not verdicts:
                problems.append((path, 1, "goals",
                                 f"goal {n} is stated in the introduction, but no sentence after it says, with a "
                                 f"computed {{value}}, whether goal {n} is met"))
    return problems


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("chapters", help="a folder with one <chapter>/index.md per chapter")
    parser.add_argument("--only", default=",".join(CLASSES), help="classes to check: " + ", ".join(CLASSES))
    parser.add_argument("--claims", default=os.path.join(HERE, "article_claims.json"),
                        help="the articles' claims and the paper's facts (JSON)")
    parser.add_argument("--partial", action="store_true",
                        help="skip article claims whose chapter is not in the folder")
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return 2 if e.code else 0
    wanted = [c for c in args.only.split(",") if c]
    unknown = [c for c in wanted if c not in CLASSES]
    if unknown or not wanted:
        print(f"check_claims.py: error: unknown class {unknown or args.only!r}; choose from {', '.join(CLASSES)}",
              file=sys.stderr)
        return 2
    if not os.path.isdir(args.chapters):
        print(f"check_claims.py: error: no folder {args.chapters!r}", file=sys.stderr)
        return 2
    found = chapters(args.chapters)
    if not found:
        print(f"check_claims.py: error: no <chapter>/index.md in {args.chapters!r}", file=sys.stderr)
        return 2
    try:
        with open(args.claims, encoding="utf-8") as f:
            data = json.load(f)
        articles, facts = data["articles"], data["paper"]
    except (OSError, ValueError, KeyError) as e:
        print(f"check_claims.py: error: cannot read {args.claims}: {e}", file=sys.stderr)
        return 2

    units = [u for path in found.values() for u in read_units(path)[0]]
    problems = []
    if "comparisons" in wanted:
        problems += check_comparisons(units)
    if "article-claims" in wanted:
        problems += check_article_claims(found, articles, args.partial)
    if "paper" in wanted:
        problems += check_paper(units, facts)
    if "goals" in wanted:
        problems += check_goals(found)
    for path, line, cls, message in problems:
        print(f"{path}:{line}: {cls}: {message}")
    print(f"check_claims: {len(found)} chapter(s), {', '.join(wanted)}: "
          f"{'ok' if not problems else str(len(problems)) + ' problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
