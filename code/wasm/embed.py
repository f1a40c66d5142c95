"""Writes act.wasm as a script, act_wasm.js, that holds the module in base64
(window.ACT_WASM_BASE64): a page opened from a file (file://) may run a
script beside it but not fetch a .wasm file, and the book's site is meant to
be read from the build folder too.

    embed.py act.wasm act_wasm.js
"""
import base64
import sys

if len(sys.argv) != 3:
    sys.exit("usage: embed.py MODULE.wasm OUT.js")
with open(sys.argv[1], "rb") as f:
    data = base64.b64encode(f.read()).decode("ascii")
with open(sys.argv[2], "w", encoding="ascii") as f:
    f.write("// The act library compiled to WebAssembly (code/wasm/act_wasm.cpp), in base64.\n")
    f.write(f'window.ACT_WASM_BASE64 = "{data}";\n')
