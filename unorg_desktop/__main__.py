"""``python -m unorg_desktop``: start the desktop application (same as ``unorg-desktop``)."""

import sys


def main() -> int:
    from unorg_desktop.app import main as app_main  # imported lazily: Qt loads only here

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
