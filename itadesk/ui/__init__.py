"""The PySide6 window. The only package that imports Qt; it reaches data through
``itadesk.db.Store`` and never touches SQL itself."""
