"""`unorg` manners (issue 13): version, bare command, clean help, grep's exit status for a search
that finds nothing, ambiguous and misspelt names, terminal width, one wording for file errors."""

from __future__ import annotations

import json
import re

import pytest

from unorg_desktop import __version__, cli


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _helps(capsys) -> dict[str, str]:
    texts = {}
    for argv in ([], *([name] for name in cli.build_parser()._subparsers._group_actions[0].choices)):
        with pytest.raises(SystemExit):
            cli.main([*argv, "--help"])
        texts[" ".join(argv) or "unorg"] = capsys.readouterr().out
    return texts


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0 and capsys.readouterr().out == f"unorg {__version__}\n"


def test_bare_unorg_prints_the_help(capsys):
    code, out, err = run(capsys)
    assert code == 0 and err == "" and out.startswith("usage: unorg")
    assert all(name in out for name in ("build", "dump", "search", "show", "export", "synth"))


def test_help_is_clean(capsys):
    helps = _helps(capsys)
    top = " ".join(helps["unorg"].split())
    commands = cli.build_parser()._subparsers._group_actions[0].choices
    assert len(commands) >= 6
    for name, sub in commands.items():  # whole sentences in the list, never cut mid-sentence
        summary = cli._summary(sub.description)
        assert summary.endswith(".") and summary[0].isupper() and f"{name} {summary}" in top, (name, summary)
        assert summary[:-1] in " ".join(sub.description.split())
    for name, text in helps.items():
        assert "``" not in text and "(default: None)" not in text and "(default: False)" not in text, name
        options = re.split(r"\n  (?=-)", text.split("options:", 1)[1])
        assert len(options) >= 2
        for option in options:  # each option's help states its default at most once
            assert option.count("default:") <= 1, (name, option)
    assert "(default: 20)" in helps["search"] and "(default: TB)" in helps["export"]


def test_search_found_nothing_exits_1_with_suggestions(capsys, tiny_db):
    code, out, err = run(capsys, "search", "DSD", "--db", str(tiny_db))
    assert (code, out) == (1, "")
    assert err.splitlines()[0] == "unorg search: no unit matches 'DSD'; did you mean:"
    assert "  DDS (Département de la défense et de la sécurité)" in err.splitlines()[1:]
    assert len(err.splitlines()) <= 4  # at most three suggestions
    code, out, err = run(capsys, "search", "peacekeeping", "--db", str(tiny_db))
    assert (code, out, err) == (1, "", "unorg search: no unit matches 'peacekeeping'\n")
    code, out, err = run(capsys, "search", "zzzzqqq", "--json", "--db", str(tiny_db))
    assert (code, out.strip()) == (1, "[]") and err.startswith("unorg search: no unit matches")


@pytest.mark.parametrize("query", ["", "   ", "*", "'\""])
def test_search_without_a_word_is_a_usage_error(capsys, tiny_db, query):
    code, out, err = run(capsys, "search", "--db", str(tiny_db), "--", query)
    assert (code, out) == (2, "") and err == "unorg search: the query has no letter or digit to search for\n"


def test_search_bundled_misspelt_abbreviation_suggests_it(capsys):
    code, out, err = run(capsys, "search", "DOPM")
    assert code == 1 and "  DOMP (Département des opérations de maintien de la paix)" in err.splitlines()


def test_search_output_fits_the_terminal_unless_json(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    code, out, err = run(capsys, "search", "police")
    assert code == 0 and len(out.splitlines()) >= 3
    assert all(cli._width(line) <= 60 for line in out.splitlines()), out
    assert "…" in out  # long functions were cut
    code, out, err = run(capsys, "search", "police", "--json")
    assert max(len(h["snippet"]) for h in json.loads(out)) > 60


def test_fit_counts_wide_characters():
    assert cli.fit("日本語のテキスト", 9) == "日本語の…" and cli._width(cli.fit("日本語のテキスト", 9)) <= 9
    assert cli.fit("short", 10) == "short" and cli.fit("a  b\nc", 10) == "a b c"


def test_show_ambiguous_name_lists_the_candidates(capsys, tiny_db):
    code, out, err = run(capsys, "show", "Bureau du Directeur", "--db", str(tiny_db))
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "unorg show: 'Bureau du Directeur' matches 2 units; give a full name or an id:",
        "  Bureau du Directeur (Division de l’appui logistique)",
        "  Bureau du Directeur (Service des opérations de maintien de la paix)"]
    # a candidate's display name, or its id, is exact: it wins
    code, out, err = run(capsys, "show", "Bureau du Directeur (Division de l’appui logistique)", "--db", str(tiny_db))
    assert code == 0 and out.startswith("Bureau du Directeur (Division de l’appui logistique)  [bd-dal]")
    code, out, err = run(capsys, "show", "bd-somp", "--db", str(tiny_db))
    assert code == 0 and "[bd-somp]" in out.splitlines()[0]


def test_show_bundled_bureau_is_ambiguous_and_an_exact_name_wins(capsys):
    code, out, err = run(capsys, "show", "Bureau")
    lines = err.splitlines()
    assert code == 2 and re.fullmatch(r"unorg show: 'Bureau' matches (\d+) units; give a full name or an id:", lines[0])
    count = int(re.search(r"(\d+) units", lines[0]).group(1))
    assert count > 10 and len(lines) == 1 + 10 + 1 and lines[-1] == f"  … and {count - 10} more"
    code, out, err = run(capsys, "show", "Bureau des opérations")
    assert code == 0 and out.startswith("Bureau des opérations  [")


def test_show_misspelt_name_gets_did_you_mean(capsys):
    code, out, err = run(capsys, "show", "DOPM")
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert lines[0] == "unorg show: no unit matches 'DOPM'; did you mean:"
    assert lines[1] == "  DOMP (Département des opérations de maintien de la paix)"
    code, out, err = run(capsys, "show", "DOMP")
    assert code == 0 and out.startswith("Département des opérations de maintien de la paix")


def test_show_prints_each_attribution_once_on_the_bundled_data(capsys):
    code, out, err = run(capsys, "show", "DOMP")
    assert code == 0
    functions = out.split("\nAttributions (", 1)[1].split("\n\n", 1)[0].splitlines()[1:]
    assert len(functions) >= 10
    for line in functions:
        text = line.split("] ", 1)[1]
        assert out.count(text) == 1, text


def test_file_errors_have_one_wording(capsys, tmp_path, tiny_db):
    missing = tmp_path / "nope"
    for argv, target in (
        (["build", "--out", str(missing / "x.sqlite")], missing / "x.sqlite"),
        (["synth", "--units", "5", "--out", str(missing / "s.sqlite")], missing / "s.sqlite"),
        (["export", "--format", "svg", "-o", str(missing / "c.svg"), "--db", str(tiny_db)], missing / "c.svg"),
    ):
        code, out, err = run(capsys, *argv)
        assert code == 2 and err == f"unorg {argv[0]}: {target}: cannot write (no such folder)\n", err
        assert "Errno" not in err and ".tmp" not in err
    assert not missing.exists()


def test_the_file_error_words():
    import errno

    from unorg_desktop.files import file_error, names_target

    assert file_error("a/b.x", PermissionError(errno.EACCES, "Permission denied"), True) == \
        "a/b.x: cannot write (permission denied)"
    assert file_error("b.x", OSError(errno.ENOSPC, "No space left on device"), True) == \
        "b.x: cannot write (no space left on the device)"
    assert file_error("b.x", OSError("could not start the SVG writer"), True) == \
        "b.x: cannot write (could not start the SVG writer)"
    tmp = OSError(errno.ENOENT, "x", "/d/.out.sqlite.abc123.tmp")
    assert names_target(tmp, "/d/out.sqlite") and not names_target(OSError(2, "x", "/e/in.txt"), "/d/out.sqlite")
