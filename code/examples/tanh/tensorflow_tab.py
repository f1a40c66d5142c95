"""The tanh chapter's TensorFlow tab. Shown, not run: TensorFlow is not
packaged for Debian 12. The build only checks that this file is valid Python
and uses the inputs of frameworks.json (not named tensorflow.py, which would
import itself)."""

# [listing:tensorflow-tab]
import tensorflow as tf

x = tf.Variable([-1.4837, 0.2671, -1.8337])   # a tape watches variables
with tf.GradientTape(persistent=True) as tape:
    y = tf.math.tanh(x)                        # also tf.keras.activations.tanh
    h = tf.clip_by_value(x, -1.0, 1.0)         # Hardtanh, by another name
print("tanh(x)    :", y.numpy())
print("derivative :", tape.gradient(y, x).numpy())
print("hardtanh(x):", h.numpy())
print("derivative :", tape.gradient(h, x).numpy())
# [/listing:tensorflow-tab]
