from stationdesk.cli import main

raise SystemExit(main())
