"""The frozen executables' start: the same entry point as ``python -m stationdesk``."""

from stationdesk.cli import main

raise SystemExit(main())
