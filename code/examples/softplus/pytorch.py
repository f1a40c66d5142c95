"""The chapter's PyTorch tab: F.softplus and its gradient on the article's inputs."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program, require  # noqa: E402

program = Program("pytorch", "Softplus of [-2, 0, 2] with PyTorch.")
program.parse()
require("torch")

# [listing:pytorch-tab]
import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, 0.0, 2.0], requires_grad=True)
y = F.softplus(x)        # beta=1, threshold=20 by default
y.sum().backward()       # dy/dx of each element lands in x.grad
print("x          :", x.detach())
print("softplus(x):", y.detach())
print("derivative :", x.grad)
# [/listing:pytorch-tab]

program.array("x", x.detach().tolist())
program.array("y", y.detach().tolist())
program.array("dydx", x.grad.tolist())
program.write()
