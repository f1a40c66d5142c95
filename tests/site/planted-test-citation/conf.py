"""A one-page book whose page cites a test that does not exist and names
another without the {test} role: the docs build must fail on both
(CTest docs:test-citations-are-checked). Run with ACT_SOURCE_DIR set to this
folder, whose tests/ holds one test file."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "docs", "_ext"))
project = "planted"
extensions = ["myst_parser", "actbook"]
exclude_patterns = ["tests"]
