"""The chapter's TensorFlow tab. Shown, not run: TensorFlow is not packaged
for Debian 12. Both forms give ReLU's value and B-SiLU's slope; the C++,
PyTorch and libtorch tabs, which do run, check the same numbers. The build
only checks that this file is valid Python and uses the inputs of
frameworks.json (not named tensorflow.py, which would import itself)."""

# [listing:tensorflow-tab]
import tensorflow as tf


def bsilu(x, alpha=1.67):
    return (x + alpha) * tf.sigmoid(x) - alpha / 2


# Form 1: stop_gradient, as in the paper's formula.
def sugar(x, surrogate=bsilu):
    s = surrogate(x)
    return s - tf.stop_gradient(s) + tf.stop_gradient(tf.nn.relu(x))


# Form 2: a custom gradient.
@tf.custom_gradient
def sugar_bsilu(x):
    def grad(upstream):
        s = tf.sigmoid(x)
        return upstream * s * (1 + (x + 1.67) * (1 - s))
    return tf.nn.relu(x), grad


x = tf.constant([-1.4837, 0.2671, -1.8337])
with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)
    y1 = sugar(x)
    y2 = sugar_bsilu(x)
print("y     :", y1.numpy(), y2.numpy())
print("dy/dx :", tape.gradient(y1, x).numpy(), tape.gradient(y2, x).numpy())
# [/listing:tensorflow-tab]
