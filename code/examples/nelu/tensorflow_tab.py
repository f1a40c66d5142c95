"""The NeLU chapter's TensorFlow tab. Shown, not run: TensorFlow is not
packaged for Debian 12. The build only checks that this file is valid Python
and uses the inputs of frameworks.json (not named tensorflow.py, which would
import itself)."""

# [listing:tensorflow-tab]
import tensorflow as tf


def nelu(x, alpha=0.05):
    return tf.where(x > 0, x, alpha * x**2 / (1 + x**2))


x = tf.Variable([-1.4837, 0.2671, -1.8337])   # a tape watches variables
with tf.GradientTape() as tape:
    y = nelu(x)
print("nelu(x)   :", y.numpy())
print("derivative:", tape.gradient(y, x).numpy())
# [/listing:tensorflow-tab]
