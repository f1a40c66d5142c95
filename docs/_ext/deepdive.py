"""Deep dives: the sections a reader may skip.

A chapter's main path says what the library does and why it matters; the
numerical engineering behind it lives in sections whose heading starts with
"Deep dive: " (CONTRIBUTING.md, "Main path and deep dives"). Nothing else
marks them in the source. This extension finds them when a page is read and
gives each

- the class ``deep-dive`` on its section (book.css draws it apart, in light
  and dark mode), and
- a short note under its heading, with the class ``deep-dive-note``, that
  tells the reader the section can be skipped and where the main path goes
  on.

Both are plain docutils nodes, so every builder (HTML, LaTeX, EPUB) shows
the note; only HTML gets the styling. tools/check_chapters.py applies the
same rule to the Markdown sources (a deep dive runs to the next heading of
the same or a higher level, which is what a docutils section is).
"""
import hashlib

from docutils import nodes

PREFIX = "Deep dive: "
NOTE = ("This section goes into the details of how; you can skip it on a "
        "first reading, as nothing outside it depends on it.")


def is_deep_dive(section):
    title = section.next_node(nodes.title)
    return title is not None and title.parent is section and title.astext().startswith(PREFIX)


def main_path_after(section):
    """The section where the main path goes on after this one: the next
    section at its level or above that is not a deep dive, or None at the
    end of the page."""
    while isinstance(section, nodes.section):
        siblings = [c for c in section.parent.children if isinstance(c, nodes.section)]
        for after in siblings[siblings.index(section) + 1:]:
            if not is_deep_dive(after):
                return after
        section = section.parent
    return None


def mark_deep_dives(app, doctree):
    """Gives every "Deep dive: " section its class and its note."""
    for section in list(doctree.findall(nodes.section)):
        if not is_deep_dive(section) or any(
                isinstance(a, nodes.section) and is_deep_dive(a) for a in ancestors(section)):
            continue  # a subsection of a deep dive is part of it
        section["classes"].append("deep-dive")
        note = nodes.paragraph("", "", classes=["deep-dive-note"])
        note += nodes.strong("", "Deep dive.")
        note += nodes.Text(" " + NOTE)
        after = main_path_after(section)
        if after is not None and after["ids"]:
            note += nodes.Text(" The main path goes on at ")
            link = nodes.reference("", "", internal=True, refid=after["ids"][0])
            for child in after.next_node(nodes.title).children:  # math stays math
                link += nodes.Text(child.astext()) if isinstance(child, nodes.reference) else child.deepcopy()
            note += link
            note += nodes.Text(".")
        title = section.next_node(nodes.title)
        section.insert(section.index(title) + 1, note)


def ancestors(node):
    node = node.parent
    while node is not None:
        yield node
        node = node.parent


def setup(app):
    app.connect("doctree-read", mark_deep_dives)
    with open(__file__, "rb") as f:
        version = int(hashlib.sha256(f.read()).hexdigest()[:12], 16)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True,
            "env_version": version}
