"""Lets ``python -m itadesk`` behave like the ``itadesk`` command."""

from itadesk.cli import main

raise SystemExit(main())
