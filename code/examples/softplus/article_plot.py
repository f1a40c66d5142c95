"""Reproduces two defects of the source article's plotting code (Softplus):
the keyword `dpe=300` in savefig, and np.log1p(np.exp(x)) for large x."""
import os
import sys
import warnings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program, require  # noqa: E402

program = Program("article_plot", "The article's plotting code, checked.")
program.parse()
np = require("numpy")
matplotlib = require("matplotlib")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

# [listing:savefig]
fig = plt.figure()
plt.plot([0, 1], [0, 1])
try:
    plt.savefig(os.devnull, format="png", dpe=300)   # the article's keyword
    print("savefig(dpe=300): saved")
except TypeError as error:
    print("savefig(dpe=300): TypeError:", error)
plt.close(fig)
# [/listing:savefig]

# [listing:overflow]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    x = np.array([700.0, 710.0, 1000.0])
    y = np.log1p(np.exp(x))                         # the article's softplus
print("log1p(exp(x)) for x =", x, "->", y)
print("warnings:", [str(w.message) for w in caught])
# [/listing:overflow]
program.array("overflow_y", y)
program.write()
