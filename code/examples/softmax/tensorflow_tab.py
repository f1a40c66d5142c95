"""The softmax chapter's TensorFlow tab. Shown, not run: TensorFlow is not
packaged for Debian 12. The build only checks that this file is valid Python
and uses the inputs of frameworks.json (not named tensorflow.py, which would
import itself)."""

# [listing:tensorflow-tab]
import tensorflow as tf

x = tf.Variable(tf.reshape([1.0, 2.0, 0.5, -1.0, 3.0, 0.0], (2, 3)))
labels = tf.constant([2, 0])                     # class indices
with tf.GradientTape() as tape:
    s = tf.nn.softmax(x, axis=-1)
    log_s = tf.nn.log_softmax(x, axis=-1)
    # Class indices: the "sparse" op; one-hot or soft labels:
    # tf.nn.softmax_cross_entropy_with_logits(labels=tf.one_hot(labels, 3), logits=x)
    # one loss per row
    loss = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=x)
    total = tf.reduce_sum(loss)
print("softmax     :", s.numpy())
print("log_softmax :", log_s.numpy())
print("loss        :", loss.numpy())
print("dloss       :", tape.gradient(total, x).numpy())  # s - one_hot(labels)
# [/listing:tensorflow-tab]
