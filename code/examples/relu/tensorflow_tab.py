"""The chapter's TensorFlow tab. Shown, not run: TensorFlow is not packaged
for Debian 12. TensorFlow's documented gradient of ReLU at 0 is 0, as
PyTorch's; the build only checks that this file is valid Python and uses the
inputs of frameworks.json (not named tensorflow.py, which would import
itself)."""

# [listing:tensorflow-tab]
import tensorflow as tf

x = tf.constant([-2.0, -0.5, 0.0, 0.5, 2.0])
with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)
    y = tf.nn.relu(x)
    leaky = tf.nn.leaky_relu(x, alpha=0.01)   # TensorFlow's default alpha is 0.2
print("x             :", x.numpy())
print("relu(x)       :", y.numpy())
print("relu'(x)      :", tape.gradient(y, x).numpy())
print("leaky_relu(x) :", leaky.numpy())
print("leaky_relu'(x):", tape.gradient(leaky, x).numpy())
# [/listing:tensorflow-tab]
