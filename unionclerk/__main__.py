"""`unionclerk` and `python -m unionclerk`: command-line verbs, or the window when no verb is given."""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    # The window's start-up makes many long-lived objects (modules, Qt wrappers and their enums) and next to no
    # garbage, yet the collector ran some sixty times during it: it is held off until the window has painted
    # (app.run_gui turns it on again), and a command-line verb turns it on at once (cli.main).
    gc.disable()
    from unionclerk import cli

    return cli.main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
