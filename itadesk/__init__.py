"""ITADesk: prepares a Thai local office's annual ITA (Integrity and Transparency Assessment).

The package is split so that everything but ``itadesk.ui`` runs without Qt: the domain
(frameworks, scoring, Thai formatting) lives here, storage in ``itadesk.db``, reports in
``itadesk.export``.
"""

__version__ = "0.1.0"
APP_NAME = "ITADesk"
