"""The B-SiLU article's plotting formulas, checked where they leave the
plotted range [-6, 6]: np.exp(-x) overflows for very negative x."""
import os
import sys
import warnings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program, first_true, require  # noqa: E402

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

# Where exp(-x) stops being finite, bisected over each type's numbers (the
# closed form -log(max), rounded to float32, lands one float too far left).
below = {}
with np.errstate(over="ignore"):
    for dtype in (np.float64, np.float32):
        def finite(v):
            return bool(np.isfinite(np.exp(-v)))
        big = np.finfo(dtype).max
        t = -first_true(dtype(0), big, lambda m: not finite(-m))
        t = np.nextafter(t, dtype(0))  # the last x at which exp(-x) is finite
        below[dtype] = t
        program.threshold(np.dtype(dtype).name + "_overflow_below", t, -np.inf, finite, f"{t:.6g}")
print("exp(-x) overflows for x below", below[np.float64], "(float64) and", below[np.float32], "(float32)")
program.write()
