"""The chapter's PyTorch tab: SUGAR twice, as a torch.autograd.Function and
in the stop-gradient (detach) form, on the B-SiLU article's inputs. The two
must agree exactly in value and closely in slope; the build compares them
with the C++ listing."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program  # noqa: E402

program = Program.parsed("pytorch", "SUGAR with PyTorch: autograd.Function and the detach form.", requires=["torch"])

# [listing:pytorch-function]
import torch


def bsilu(x, alpha=1.67):
    return (x + alpha) * torch.sigmoid(x) - alpha / 2


class SugarBSiLU(torch.autograd.Function):
    """ReLU forward; B-SiLU's derivative backward."""

    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return torch.relu(x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        s = torch.sigmoid(x)
        slope = s * (1 + (x + 1.67) * (1 - s))  # d/dx B-SiLU
        return grad_output * slope
# [/listing:pytorch-function]


# [listing:pytorch-detach]
def sugar(x, surrogate):
    """y = s(x) - stop(s(x)) + stop(relu(x)): ReLU's value, s's gradient."""
    s = surrogate(x)
    return s - s.detach() + torch.relu(x).detach()


def nelu(x, alpha=0.05):
    return torch.where(x > 0, x, -alpha / (1 + x * x))
# [/listing:pytorch-detach]


# [listing:pytorch-tab]
x = torch.tensor([-1.4837, 0.2671, -1.8337], requires_grad=True)
y = SugarBSiLU.apply(x)
y.sum().backward()
dydx = x.grad.clone()

x.grad = None
y2 = sugar(x, bsilu)
y2.sum().backward()
dydx2 = x.grad.clone()

x.grad = None
sugar(x, nelu).sum().backward()
dydx_nelu = x.grad.clone()
# [/listing:pytorch-tab]

if not torch.equal(y, y2) or not torch.allclose(dydx, dydx2, rtol=1e-6, atol=0):
    print("error: the two forms of SUGAR disagree", file=sys.stderr)
    sys.exit(1)

program.framework_tab(x=x, y=y, dydx=dydx, dydx_nelu=dydx_nelu)
program.write()
