"""The hard functions chapter's PyTorch tab: F.relu6, F.hardsigmoid and
F.hardswish with their gradients."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program  # noqa: E402

program = Program.parsed("pytorch", "ReLU6, Hardsigmoid and Hardswish of [-4, -3, -1.5, 0.5, 3, 6, 7] with PyTorch.",
                         requires=["torch"])

# [listing:pytorch-tab]
import torch
import torch.nn.functional as F

x = torch.tensor([-4, -3, -1.5, 0.5, 3, 6, 7], requires_grad=True)
r = F.relu6(x)        # also torch.nn.ReLU6()
s = F.hardsigmoid(x)  # also torch.nn.Hardsigmoid()
w = F.hardswish(x)    # also torch.nn.Hardswish()
drdx, = torch.autograd.grad(r.sum(), x)
dsdx, = torch.autograd.grad(s.sum(), x)
dwdx, = torch.autograd.grad(w.sum(), x)
# [/listing:pytorch-tab]

program.framework_tab(x=x, r=r, drdx=drdx, s=s, dsdx=dsdx, w=w, dwdx=dwdx)
program.write()
