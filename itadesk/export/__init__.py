"""PDF reports (ReportLab, bundled Thai fonts). Takes domain records, never a connection.

Empty until the report work lands; kept so that the package boundary — no Qt here — is
tested from the start.
"""
