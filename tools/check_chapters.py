#!/usr/bin/env python3
"""Checks the shape every chapter of the book shares, on the MyST sources.

  check_chapters.py [--deep-dive-terms FILE] [--not-yet-layered FILE] [--words]
                    GLOSSARY CHAPTER.md...

For each chapter (chapters/<name>/index.md):

1. It opens with the title, an introduction, and then, before its first
   section, the block

       ```{admonition} Before you start
       :class: before-you-start

       **Prerequisites.** ...

       **After this chapter you can:**

       - 3 to 5 things the reader will be able to do
       ```

2. It closes with a section "## Summary".

3. The first use of every glossary term in its prose is a {term} link. The
   glossary (docs/glossary.md) is read for its terms: each entry of its
   {glossary} block is one or more unindented term lines, and a comment
   line `.. forms: a, b` before it lists other spellings that count as a use
   of the entry (plurals in -s and -es count anyway). Prose is the text
   outside code, math, headings, link texts, options and the contents of
   directives that hold code ({listing}, {eval-rst}, ...); the contents of
   {admonition}, {solution} and {framework-tab} are prose, and the section
   "## References" is not (its titles are quoted as published). A term with a
   capital letter after its first (ULP, NaN, dead ReLU) matches with that
   case; others ignore case.

4. With --deep-dive-terms FILE (one word or phrase a line, '#' comments):
   its main path uses none of them. A deep dive is a section whose heading
   starts with "Deep dive: "; it runs to the next heading of the same or a
   higher level. The main path is the rest of the chapter's prose (the
   opening block, the exercises and their solutions included). The words
   match whole, ignoring case, in the text a reader sees there: prose,
   headings, inline code and the text of roles and links, not math or URLs.
   --not-yet-layered FILE names chapters (one a line, '#' comments) whose
   main path may still use them: their uses are not failures. A listed
   chapter whose main path is clean, or that is not among the chapters
   checked, fails, so that the list only shrinks.

--words prints, per chapter, the words of its main path and of its deep
dives (the prose as above and the headings, each inline role, code span or
formula one word; code, display math and the References section not
counted).

Prints one line per problem, "FILE:LINE: message", and exits 1 if there is
any, 2 on bad usage (a file that cannot be read, a glossary without
terms, an unknown option), 0 otherwise.
"""
import os
import re
import sys

BLOCK_TITLE = "Before you start"
PROSE_DIRECTIVES = {"admonition", "solution", "framework-tab", "framework-tabs",
                    "note", "tip", "important", "warning", "seealso"}
FENCE = re.compile(r"^(\s*)(`{3,}|:{3,})\s*(?:\{([\w:-]+)\})?\s*(.*)$")


def fail(message):
    print(f"check_chapters: error: {message}", file=sys.stderr)
    sys.exit(2)


def read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().split("\n")
    except OSError as e:
        fail(f"cannot read {path}: {e.strerror}")


def glossary_entries(lines):
    """[(terms, forms)] from the {glossary} block of the glossary page."""
    entries, inside, forms, current = [], False, [], None
    for line in lines:
        if not inside:
            inside = bool(re.match(r"^`{3,}\{glossary\}", line))
            continue
        if re.match(r"^`{3,}\s*$", line):
            break
        if line.startswith(".. forms:"):
            forms = [f.strip() for f in line[len(".. forms:"):].split(",") if f.strip()]
            current = None
        elif line and not line[0].isspace() and not line.startswith((":", "..")):
            if current is None:
                current = ([], forms)
                entries.append(current)
                forms = []
            current[0].append(line.strip())
        elif line.strip():
            current = None  # a definition line ends the entry's term lines
    return entries


def pattern(form):
    """A regex for one spelling of a term, plural included."""
    body = r"\s+".join(re.escape(w) for w in form.split())
    flags = re.IGNORECASE
    if any(c.isupper() for c in form[1:]):
        flags = 0  # ULP, NaN, dead ReLU: their case matters, but for the first letter
        if form[0].isalpha():
            body = f"[{form[0].lower()}{form[0].upper()}]" + body[1:]
    return re.compile(r"(?<![\w-])" + body + r"(?:s|es)?(?![\w-])", flags)


def walk(lines):
    """(index, line, where) for each line of a MyST page: `where` is "fence"
    for a directive's or code block's opening or closing line, "code" inside
    one that holds code, "option" for an option line of one that holds prose,
    "directive" for its other lines, and "top" outside every directive."""
    stack, options = [], False
    for n, line in enumerate(lines):
        m = FENCE.match(line)
        if m and stack and m.group(2)[0] == stack[-1][0][0] and len(m.group(2)) >= len(stack[-1][0]) \
                and not m.group(3) and not m.group(4):
            stack.pop()  # a closing fence
            yield n, line, "fence"
            continue
        if m and (not stack or stack[-1][1]):
            is_prose = (m.group(3) or "") in PROSE_DIRECTIVES
            stack.append((m.group(2), is_prose))
            options = is_prose
            yield n, line, "fence"
            continue
        if stack and not stack[-1][1]:
            yield n, line, "code"
            continue
        if options and re.match(r"^\s*:[\w-]+:", line):
            yield n, line, "option"
            continue
        options = False
        yield n, line, "directive" if stack else "top"


def prose(lines):
    """The chapter's prose as one string, everything else blanked: an offset
    into it is an offset into the file. Also the list of line starts."""
    out, math = [], False
    for n, line, where in walk(lines):
        if where == "top" and re.match(r"^##\s+References\s*$", line):
            out += [" " * len(rest) for rest in lines[n:]]  # the bibliography quotes titles, not the book's terms
            break
        if where in ("fence", "code", "option"):
            out.append(" " * len(line))
            continue
        if line.strip().startswith("$$"):
            single = line.strip() != "$$" and line.strip().endswith("$$") and len(line.strip()) > 4
            if not single:
                math = not math
            out.append(" " * len(line))
            continue
        if math or re.match(r"^\s*#", line) or re.match(r"^\s*\(.*\)=\s*$", line) or line.startswith("%"):
            out.append(" " * len(line))
            continue
        out.append(line)
    text = "\n".join(out)
    return text, [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]


def blank(text, regex):
    """Replaces every match of regex by spaces (newlines kept)."""
    def sub(m):
        return re.sub(r"[^\n]", " ", m.group(0))
    return re.sub(regex, sub, text, flags=re.DOTALL)


def line_of(starts, offset):
    lo, hi = 0, len(starts)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid
    return lo + 1


def check_terms(path, lines, entries):
    text, starts = prose(lines)
    links = []  # (offset, target)
    for m in re.finditer(r"\{term\}`([^`]*)`", text):
        target = m.group(1)
        inner = re.search(r"<([^<>]*)>\s*$", target)
        links.append((m.start(), re.sub(r"\s+", " ", (inner.group(1) if inner else target).strip())))
    text = blank(text, r"\{[\w:-]+\}`[^`]*`")   # roles, {term} included
    text = blank(text, r"``.*?``|`[^`]*`")        # inline code
    text = blank(text, r"\$\$.*?\$\$|\$[^$]+\$")  # math
    text = blank(text, r"!?\[[^\]]*\]\([^)]*\)")  # links: their text cannot hold a link
    text = blank(text, r"<[^>\n]+>")              # inline HTML
    problems = []
    for terms, forms in entries:
        targets = {t.lower() for t in terms}
        first_link = min((o for o, t in links if t.lower() in targets), default=None)
        first_use = None
        for form in terms + forms:
            m = pattern(form).search(text)
            if m and (first_use is None or m.start() < first_use[0]):
                first_use = (m.start(), m.group(0))
        if first_use and (first_link is None or first_use[0] < first_link):
            word = re.sub(r"\s+", " ", first_use[1])
            link = f"{{term}}`{word}`" if word == terms[0] else f"{{term}}`{word} <{terms[0]}>`"
            problems.append(f"{path}:{line_of(starts, first_use[0])}: first use of '{word}' is not a "
                            f"{{term}} link (write {link})")
    return problems


def check_shape(path, lines):
    problems = []
    if not lines or not lines[0].startswith("# "):
        return [f"{path}:1: a chapter starts with its title, '# ...'"]
    first_section = next((i for i, l in enumerate(lines) if l.startswith("## ")), len(lines))
    opening = next((i for i in range(1, first_section)
                    if re.match(r"^`{3,}\{admonition\}\s*" + BLOCK_TITLE + r"\s*$", lines[i])), None)
    if opening is None:
        problems.append(f"{path}:{first_section + 1}: no '```{{admonition}} {BLOCK_TITLE}' block between the "
                        f"introduction and the first section")
    else:
        intro = [l for l in lines[1:opening] if l.strip()]
        if not intro:
            problems.append(f"{path}:{opening + 1}: the block comes after the chapter's introduction, not before it")
        fence = re.match(r"^(`{3,})", lines[opening]).group(1)
        end = next((i for i in range(opening + 1, len(lines)) if lines[i].strip() == fence), None)
        body = lines[opening + 1:end] if end else []
        if ":class: before-you-start" not in [l.strip() for l in body[:2]]:
            problems.append(f"{path}:{opening + 2}: the block needs ':class: before-you-start'")
        if not any(l.startswith("**Prerequisites.**") for l in body):
            problems.append(f"{path}:{opening + 1}: the block has no '**Prerequisites.**' paragraph")
        start = next((i for i, l in enumerate(body) if l.strip() == "**After this chapter you can:**"), None)
        if start is None:
            problems.append(f"{path}:{opening + 1}: the block has no '**After this chapter you can:**' list")
        else:
            items = [l for l in body[start + 1:] if l.startswith("- ")]
            if not 3 <= len(items) <= 5:
                problems.append(f"{path}:{opening + start + 2}: {len(items)} learning objectives; "
                                f"give 3 to 5, each a thing the reader can do")
    if not any(l.strip() == "## Summary" for l in lines):
        problems.append(f"{path}:{len(lines)}: no '## Summary' section")
    return problems


DEEP_DIVE = "Deep dive: "


def deep_dive_lines(lines):
    """For each line, True if it belongs to a deep dive: a section whose
    heading starts with "Deep dive: ", up to the next heading of the same or
    a higher level."""
    inside, level = [False] * len(lines), None
    for n, line, where in walk(lines):
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*$", line) if where == "top" else None
        if heading:
            depth = len(heading.group(1))
            if level is not None and depth <= level:
                level = None
            if level is None and heading.group(2).startswith(DEEP_DIVE):
                level = depth
        inside[n] = level is not None
    return inside


def split_prose(lines):
    """The chapter's prose (see prose()) and its headings as two strings of
    the same length, the main path and the deep dives, each with the other's
    lines blanked."""
    text, starts = prose(lines)
    deep = deep_dive_lines(lines)
    rows = text.split("\n")
    for n, line, where in walk(lines):  # headings are read too
        if where == "top" and n < len(rows) and re.match(r"^#{1,6}\s", line) and not rows[n].strip():
            rows[n] = re.sub(r"#", " ", line)
    main = "\n".join(" " * len(r) if deep[i] else r for i, r in enumerate(rows))
    dives = "\n".join(r if deep[i] else " " * len(r) for i, r in enumerate(rows))
    return main, dives, starts


def visible(text):
    """What a reader sees of some prose: math and URLs blanked, a role's or
    a link's text kept."""
    text = blank(text, r"\$\$.*?\$\$|\$[^$]+\$")
    text = re.sub(r"\{[\w:-]+\}`([^`<]*?)(?:\s*<[^`]*>)?`", lambda m: " " + m.group(1).ljust(len(m.group(0)) - 1), text)
    text = re.sub(r"(\[[^\]]*\])\(([^)]*)\)", lambda m: m.group(1) + " " * (len(m.group(2)) + 2), text)
    return text


def words(text):
    """Words of some prose: each inline role, code span or formula counts as one."""
    text = re.sub(r"\{[\w:-]+\}`[^`]*`|``.*?``|`[^`]*`|\$[^$]+\$", " w ", text, flags=re.DOTALL)
    text = re.sub(r"\]\([^)]*\)", "] ", text)
    return len(re.findall(r"[^\s*_\[\]()|:-]\S*", text))


def read_list(path):
    """{entry: line number} of a list file: one entry a line, '#' starts a comment."""
    entries = {}
    for n, line in enumerate(read(path), 1):
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.setdefault(entry, n)
    return entries


def check_deep_dive_terms(path, main, starts, terms):
    """Problems: the main path's uses of deep-dive terms."""
    problems, text = {}, visible(main)
    for term in terms:
        body = r"\s+".join(re.escape(w) for w in term.split())
        for m in re.finditer(r"(?<![\w-])" + body + r"(?:s|es)?(?![\w-])", text, re.IGNORECASE):
            problems.setdefault(m.start(), f"{path}:{line_of(starts, m.start())}: the main path uses "
                                        f"'{re.sub(chr(92) + 's+', ' ', m.group(0))}', a deep-dive term: "
                                        f"move it into a '{DEEP_DIVE}...' section or say it plainly")
    return [problems[o] for o in sorted(problems)]


def chapter_name(path):
    return os.path.basename(os.path.dirname(os.path.abspath(path)))


def main(argv):
    args = argv[1:]
    if args and args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    options = {"--deep-dive-terms": None, "--not-yet-layered": None}
    show_words = False
    while args and args[0].startswith("--"):
        if args[0] == "--words":
            show_words = True
            args = args[1:]
        elif args[0] in options and len(args) > 1:
            options[args[0]] = args[1]
            args = args[2:]
        else:
            print(f"check_chapters: error: unknown option or missing value: {args[0]}", file=sys.stderr)
            return 2
    if len(args) < 2:
        print("usage: check_chapters.py [--deep-dive-terms FILE] [--not-yet-layered FILE] [--words] "
              "GLOSSARY CHAPTER.md...", file=sys.stderr)
        return 2
    entries = glossary_entries(read(args[0]))
    if not entries:
        fail(f"{args[0]}: no terms in a {{glossary}} block")
    terms = read_list(options["--deep-dive-terms"]) if options["--deep-dive-terms"] else []
    if options["--deep-dive-terms"] and not terms:
        fail(f"{options['--deep-dive-terms']}: no terms")
    pending = read_list(options["--not-yet-layered"]) if options["--not-yet-layered"] else {}
    pages = args[1:]
    problems, table, postponed = [], [], 0
    for path in pages:
        lines = read(path)
        problems += check_shape(path, lines)
        problems += check_terms(path, lines, entries)
        main_path, dives, starts = split_prose(lines)
        uses = check_deep_dive_terms(path, main_path, starts, terms) if terms else []
        name = chapter_name(path)
        if name in pending:
            postponed += len(uses)
            if terms and not uses:
                problems.append(f"{options['--not-yet-layered']}:{pending[name]}: '{name}' is listed as not yet layered, "
                                f"but its main path uses no deep-dive term: remove its line")
        else:
            problems += uses
        table.append((name, words(main_path), words(dives),
                      sum(1 for l in lines if re.match(r"^#{1,6}\s+" + DEEP_DIVE, l))))
    for name in pending:
        if name not in {chapter_name(p) for p in pages}:
            problems.append(f"{options['--not-yet-layered']}:{pending[name]}: '{name}' is listed as not "
                            f"yet layered, but is not among the chapters checked: remove its line")
    for p in problems:
        print(p)
    if show_words:
        width = max(len(r[0]) for r in table + [("chapter",)])
        rows = [("chapter", "main path", "deep dives", "deep-dive sections")] + table + \
               [("total", sum(r[1] for r in table), sum(r[2] for r in table), sum(r[3] for r in table))]
        print("words per chapter (prose and headings; each role, code span or formula one word):")
        for name, main_words, dive_words, count in rows:
            print(f"  {name:<{width}}  {main_words:>9}  {dive_words:>10}  {count:>18}")
    note = f", {postponed} deep-dive terms in chapters not yet layered" if postponed else ""
    print(f"check_chapters: {len(pages)} chapters, {len(entries)} glossary entries, "
          f"{len(problems)} problems{note}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
