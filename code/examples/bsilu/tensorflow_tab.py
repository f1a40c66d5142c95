"""The B-SiLU chapter's TensorFlow tab: the article's code. Shown, not run:
TensorFlow is not packaged for Debian 12, so the book quotes the output the
article printed and tests/bsilu_test.cpp checks it. The build only checks that
this file is valid Python and uses the inputs of frameworks.json (not named
tensorflow.py, which would import itself)."""

# [listing:tensorflow-tab]
import tensorflow as tf


@tf.function
def b_silu(x, alpha=1.67):
    return (x + alpha) * tf.nn.sigmoid(x) - alpha / 2


x = tf.constant([-1.4837, 0.2671, -1.8337], dtype=tf.float32)
y = b_silu(x)
print("x:", x.numpy())
print("B-SiLU(x):", y.numpy())
# [/listing:tensorflow-tab]
