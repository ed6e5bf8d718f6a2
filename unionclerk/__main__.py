"""`unionclerk` and `python -m unionclerk`: command-line verbs, or the window when no verb is given."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from unionclerk import cli

    return cli.main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
