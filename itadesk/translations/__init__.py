"""Compiled Qt translations of the window (itadesk_th.qm by default, itadesk_en.qm); sources in the .ts files beside them."""
