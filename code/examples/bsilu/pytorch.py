"""The B-SiLU chapter's PyTorch tab: the article's b_silu on its inputs, and
SUGAR, which keeps ReLU forward and sends the B-SiLU slope backward."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program  # noqa: E402

program = Program.parsed("pytorch", "B-SiLU of the article's inputs with PyTorch, and SUGAR.", requires=["torch"])

# [listing:pytorch-tab]
import torch

torch.manual_seed(1024)


def b_silu(x, alpha=1.67):
    return (x + alpha) * torch.sigmoid(x) - alpha / 2


x = torch.randn(3)
y = b_silu(x)
print("x:", x)
print("B-SiLU(x):", y)
# [/listing:pytorch-tab]

# [listing:pytorch-digits]
print("x, all digits:", x.tolist())
# [/listing:pytorch-digits]

# [listing:pytorch-same-inputs]
x = torch.tensor([-1.4837, 0.2671, -1.8337], requires_grad=True)
y = b_silu(x)
y.sum().backward()       # dy/dx of each element lands in x.grad
print("x:", x.detach())
print("B-SiLU(x):", y.detach())
print("derivative:", x.grad)
# [/listing:pytorch-same-inputs]

program.arrays(x=x, y=y, dydx=x.grad)

# [listing:pytorch-sugar]
def relu_with_sugar(x, alpha=1.67):
    surrogate = b_silu(x, alpha)
    # Forward: surrogate - surrogate + relu = relu. Backward: only the first
    # term carries a gradient, so d/dx is the B-SiLU slope.
    return surrogate - surrogate.detach() + torch.relu(x).detach()


z = torch.tensor([-3.0, -1.0, 0.5, 2.0], requires_grad=True)
out = relu_with_sugar(z)
out.sum().backward()     # z.grad: the B-SiLU slope
# [/listing:pytorch-sugar]

print("\nSUGAR: relu forward, the B-SiLU slope backward:")
program.framework_tab(sugar_x=z, sugar_forward=out, sugar_gradient=z.grad)
program.write()
