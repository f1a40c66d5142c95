"""The NeLU chapter's PyTorch tab: NeLU written with torch.where, its slope by
autograd, and NeLU as SUGAR's surrogate for ReLU."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program  # noqa: E402

program = Program.parsed("pytorch", "NeLU of [-1.4837, 0.2671, -1.8337] with PyTorch.", requires=["torch"])

# [listing:pytorch-tab]
import torch


def nelu(x, alpha=0.05):
    # x for x > 0; the antiderivative of 2 alpha x / (1 + x^2)^2 below, with
    # the constant that makes it continuous at 0
    return torch.where(x > 0, x, alpha * x**2 / (1 + x**2))


x = torch.tensor([-1.4837, 0.2671, -1.8337], requires_grad=True)
y = nelu(x)
y.sum().backward()       # dy/dx of each element lands in x.grad
# [/listing:pytorch-tab]

program.framework_tab(x=x, y=y, dydx=x.grad)

# [listing:pytorch-sugar]
def relu_with_nelu_gradient(x, alpha=0.05):
    s = nelu(x, alpha)
    # ReLU forward, NeLU slope backward
    return s - s.detach() + torch.relu(x).detach()


z = torch.tensor([-3.0, -1.0, 0.5, 2.0], requires_grad=True)
relu_with_nelu_gradient(z).sum().backward()
print("z       :", z.detach())
print("gradient:", z.grad)
# [/listing:pytorch-sugar]
program.write()
