"""`python -m sstdesk`: the same as the `sstdesk` command."""

import sys

from sstdesk.cli import main

sys.exit(main())
