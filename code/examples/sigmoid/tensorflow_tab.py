"""The chapter's TensorFlow tab. Shown, not run: TensorFlow is not packaged
for Debian 12. tf.math.sigmoid is the same function as act::sigmoid; the build
only checks that this file is valid Python and uses the inputs of
frameworks.json (not named tensorflow.py, which would import itself)."""

# [listing:tensorflow-tab]
import tensorflow as tf

x = tf.constant([-4.0, -1.0, 0.0, 1.0, 4.0])
with tf.GradientTape() as tape:
    tape.watch(x)
    y = tf.math.sigmoid(x)
dydx = tape.gradient(y, x)
print("x         :", x.numpy())
print("sigmoid(x):", y.numpy())
print("derivative:", dydx.numpy())
# [/listing:tensorflow-tab]
