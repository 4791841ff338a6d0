"""Language data, apart from the algorithms that use it: one module per language."""
