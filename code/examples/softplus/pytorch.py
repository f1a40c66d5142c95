"""The chapter's PyTorch tab: F.softplus and its gradient on the article's inputs."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program  # noqa: E402

program = Program.parsed("pytorch", "Softplus of [-2, 0, 2] with PyTorch.", requires=["torch"])

# [listing:pytorch-tab]
import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, 0.0, 2.0], requires_grad=True)
y = F.softplus(x)        # beta=1, threshold=20 by default
y.sum().backward()       # dy/dx of each element lands in x.grad
# [/listing:pytorch-tab]

program.framework_tab(x=x, y=y, dydx=x.grad)
program.write()
