"""The B-SiLU article's plotting formulas, checked where they leave the
plotted range [-6, 6]: np.exp(-x) overflows for very negative x."""
import os
import sys
import warnings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program, require  # noqa: E402

program = Program("article_plot", "The article's b_silu and b_silu_derivative outside the plotted range.")
program.parse()
np = require("numpy")


# [listing:article-formulas]
def b_silu(x, alpha=1.67):                      # as in the article
    return (x + alpha) / (1 + np.exp(-x)) - alpha / 2


def b_silu_derivative(x, alpha=1.67):
    sig = 1 / (1 + np.exp(-x))
    return sig + (x + alpha) * sig * (1 - sig)
# [/listing:article-formulas]


# [listing:overflow]
for dtype, xs in ((np.float64, [-700.0, -710.0, -800.0, -np.inf]),
                  (np.float32, [-80.0, -89.0, -100.0, -np.inf])):
    x = np.array(xs, dtype=dtype)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        y, dy = b_silu(x), b_silu_derivative(x)
    print(np.dtype(dtype).name, "x =", x)
    print("  b_silu            ->", y)
    print("  b_silu_derivative ->", dy)
    print("  warnings:", sorted({str(w.message) for w in caught}))
# [/listing:overflow]
    program.array(np.dtype(dtype).name + "_y", y)

with np.errstate(over="ignore"):
    first64 = -np.log(np.finfo(np.float64).max)   # exp(-x) overflows left of this
    first32 = -np.log(np.finfo(np.float32).max, dtype=np.float32)
print("exp(-x) overflows for x below", first64, "(float64) and", first32, "(float32)")
program.values["float64_overflow_below"] = f"{first64:.6g}"
program.values["float32_overflow_below"] = f"{first32:.6g}"
program.write()
