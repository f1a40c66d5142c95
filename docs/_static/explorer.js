/* Interactive figures: the book's C++ library, compiled to WebAssembly
 * (code/wasm/act_wasm.cpp), draws a function and its derivative while the
 * reader moves the parameters' sliders. Plain SVG, no plotting library: the
 * figure is three polylines, two axes and a cursor, less code than the glue
 * a library would need, and nothing to download (the site works offline).
 *
 * The page holds <div class="act-explorer" data-function="softplus" ...>
 * (docs/_ext/explorer.py writes it); act_wasm.js, loaded before this file,
 * holds the module as base64 (ACT_WASM_BASE64), so the figures work from a
 * file:// page too, where a browser refuses to fetch a .wasm file. Without
 * JavaScript the element stays empty and hidden, and the static figure
 * above it is the figure.
 *
 * Every value on screen is a double the C++ computed, printed in full
 * (JavaScript's shortest form that reads back as the same double): the
 * site check (tools/site_check.py) moves the sliders by script and compares
 * what the read-out shows with the native build's results, bit for bit.
 */
(function () {
  "use strict";

  const SVG = "http://www.w3.org/2000/svg";
  const WIDTH = 640, HEIGHT = 360, LEFT = 52, RIGHT = 12, TOP = 12, BOTTOM = 34;
  const POINTS = 481;   // x samples per curve

  let library = null;   // the instantiated module, once

  /** The module, instantiated once for every figure of the page. */
  function loadLibrary() {
    if (library) return library;
    library = (async function () {
      const base64 = atob(window.ACT_WASM_BASE64);
      const bytes = new Uint8Array(base64.length);
      for (let i = 0; i < base64.length; ++i) bytes[i] = base64.charCodeAt(i);
      // The standalone module imports only proc_exit (an abort it never
      // reaches in these calls): report it rather than ignore it.
      const imports = {wasi_snapshot_preview1: {proc_exit: function (code) {
        throw new Error("act.wasm exited with " + code);
      }}};
      const result = await WebAssembly.instantiate(bytes, imports);
      const e = result.instance.exports;
      if (e._initialize) e._initialize();
      const memory = () => e.memory.buffer;
      /** The C string at `pointer` in the module's memory. */
      const text = pointer => {
        const heap = new Uint8Array(memory());
        let end = pointer;
        while (heap[end] !== 0) ++end;
        return new TextDecoder().decode(heap.subarray(pointer, end));
      };
      const registry = JSON.parse(text(e.act_registry_json()));
      const capacity = e.act_capacity();
      let forms = null;
      return {
        /** The accuracy study's rows and their forms (study_wasm.cpp). */
        forms: () => forms || (forms = JSON.parse(text(e.act_forms_json()))),
        /** Row `row` at x: [x as float, float reference, double reference,
         *  then per form: float result, its ULP error, double result, its ULP error]. */
        formsAt: function (row, x) {
          const n = e.act_forms_at(row, x);
          if (n < 0) throw new Error("act_forms_at refused row " + row);
          return Array.from(new Float64Array(memory(), e.act_outputs(), n));
        },
        registry: registry,
        index: name => registry.findIndex(f => f.name === name),
        /** f (part 0) or f' (part 1) of registry entry `index` at xs, in
         *  double (precision 64) or float (32), at parameters ps. */
        evaluate: function (index, part, precision, ps, xs) {
          const out = new Float64Array(xs.length);
          const params = new Float64Array(memory(), e.act_parameters(), 8);
          params.set(ps);
          for (let from = 0; from < xs.length; from += capacity) {
            const n = Math.min(capacity, xs.length - from);
            new Float64Array(memory(), e.act_inputs(), capacity).set(xs.subarray(from, from + n));
            if (e.act_evaluate(index, part, precision, n) !== n) throw new Error("act_evaluate refused its arguments");
            out.set(new Float64Array(memory(), e.act_outputs(), n), from);
          }
          return out;
        }
      };
    })();
    return library;
  }

  /** A double as the read-out shows it: every digit it needs (the shortest
   *  decimal that reads back as the same double), -0 kept, and inf and nan
   *  spelt as C++ prints them. */
  function full(v) {
    if (Number.isNaN(v)) return "nan";
    if (!isFinite(v)) return v > 0 ? "inf" : "-inf";
    return Object.is(v, -0) ? "-0" : String(v);
  }

  /** A short label for an axis tick. */
  function tick(v) {
    return String(Math.round(v * 1000) / 1000);
  }

  function element(tag, attributes, parent) {
    const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4))
                                        : document.createElement(tag);
    for (const [k, v] of Object.entries(attributes || {})) node.setAttribute(k, v);
    if (parent) parent.appendChild(node);
    return node;
  }

  /** About five round steps across [lo, hi]. */
  function ticks(lo, hi) {
    const raw = (hi - lo) / 5, power = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 2.5, 5, 10].map(m => m * power).find(s => s >= raw);
    const out = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
    return out;
  }

  /** A round step (1, 2 or 5 times a power of ten) at most `raw`, so that
   *  the slider's values are short decimals. */
  function roundStep(raw) {
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    return [5, 2, 1].map(m => m * power).find(s => s <= raw);
  }

  /** The slider's range of a parameter: the page's (data-ranges), else one
   *  around the default inside the parameter's valid range. */
  function sliderRange(p, given) {
    if (given[p.name]) return given[p.name];
    const d = p.default, lo = Number(p.min), hi = Number(p.max);
    let a = d > 0 ? d / 10 : d - 5, b = d > 0 ? d * 10 : d + 5;
    if (d === 0) { a = -5; b = 5; }
    if (isFinite(lo)) a = Math.max(a, lo);
    if (isFinite(hi) && hi < 1e300) b = Math.min(b, hi);
    return [a, b];
  }

  /** One figure: its controls, its plot and its read-out. */
  async function build(root) {
    const lib = await loadLibrary();
    const names = root.dataset.function.split(/\s+/);
    const entries = names.map(name => {
      const i = lib.index(name);
      if (i < 0) throw new Error("explorer: no function '" + name + "' in the registry");
      return {index: i, info: lib.registry[i], on: true};
    });
    const reference = root.dataset.reference ? lib.index(root.dataset.reference) : -1;
    if (root.dataset.reference && reference < 0) throw new Error("explorer: no reference function '" + root.dataset.reference + "'");
    const [x0, x1] = (root.dataset.x || "-6 6").split(/\s+/).map(Number);
    const given = {};
    for (const part of (root.dataset.ranges || "").split(";").filter(s => s.trim())) {
      const [name, lo, hi] = part.trim().split(/\s+/);
      given[name] = [Number(lo), Number(hi)];
    }
    const single = entries.length === 1;
    const state = {x: (x0 + x1) / 2 + (x1 - x0) / 8, params: entries[0].info.parameters.map(p => p.default)};

    const controls = element("div", {class: "act-explorer-controls"}, root);
    const sliders = [];
    if (single) {
      entries[0].info.parameters.forEach((p, k) => {
        const [lo, hi] = sliderRange(p, given);
        const id = root.id + "-" + p.name;
        const row = element("div", {class: "act-explorer-parameter"}, controls);
        const label = element("label", {for: id}, row);
        label.textContent = p.symbol === p.name ? p.name : p.symbol + " (" + p.name + ")";
        const input = element("input", {type: "range", id: id, min: lo, max: hi,
                                        step: roundStep((hi - lo) / 200), value: p.default,
                                        "data-parameter": p.name}, row);
        const shown = element("output", {for: id, class: "act-explorer-value"}, row);
        shown.textContent = full(p.default);
        input.addEventListener("input", () => {
          state.params[k] = Number(input.value);
          shown.textContent = full(state.params[k]);
          draw();
        });
        sliders.push(input);
      });
      if (sliders.length) {
        const reset = element("button", {type: "button", class: "act-explorer-reset"}, controls);
        reset.textContent = "Reset to the defaults";
        reset.addEventListener("click", () => {
          entries[0].info.parameters.forEach((p, k) => {
            sliders[k].value = p.default;
            sliders[k].dispatchEvent(new Event("input"));
          });
        });
      }
    } else {
      const list = element("fieldset", {class: "act-explorer-choice"}, controls);
      element("legend", {}, list).textContent = "Functions shown (at their default parameters)";
      const chosen = (root.dataset.chosen || "").split(/\s+/);
      entries.forEach(entry => {
        entry.on = chosen.includes(entry.info.name);
        const id = root.id + "-" + entry.info.name;
        const row = element("span", {class: "act-explorer-option"}, list);
        const box = element("input", {type: "checkbox", id: id, "data-function": entry.info.name}, row);
        box.checked = entry.on;
        element("label", {for: id}, row).textContent = entry.info.title;
        box.addEventListener("change", () => { entry.on = box.checked; draw(); });
      });
    }

    const svg = element("svg:svg", {viewBox: "0 0 " + WIDTH + " " + HEIGHT, class: "act-explorer-plot",
                                   tabindex: "0", role: "img"}, root);
    const legend = element("div", {class: "act-explorer-legend"}, root);
    const readout = element("div", {class: "act-explorer-readout", "aria-live": "polite"}, root);
    const xLabel = element("label", {}, readout);
    xLabel.textContent = "x = ";
    const xInput = element("input", {type: "number", step: "0.01", class: "act-explorer-x",
                                     value: state.x}, xLabel);
    const values = element("span", {class: "act-explorer-values"}, readout);
    xInput.addEventListener("input", () => {
      const v = Number(xInput.value);
      if (xInput.value !== "" && isFinite(v)) { state.x = v; showValues(); drawCursor(); }
    });

    const xs = new Float64Array(POINTS);
    for (let i = 0; i < POINTS; ++i) xs[i] = x0 + (x1 - x0) * i / (POINTS - 1);
    let scaleY = null;

    function curves() {
      const out = [];
      const shown = entries.filter(e => e.on);
      shown.forEach((e, k) => {
        const ps = single ? state.params : e.info.parameters.map(p => p.default);
        out.push({name: e.info.title, cls: single ? "f" : "c" + (k % 6), ys: lib.evaluate(e.index, 0, 64, ps, xs)});
        out.push({name: e.info.title + "′", cls: (single ? "df" : "c" + (k % 6)) + " derivative",
                  ys: lib.evaluate(e.index, 1, 64, ps, xs), jumps: e.info.smoothness === "C0"});
      });
      if (reference >= 0) {
        const r = lib.registry[reference];
        out.push({name: r.title + " (reference)", cls: "reference",
                  ys: lib.evaluate(reference, 0, 64, r.parameters.map(p => p.default), xs)});
      }
      return out;
    }

    function draw() {
      svg.replaceChildren();
      const all = curves();
      let lo = Infinity, hi = -Infinity;
      for (const c of all) for (const y of c.ys) if (isFinite(y)) { lo = Math.min(lo, y); hi = Math.max(hi, y); }
      if (!(lo < hi)) { lo = -1; hi = 1; }
      const pad = (hi - lo) * 0.06;
      lo -= pad; hi += pad;
      const sx = x => LEFT + (x - x0) / (x1 - x0) * (WIDTH - LEFT - RIGHT);
      const sy = y => TOP + (hi - y) / (hi - lo) * (HEIGHT - TOP - BOTTOM);
      scaleY = {sx: sx, sy: sy};
      const axes = element("svg:g", {class: "axes"}, svg);
      for (const v of ticks(x0, x1)) {
        element("svg:line", {x1: sx(v), x2: sx(v), y1: TOP, y2: HEIGHT - BOTTOM, class: v === 0 ? "zero" : "grid"}, axes);
        const t = element("svg:text", {x: sx(v), y: HEIGHT - BOTTOM + 16, "text-anchor": "middle"}, axes);
        t.textContent = tick(v);
      }
      for (const v of ticks(lo, hi)) {
        element("svg:line", {x1: LEFT, x2: WIDTH - RIGHT, y1: sy(v), y2: sy(v), class: v === 0 ? "zero" : "grid"}, axes);
        const t = element("svg:text", {x: LEFT - 6, y: sy(v) + 4, "text-anchor": "end"}, axes);
        t.textContent = tick(v);
      }
      const xl = element("svg:text", {x: WIDTH - RIGHT, y: HEIGHT - 4, "text-anchor": "end"}, axes);
      xl.textContent = "x";
      // The reference under the others: it is drawn first, dotted.
      for (const c of all.slice().sort((a, b) => (b.cls === "reference") - (a.cls === "reference"))) {
        let d = "", pen = false;
        for (let i = 0; i < POINTS; ++i) {
          const y = c.ys[i];
          if (!isFinite(y)) { pen = false; continue; }
          // A jump (ReLU's derivative at 0) is left open, not drawn as a wall.
          if (pen && c.jumps && Math.abs(y - c.ys[i - 1]) > (hi - lo) / 8) pen = false;
          d += (pen ? "L" : "M") + sx(xs[i]).toFixed(2) + " " + sy(Math.max(lo, Math.min(hi, y))).toFixed(2);
          pen = true;
        }
        element("svg:path", {d: d, class: "curve " + c.cls}, svg);
      }
      // The legend under the plot, in the page's text: it never covers a curve.
      legend.replaceChildren();
      for (const c of all) {
        const item = element("span", {class: "act-explorer-key"}, legend);
        const sample = element("svg:svg", {viewBox: "0 0 28 10", width: "28", height: "10", "aria-hidden": "true"}, item);
        element("svg:line", {x1: 1, x2: 27, y1: 5, y2: 5, class: "curve " + c.cls}, sample);
        item.appendChild(document.createTextNode(" " + c.name));
      }
      svg.setAttribute("aria-label", all.map(c => c.name).join(", ") + " for x from " + x0 + " to " + x1);
      drawCursor();
      showValues();
    }

    function drawCursor() {
      const old = svg.querySelector(".cursor");
      if (old) old.remove();
      if (!scaleY || state.x < x0 || state.x > x1) return;
      element("svg:line", {x1: scaleY.sx(state.x), x2: scaleY.sx(state.x), y1: TOP, y2: HEIGHT - BOTTOM,
                           class: "cursor"}, svg);
    }

    function showValues() {
      values.replaceChildren();
      const at = new Float64Array([state.x]);
      for (const e of entries.filter(e => e.on)) {
        const ps = single ? state.params : e.info.parameters.map(p => p.default);
        const f = lib.evaluate(e.index, 0, 64, ps, at)[0], df = lib.evaluate(e.index, 1, 64, ps, at)[0];
        const item = element("span", {class: "act-explorer-reading", "data-function": e.info.name,
                                      "data-x": full(state.x), "data-parameters": ps.map(full).join(" "),
                                      "data-value": full(f), "data-derivative": full(df)}, values);
        item.textContent = (single ? "" : e.info.title + ": ") + "f(x) = " + full(f) + ", f′(x) = " + full(df);
      }
    }

    /** x under the pointer, or moved by the arrow keys on the focused plot. */
    function pointerX(event) {
      const box = svg.getBoundingClientRect();
      const u = (event.clientX - box.left) / box.width * WIDTH;
      return x0 + (u - LEFT) / (WIDTH - LEFT - RIGHT) * (x1 - x0);
    }
    function moveTo(x) {
      state.x = Math.max(x0, Math.min(x1, Math.round(x * 1000) / 1000));
      xInput.value = state.x;
      showValues();
      drawCursor();
    }
    svg.addEventListener("pointermove", event => moveTo(pointerX(event)));
    svg.addEventListener("keydown", event => {
      const step = (x1 - x0) / 100;
      if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
      moveTo(state.x + (event.key === "ArrowLeft" ? -step : step));
      // The page turns with the arrow keys (Sphinx's navigation_with_keys):
      // not while they move the cursor of a plot.
      event.preventDefault();
      event.stopPropagation();
    });

    draw();
    root.classList.add("act-explorer-ready");
    root.dataset.readyMs = String(Math.round(performance.now()));   // since the page began to load
    root.dataset.ready = "yes";
  }

  /** An error in ULPs as the table shows it: two decimals, or three
   *  significant digits when large. */
  function ulps(v) {
    if (Number.isNaN(v)) return "–";
    if (!isFinite(v)) return "∞";
    return v < 1000 ? v.toFixed(2) : v.toPrecision(3);
  }

  /** The float/double explorer: one function (or derivative) of the
   *  accuracy study at an x the reader types, every form in float and in
   *  double, with its error in ULPs. */
  async function buildPrecision(root) {
    const lib = await loadLibrary();
    const rows = lib.forms();
    const controls = element("div", {class: "act-explorer-controls"}, root);
    const pick = element("label", {}, controls);
    pick.textContent = "Function ";
    const select = element("select", {class: "act-precision-function"}, pick);
    rows.forEach((r, k) => {
      const option = element("option", {value: String(k)}, select);
      option.textContent = r.name;
    });
    select.value = String(Math.max(0, rows.findIndex(r => r.name === root.dataset.function)));
    const xLabel = element("label", {}, controls);
    xLabel.textContent = "x = ";
    const xInput = element("input", {type: "text", inputmode: "decimal", class: "act-explorer-x",
                                     value: root.dataset.x || "1", spellcheck: "false"}, xLabel);
    const note = element("p", {class: "act-precision-inputs"}, root);
    const scroller = element("div", {class: "act-precision-scroll"}, root);
    const table = element("table", {class: "act-precision-table"}, scroller);
    const head = element("tr", {}, element("thead", {}, table));
    for (const h of ["form", "float result", "float error (ULP)", "double result", "double error (ULP)"])
      element("th", {}, head).textContent = h;
    const body = element("tbody", {}, table);

    function show() {
      const x = Number(xInput.value.trim());
      body.replaceChildren();
      if (xInput.value.trim() === "" || Number.isNaN(x)) {
        note.textContent = "Type a number for x (for example 88.75, -1e-5 or 3.2e4).";
        root.dataset.x = "";
        return;
      }
      const row = Number(select.value);
      const v = lib.formsAt(row, x);
      root.dataset.row = rows[row].name;
      root.dataset.xValue = full(x);
      root.dataset.numbers = v.map(full).join(" ");
      note.textContent = "x in double: " + full(x) + "; x rounded to float: " + full(v[0]) +
                         ". True value (the study's reference): " + full(v[1]) + " at the float x, " +
                         full(v[2]) + " at the double x.";
      rows[row].forms.forEach((form, k) => {
        const tr = element("tr", {}, body);
        const [yf, ef, yd, ed] = v.slice(3 + 4 * k, 7 + 4 * k);
        element("td", {}, tr).textContent = form.name;
        for (const [value, error, cls] of [[yf, ef, "float"], [yd, ed, "double"]]) {
          const exists = cls === "float" || form.double;
          element("td", {class: "number"}, tr).textContent = exists ? full(value) : "–";
          const cell = element("td", {class: "number" + (error > 1 ? " act-precision-bad" : "")}, tr);
          cell.textContent = exists ? ulps(error) : "–";
        }
      });
    }
    select.addEventListener("change", show);
    xInput.addEventListener("input", show);
    show();
    root.classList.add("act-explorer-ready");
    root.dataset.readyMs = String(Math.round(performance.now()));
    root.dataset.ready = "yes";
  }

  function start() {
    document.querySelectorAll("div.act-precision-explorer").forEach((root, k) => {
      if (!root.id) root.id = "act-precision-explorer-" + k;
      buildPrecision(root).catch(error => {
        root.dataset.ready = "failed";
        console.error(error);
      });
    });
    document.querySelectorAll("div.act-explorer").forEach((root, k) => {
      if (!root.id) root.id = "act-explorer-" + k;
      build(root).catch(error => {
        root.dataset.ready = "failed";
        console.error(error);
      });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
