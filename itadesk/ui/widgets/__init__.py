"""Widgets the tabs and dialogs share: charts, self-saving text fields, the framework banner, progress."""
