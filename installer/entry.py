"""The frozen program's entry point: the same as the `sstdesk` command."""

import sys

from sstdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
