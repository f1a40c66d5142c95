"""The GELU chapter's PyTorch tab: F.gelu, exact and approximate='tanh', and
their gradients."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program  # noqa: E402

program = Program.parsed("pytorch", "GELU of [-1.4837, 0.2671, -1.8337] with PyTorch.", requires=["torch"])

# [listing:pytorch-tab]
import torch
import torch.nn.functional as F

x = torch.tensor([-1.4837, 0.2671, -1.8337], requires_grad=True)
x2 = x.detach().clone().requires_grad_(True)
y = F.gelu(x)                          # x * Phi(x); also torch.nn.GELU()
y_tanh = F.gelu(x2, approximate="tanh")
y.sum().backward()                     # dy/dx lands in x.grad
y_tanh.sum().backward()                # and in x2.grad
# [/listing:pytorch-tab]

program.framework_tab(x=x, y=y, dydx=x.grad, y_tanh=y_tanh, dydx_tanh=x2.grad)
program.write()
