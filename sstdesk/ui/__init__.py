"""The PySide6 shell: the only package that imports Qt."""
