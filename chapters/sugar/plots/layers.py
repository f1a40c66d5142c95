"""Dead fraction per hidden layer over the epochs for seed 1: ReLU against
SUGAR with B-SiLU, from the `resurrection` listing's curves_<run>.csv."""
import matplotlib.pyplot as plt
import numpy as np

import bookplot

fig, axes = plt.subplots(1, 2, figsize=(9, 3.4), sharey=True)
for ax, (run, title) in zip(axes, [("relu", "ReLU"), ("sugar_bsilu", "SUGAR, B-SiLU")]):
    d = bookplot.results("sugar", "curves_" + run)
    keep = d["seed"] == 1
    layers = sorted((c for c in d if c.startswith("dead_layer_")), key=lambda c: int(c.rsplit("_", 1)[1]))
    grid = np.array([d[c][keep] for c in layers])
    image = ax.imshow(grid, aspect="auto", origin="lower", cmap="Greys", vmin=0, vmax=1,
                      extent=(-0.5, keep.sum() - 0.5, 0.5, len(layers) + 0.5))
    ax.set_title(title + " (seed 1)")
    ax.set_xlabel("epoch")
axes[0].set_ylabel("hidden layer")
fig.colorbar(image, ax=axes, label="dead fraction")
