"""`unorg-desktop` options: --size validated (exit 2, one line, the range stated), --version."""

from __future__ import annotations

import pytest

from unorg_desktop import __version__
from unorg_desktop.app import MAX_SIZE, MIN_SIZE, _size, main


@pytest.mark.parametrize("size", ["abc", "100x100", "1400", "1400x", "x880", "-5x300", "9000x900", "1400x880x2",
                                  "12.5x300"])
def test_bad_sizes_exit_2_with_one_line(capsys, size):
    assert main([f"--size={size}", "--screenshot", "never.png"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("unorg-desktop: error: argument --size: ")
    assert "WIDTHxHEIGHT" in err or f"from {MIN_SIZE[0]}x{MIN_SIZE[1]} to {MAX_SIZE[0]}x{MAX_SIZE[1]}" in err


def test_good_sizes_and_the_stated_minimum(capsys):
    assert _size("1400x880") == (1400, 880) and _size(" 400X300 ") == (400, 300)
    assert _size("8000x8000") == MAX_SIZE
    assert main(["--help"]) == 0
    assert "from 400x300 to 8000x8000" in capsys.readouterr().out


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"unorg-desktop {__version__}\n"


def test_a_plain_start_has_the_parser_defaults():
    from unorg_desktop.app import _parse, _parser

    assert _parse([]) == _parser().parse_args([])


def test_help_is_clean(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(len(line) <= 100 for line in out.splitlines()), out
    assert "``" not in out and "(default: None)" not in out
    for option in out.split("options:", 1)[1].split("\n  -")[1:]:
        assert option.count("default:") <= 1, option
