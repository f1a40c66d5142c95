"""The softmax chapter's PyTorch tab: torch.softmax, F.log_softmax and
F.cross_entropy along the last dimension of a 2 x 3 batch, with the
gradient of the summed losses."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program  # noqa: E402

program = Program.parsed("pytorch", "Softmax of a 2 x 3 batch of logits with PyTorch.", requires=["torch"])

# [listing:pytorch-tab]
import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 0.5, -1.0, 3.0, 0.0]).reshape(2, 3).requires_grad_()
labels = torch.tensor([2, 0])                   # class indices, int64
s = torch.softmax(x, dim=-1)                    # also F.softmax, nn.Softmax(dim=-1)
log_s = F.log_softmax(x, dim=-1)
loss = F.cross_entropy(x, labels, reduction="none")  # one loss per row; default "mean"
loss.sum().backward()                           # x.grad = s - one_hot(labels)
# [/listing:pytorch-tab]

program.framework_tab(x=x.flatten(), softmax=s.flatten(), log_softmax=log_s.flatten(), dloss=x.grad.flatten())
program.arrays(loss=loss)
print("loss:", " ".join(f"{float(v):.9g}" for v in loss))
program.write()
