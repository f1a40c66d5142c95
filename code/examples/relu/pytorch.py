"""The chapter's PyTorch tab: ReLU and LeakyReLU with autograd, then what
PyTorch does with NaN and -0 (the values the chapter compares with act)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program  # noqa: E402

program = Program.parsed("pytorch", "ReLU and LeakyReLU of [-2, -0.5, 0, 0.5, 2] with PyTorch, and edge cases.",
                         requires=["torch"])

# [listing:pytorch-tab]
import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
y = F.relu(x)
y.sum().backward()
dydx = x.grad.clone()                           # the gradient at x = 0 is 0
x.grad.zero_()
leaky = F.leaky_relu(x, negative_slope=0.01)    # PyTorch's default slope
leaky.sum().backward()                          # x.grad is now its slope
# [/listing:pytorch-tab]

program.framework_tab(x=x, y=y, dydx=dydx, leaky=leaky, dleaky=x.grad)

# [listing:pytorch-edge-cases]
e = torch.tensor([float("nan"), -0.0], requires_grad=True)
r = F.relu(e)
r.sum().backward()
relu_nan_gradient = float(e.grad[0])
print()
print("relu([nan, -0.0])        :", r.detach().tolist(), " sign of relu(-0.0):",
      "-" if torch.signbit(r[1]).item() else "+")
print("relu' at [nan, -0.0]     :", e.grad.tolist())
e.grad = None
F.leaky_relu(e).sum().backward()
print("leaky_relu' at [nan, -0.0]:", e.grad.tolist())
# [/listing:pytorch-edge-cases]

program.values["nan_relu_gradient"] = f"{relu_nan_gradient:g}"
program.values["relu_minus_zero_sign"] = "-" if torch.signbit(r[1]).item() else "+"

program.values["nan_leaky_gradient"] = f"{float(e.grad[0]):.3g}"
program.write()
