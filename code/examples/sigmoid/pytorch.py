"""The chapter's PyTorch tab: torch.sigmoid and its gradient on the tab's
inputs, then what PyTorch's float gradient does far out on the right."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program  # noqa: E402

program = Program.parsed("pytorch", "Sigmoid of [-4, -1, 0, 1, 4] with PyTorch, and its float gradient for large x.",
                         requires=["torch"])

# [listing:pytorch-tab]
import torch

x = torch.tensor([-4.0, -1.0, 0.0, 1.0, 4.0], requires_grad=True)
y = torch.sigmoid(x)
y.sum().backward()       # dy/dx of each element lands in x.grad
# [/listing:pytorch-tab]

program.framework_tab(x=x, y=y, dydx=x.grad)

# [listing:pytorch-far-right]
far = [10.0, 15.0, 16.0, 17.0, 20.0]
x32 = torch.tensor(far, dtype=torch.float32, requires_grad=True)
torch.sigmoid(x32).sum().backward()   # autograd computes y * (1 - y) from the output
x64 = torch.tensor(far, dtype=torch.float64, requires_grad=True)
torch.sigmoid(x64).sum().backward()
print()
print("x                   :", far)
print("float32 gradient    :", [float(g) for g in x32.grad])
print("float64 gradient    :", [float(g) for g in x64.grad])
# [/listing:pytorch-far-right]

# Where PyTorch's float32 gradient becomes exactly 0, by bisection over float32.
import numpy as np  # noqa: E402


def float32_gradient(v):
    t = torch.tensor([v], dtype=torch.float32, requires_grad=True)
    torch.sigmoid(t).sum().backward()
    return float(t.grad[0])


lo, hi = np.float32(0), np.float32(100)   # gradient > 0 at lo, == 0 at hi
while np.nextafter(lo, hi) != hi:
    mid = np.float32(lo + (hi - lo) / 2)
    if mid in (lo, hi):
        break
    lo, hi = (lo, mid) if float32_gradient(mid) == 0 else (mid, hi)
print("float32 gradient is exactly 0 from x =", float(hi))
program.threshold("float32_gradient_zero_from", hi, 0, lambda v: float32_gradient(v) == 0,
                  f"{float(hi):.6g}")
true_slope = torch.tensor([float(hi)], dtype=torch.float64, requires_grad=True)
torch.sigmoid(true_slope).sum().backward()
program.values["float64_gradient_at_zero_from"] = f"{float(true_slope.grad[0]):.2g}"
program.values["float32_gradient_at_15"] = f"{float(x32.grad[1]):.4g}"
program.values["float64_gradient_at_15"] = f"{float(x64.grad[1]):.4g}"
program.values["float64_gradient_at_17"] = f"{float(x64.grad[3]):.4g}"
program.array("far_x", far)
program.array("far_grad_float32", x32.grad.tolist())
program.array("far_grad_float64", x64.grad.tolist())
program.write()
