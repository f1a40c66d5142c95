"""Interactive figures: the library itself, compiled to WebAssembly.

    ```{explorer} softplus
    :reference: relu
    :x: -6 6
    :ranges: beta 0.1 10; threshold 1 40

    A sentence that says what to try.
    ```

draws the function and its derivative with a slider per parameter (the
registry's parameters, at their defaults), a read-out of x, f(x) and f'(x),
and, dotted, the reference function at its defaults. With several names
(or ``all``: the whole registry, in its order) it is a comparison explorer:
a check box per function, ``:chosen:`` ticked at first.

The page gets a ``div.act-explorer`` that docs/_static/explorer.js fills
in, with the values that act.wasm computes (code/wasm/act_wasm.cpp, built
by CMake with em++ into act_wasm.js, whose folder CMake passes as
ACT_WASM_DIR). Without em++ the build says once that the interactive
figures are left out, and the directive writes nothing: the static figure
beside it is the figure, as it is without JavaScript. The printed editions
(PDF, EPUB) never have them.

    ```{precision-explorer} softplus
    :x: 88.75

    A sentence that says what to try.
    ```

is the float/double explorer: a function or derivative of the accuracy
study (``softplus``, ``softplus_derivative``, ...; the reader can pick any
other), an x the reader types, and every form the study measures for it
(code/examples/accuracy/functions.hpp) in float and in double, each with its
error in ULPs against the study's reference.

The function names are checked against the registry when the page is read
(ACT_REGISTRY_JSON, from the same build): a misspelt name fails the build,
not the reader's browser.
"""
import html
import json
import os

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)
SCRIPT = "act_wasm.js"


def wasm_dir():
    """The folder of act_wasm.js, or None when this build has no em++."""
    folder = os.environ.get("ACT_WASM_DIR", "")
    return folder if folder and os.path.isfile(os.path.join(folder, SCRIPT)) else None


def registry_names():
    """The registry's names, in order, from the JSON that the build's
    explorer_values wrote (ACT_REGISTRY_JSON; code/wasm/CMakeLists.txt)."""
    path = os.environ.get("ACT_REGISTRY_JSON", "")
    if not os.path.isfile(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [entry["name"] for entry in json.load(f)]


def interval(text):
    parts = text.split()
    if len(parts) != 2:
        raise ValueError("two numbers, the left and right ends")
    lo, hi = (float(p) for p in parts)
    if not lo < hi:
        raise ValueError("the left end must be below the right end")
    return f"{parts[0]} {parts[1]}"


def ranges(text):
    for part in filter(None, (p.strip() for p in text.split(";"))):
        fields = part.split()
        if len(fields) != 3:
            raise ValueError(f"'{part}': a parameter's name and two numbers")
        interval(" ".join(fields[1:]))
    return text


class ExplorerDirective(SphinxDirective):
    required_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec = {"reference": directives.unchanged, "x": interval, "ranges": ranges,
                   "chosen": directives.unchanged}

    def run(self):
        known = registry_names()
        names = known if self.arguments[0].strip() == "all" else self.arguments[0].split()
        wanted = names + self.options.get("chosen", "").split() + self.options.get("reference", "").split()
        if not known:
            raise self.error("explorer: no registry (ACT_REGISTRY_JSON names the file code/wasm writes)")
        unknown = [n for n in wanted if n not in known]
        if unknown:
            raise self.error(f"explorer: not in the registry: {', '.join(unknown)} (it has {', '.join(known)})")
        if len(names) == 1 and "chosen" in self.options:
            raise self.error("explorer: :chosen: is for a comparison (several functions)")
        if self.env.app.builder.format != "html" or self.env.app.builder.name == "epub" or not wasm_dir():
            return []
        self.env.metadata[self.env.docname]["act-explorer"] = True
        attributes = {"class": "act-explorer", "data-function": " ".join(names)}
        for option, attribute in (("reference", "data-reference"), ("x", "data-x"),
                                  ("ranges", "data-ranges"), ("chosen", "data-chosen")):
            if option in self.options:
                attributes[attribute] = self.options[option]
        return wrap(self, attributes)


class PrecisionExplorerDirective(SphinxDirective):
    required_arguments = 1
    has_content = True
    option_spec = {"x": directives.unchanged}

    def run(self):
        known = registry_names()
        if not known:
            raise self.error("precision-explorer: no registry (ACT_REGISTRY_JSON names the file code/wasm writes)")
        name = self.arguments[0]
        if name.removesuffix("_derivative") not in known:
            raise self.error(f"precision-explorer: '{name}' is neither a function of the registry nor its derivative")
        x = self.options.get("x", "1")
        try:
            float(x)
        except ValueError:
            raise self.error(f"precision-explorer: :x: {x!r} is not a number") from None
        if self.env.app.builder.format != "html" or self.env.app.builder.name == "epub" or not wasm_dir():
            return []
        self.env.metadata[self.env.docname]["act-explorer"] = True
        return wrap(self, {"class": "act-precision-explorer", "data-function": name, "data-x": x})


def wrap(directive, attributes):
    """The div that explorer.js fills in, with the directive's content (what
    to try) as its first paragraphs."""
    opening = "<div " + " ".join(f'{k}="{html.escape(v)}"' for k, v in attributes.items()) + ">"
    caption = nodes.container()
    directive.state.nested_parse(directive.content, directive.content_offset, caption)
    for paragraph in caption.findall(nodes.paragraph):
        paragraph["classes"].append("act-explorer-caption")
    return [nodes.raw("", opening, format="html"), *caption.children, nodes.raw("", "</div>", format="html")]


def announce(app):
    if app.builder.format == "html" and app.builder.name != "epub":
        folder = wasm_dir()
        if folder:
            app.config.html_static_path.append(folder)
        else:
            logger.info("explorer: no act_wasm.js (this build has no em++, the emscripten package): "
                        "the interactive figures are left out, the static figures stay")


def add_scripts(app, pagename, templatename, context, doctree):
    if app.env.metadata.get(pagename, {}).get("act-explorer"):
        app.add_js_file(SCRIPT)
        app.add_js_file("explorer.js")


def setup(app):
    app.add_directive("explorer", ExplorerDirective)
    app.add_directive("precision-explorer", PrecisionExplorerDirective)
    app.connect("builder-inited", announce)
    app.connect("html-page-context", add_scripts)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
