"""The chapter's TensorFlow tab. Shown, not run: TensorFlow is not packaged
for Debian 12, so the book quotes the output the source article printed
(TensorFlow 2.19.0) and tests/softplus_test.cpp checks act::softplus against
it. The build only checks that this file is valid Python and uses the inputs
of frameworks.json (not named tensorflow.py, which would import itself)."""

# [listing:tensorflow-tab]
import tensorflow as tf

x = tf.Variable([-2.0, 0.0, 2.0])   # a tape watches variables
with tf.GradientTape() as tape:
    y = tf.math.softplus(x)
print("softplus(x):", y.numpy())
print("derivative :", tape.gradient(y, x).numpy())
# [/listing:tensorflow-tab]
