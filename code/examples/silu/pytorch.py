"""The SiLU chapter's PyTorch tab: F.silu and its gradient."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program, require  # noqa: E402

program = Program("pytorch", "SiLU of [-1.4837, 0.2671, -1.8337] with PyTorch.")
program.parse()
require("torch")

# [listing:pytorch-tab]
import torch
import torch.nn.functional as F

x = torch.tensor([-1.4837, 0.2671, -1.8337], requires_grad=True)
y = F.silu(x)            # x * sigmoid(x); also torch.nn.SiLU()
y.sum().backward()       # dy/dx of each element lands in x.grad
print("x         :", x.detach())
print("silu(x)   :", y.detach())
print("derivative:", x.grad)
# [/listing:pytorch-tab]

program.array("x", x.detach().tolist())
program.array("y", y.detach().tolist())
program.array("dydx", x.grad.tolist())
program.write()
