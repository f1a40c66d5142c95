"""The tanh chapter's PyTorch tab: torch.tanh and F.hardtanh with their gradients."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program  # noqa: E402

program = Program.parsed("pytorch", "Tanh and Hardtanh of [-1.4837, 0.2671, -1.8337] with PyTorch.",
                         requires=["torch"])

# [listing:pytorch-tab]
import torch
import torch.nn.functional as F

x = torch.tensor([-1.4837, 0.2671, -1.8337], requires_grad=True)
y = torch.tanh(x)                             # also torch.nn.Tanh()
h = F.hardtanh(x, min_val=-1.0, max_val=1.0)  # also torch.nn.Hardtanh()
dydx, = torch.autograd.grad(y.sum(), x)
dhdx, = torch.autograd.grad(h.sum(), x)
# [/listing:pytorch-tab]

program.framework_tab(x=x, y=y, dydx=dydx, h=h, dhdx=dhdx)
program.write()
