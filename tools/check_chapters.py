#!/usr/bin/env python3
"""Checks the shape every chapter of the book shares, on the MyST sources.

  check_chapters.py GLOSSARY CHAPTER.md...

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

Prints one line per problem, "FILE:LINE: message", and exits 1 if there is
any, 2 on bad usage (a file that cannot be read, a glossary without
terms), 0 otherwise.
"""
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


def prose(lines):
    """The chapter's prose as one string, everything else blanked: an offset
    into it is an offset into the file. Also the list of line starts."""
    out, stack, math, options = [], [], False, False
    for n, line in enumerate(lines):
        if re.match(r"^##\s+References\s*$", line):
            out += [" " * len(rest) for rest in lines[n:]]  # the bibliography quotes titles, not the book's terms
            break
        m = FENCE.match(line)
        if m and stack and m.group(2)[0] == stack[-1][0][0] and len(m.group(2)) >= len(stack[-1][0]) \
                and not m.group(3) and not m.group(4):
            stack.pop()  # a closing fence
            out.append(" " * len(line))
            continue
        if m and (not stack or stack[-1][1]):
            is_prose = (m.group(3) or "") in PROSE_DIRECTIVES
            stack.append((m.group(2), is_prose))
            options = is_prose
            out.append(" " * len(line))
            continue
        if stack and not stack[-1][1]:
            out.append(" " * len(line))
            continue
        if options and re.match(r"^\s*:[\w-]+:", line):
            out.append(" " * len(line))
            continue
        options = False
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


def main(argv):
    if len(argv) > 1 and argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    if len(argv) < 3:
        print("usage: check_chapters.py GLOSSARY CHAPTER.md...", file=sys.stderr)
        return 2
    entries = glossary_entries(read(argv[1]))
    if not entries:
        fail(f"{argv[1]}: no terms in a {{glossary}} block")
    problems = []
    for path in argv[2:]:
        lines = read(path)
        problems += check_shape(path, lines)
        problems += check_terms(path, lines, entries)
    for p in problems:
        print(p)
    print(f"check_chapters: {len(argv) - 2} chapters, {len(entries)} glossary entries, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
