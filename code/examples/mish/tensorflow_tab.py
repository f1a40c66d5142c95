"""The Mish chapter's TensorFlow tab. Shown, not run: TensorFlow is not
packaged for Debian 12. The build only checks that this file is valid Python
and uses the inputs of frameworks.json (not named tensorflow.py, which would
import itself)."""

# [listing:tensorflow-tab]
import tensorflow as tf

x = tf.Variable([-1.4837, 0.2671, -1.8337])   # a tape watches variables
with tf.GradientTape() as tape:
    y = tf.keras.activations.mish(x)           # x * tanh(softplus(x))
print("mish(x)    :", y.numpy())
print("derivative :", tape.gradient(y, x).numpy())
# [/listing:tensorflow-tab]
