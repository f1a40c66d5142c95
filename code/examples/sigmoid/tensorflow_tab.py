"""The chapter's TensorFlow tab. Shown, not run: TensorFlow is not packaged
for Debian 12. tf.math.sigmoid is the same function as act::sigmoid; the build
only checks that this file is valid Python and uses the inputs of
frameworks.json (not named tensorflow.py, which would import itself)."""

# [listing:tensorflow-tab]
import tensorflow as tf

x = tf.Variable([-4.0, -1.0, 0.0, 1.0, 4.0])   # a tape watches variables
with tf.GradientTape() as tape:
    y = tf.math.sigmoid(x)
print("sigmoid(x):", y.numpy())
print("derivative:", tape.gradient(y, x).numpy())
# [/listing:tensorflow-tab]
