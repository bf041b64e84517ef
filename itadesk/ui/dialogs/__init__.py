"""The window's dialogs: forms and choices opened from menus and tabs."""
