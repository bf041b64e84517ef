"""ปรับรายการตามคู่มือ…: until the pasted-list dialog lands, the framework editor."""

from itadesk.ui.framework_editor import edit_framework


def adjust_list(parent, store, year) -> bool:
    return edit_framework(parent, store, year)
