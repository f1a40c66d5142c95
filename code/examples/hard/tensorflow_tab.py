"""The hard functions chapter's TensorFlow tab. Shown, not run: TensorFlow is
not packaged for Debian 12. The build only checks that this file is valid
Python and uses the inputs of frameworks.json (not named tensorflow.py, which
would import itself). The Keras activations are those of Keras 3 (TensorFlow
2.16 and later); Keras 2's hard_sigmoid was 0.2 x + 0.5, clipped."""

# [listing:tensorflow-tab]
import tensorflow as tf

x = tf.Variable([-4, -3, -1.5, 0.5, 3, 6, 7])  # a tape watches variables
with tf.GradientTape(persistent=True) as tape:
    r = tf.nn.relu6(x)                          # also tf.keras.activations.relu6
    s = tf.keras.activations.hard_sigmoid(x)    # Keras 3: relu6(x + 3) / 6
    w = tf.keras.activations.hard_silu(x)       # also hard_swish
for name, y in (("relu6", r), ("hard_sigmoid", s), ("hard_silu", w)):
    print(name, y.numpy(), "derivative:", tape.gradient(y, x).numpy())
# [/listing:tensorflow-tab]
