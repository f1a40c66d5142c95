"""The Mish chapter's PyTorch tab: F.mish and its gradient."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program  # noqa: E402

program = Program.parsed("pytorch", "Mish of [-1.4837, 0.2671, -1.8337] with PyTorch.", requires=["torch"])

# [listing:pytorch-tab]
import torch
import torch.nn.functional as F

x = torch.tensor([-1.4837, 0.2671, -1.8337], requires_grad=True)
y = F.mish(x)              # x * tanh(softplus(x)); also torch.nn.Mish()
y.sum().backward()         # dy/dx lands in x.grad
# [/listing:pytorch-tab]

program.framework_tab(x=x, y=y, dydx=x.grad)
program.write()
