import sys

from sstdesk.server.cli import main

sys.exit(main())
