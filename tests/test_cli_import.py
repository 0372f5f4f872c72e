"""`unorg import / documents / remove / check / build` on the user database (issue 12, 13.1).

Every bad input gives one line on stderr and exit 2, and leaves the user database exactly as it
was (same bytes, or still absent) with no temporary file beside it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_pdf import _encrypted_pdf as encrypted_pdf
from typeset_pdf import image_only_pdf

from conftest import BUNDLED_DB, REPO, sha256
from unorg_desktop import cli
from unorg_desktop.store import Store, default_db, user_db

CHECK = REPO / "tests" / "fixtures" / "check"
POLAR = CHECK / "a_polar_department.txt"
ARCTIC = CHECK / "b_arctic_office.txt"
BUNDLED_000 = REPO / "data" / "sources" / "000_bbe73dda21c398e8.txt"


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def bundled_units() -> int:
    with Store.open(BUNDLED_DB) as store:
        return len(store.units())


def state(folder: Path) -> dict[str, str]:
    """Every file of the user-data folder with its hash: 'exactly as before, nothing left'."""
    return {p.name: sha256(p) for p in sorted(folder.iterdir())} if folder.exists() else {}


@pytest.fixture(scope="module")
def polar_db(tmp_path_factory) -> Path:
    """A user database with the polar department imported (copied by each test that changes it)."""
    folder = tmp_path_factory.mktemp("polar")
    db = folder / "unorg.sqlite"
    assert cli.main(["import", str(POLAR), "--db", str(db)]) == 0
    return db


@pytest.fixture
def user_with_polar(polar_db, user_data_dir) -> Path:
    shutil.copy(polar_db, user_db())
    return user_db()


def test_import_creates_the_user_database_and_reading_commands_use_it(capsys, user_data_dir):
    bundled_before = sha256(BUNDLED_DB)
    assert default_db() == BUNDLED_DB
    code, out, err = run(capsys, "import", POLAR)
    assert code == 0, err
    assert "a_polar_department.txt: document 005 (fr, bulletin)" in out
    assert "5 units added" in out and "top unit: Département des études polaires (under Secrétaire général)" in out
    assert out.rstrip().endswith(f"{bundled_units() + 5} units (+5)")
    assert default_db() == user_db() and user_db().parent == user_data_dir
    assert sha256(BUNDLED_DB) == bundled_before
    code, out, err = run(capsys, "show", "Division des glaciers")
    assert code == 0 and "chain: Secrétaire général > Département des études polaires > Division des glaciers" in out
    code, out, _ = run(capsys, "search", "banquises")
    assert code == 0 and "Division des banquises" in out
    # --db still reads the bundled database
    code, out, _ = run(capsys, "search", "banquises", "--db", BUNDLED_DB)
    assert "Division des banquises" not in out


def test_the_user_database_keeps_the_texts_themselves(capsys, user_data_dir, tmp_path):
    copy = tmp_path / "arctic.txt"
    shutil.copy(ARCTIC, copy)
    code, out, err = run(capsys, "import", copy)
    assert code == 0, err
    copy.unlink()  # the original file is gone: a rebuild and the provenance do not need it
    code, out, err = run(capsys, "build")
    assert code == 0, err
    with Store.open(user_db()) as store:
        source = store.source("005")
        assert source.text == ARCTIC.read_text(encoding="utf-8") and source.origin == "imported"
        assert source.file_name == "arctic.txt" and source.sha256 == sha256(ARCTIC) and source.format == "txt"
        assert source.size == ARCTIC.stat().st_size
        assert store.source("000").origin == "bundled"
        assert store.source("000").text == BUNDLED_000.read_text(encoding="utf-8")
        assert store.paragraph("005", "3.2").text.startswith("Le Service des stations est dirigé par un chef")


def test_documents_lists_origin_units_and_time(capsys, user_with_polar):
    code, out, err = run(capsys, "documents")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:6] == ["ID", "SYMBOL", "LANG", "FAMILY", "UNITS", "IMPORTED"]
    polar = next(line for line in lines if line.startswith("005"))
    assert " fr " in polar and " bulletin " in polar and " 5 " in polar and "Département des études polaires" in polar
    assert "bundled" in next(line for line in lines if line.startswith("000"))
    code, out, err = run(capsys, "documents", "--json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert rows["005"]["origin"] == "imported" and rows["005"]["added"] == 5 and rows["005"]["imported_at"].endswith("Z")
    assert rows["004"]["symbol"] == "ST/SGB/2010/1" and rows["004"]["origin"] == "bundled"


def test_remove_gives_back_the_database_before_the_import(capsys, user_with_polar, tmp_path):
    code, out, _ = run(capsys, "import", ARCTIC)
    assert code == 0
    with Store.open(user_db()) as store:
        assert "Bureau des observatoires arctiques" in {u.name for u in store.units()}
    code, out, err = run(capsys, "remove", "b_arctic_office.txt")
    assert code == 0 and "removed document 006" in out and "(-3)" in out
    with Store.open(user_db()) as after, Store.open(BUNDLED_DB) as bundled:
        names = {u.name for u in after.units()}
        assert "Bureau des observatoires arctiques" not in names and "Division des glaciers" in names
        assert len(after.units()) == len(bundled.units()) + 5
    code, out, err = run(capsys, "remove", "005")
    assert code == 0
    with Store.open(user_db()) as after, Store.open(BUNDLED_DB) as bundled:
        mine, theirs = after.dump(), bundled.dump()
        assert mine["units"] == theirs["units"] and mine["documents"] == theirs["documents"]


@pytest.mark.parametrize("doc, message", [("000", "one of the bundled texts"), ("999", "no document '999'")])
def test_remove_refuses_bundled_and_unknown_documents(capsys, user_with_polar, doc, message):
    before = state(user_with_polar.parent)
    code, out, err = run(capsys, "remove", doc)
    assert code == 2 and err.count("\n") == 1 and message in err
    assert state(user_with_polar.parent) == before


def test_remove_without_a_user_database(capsys, user_data_dir):
    code, out, err = run(capsys, "remove", "005")
    assert code == 2 and "nothing was imported" in err and not user_db().exists()


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    prose = tmp / "prose.txt"
    prose.write_text("Une lettre sans numérotation ni organisation.\nElle parle du temps qu'il fait.\n" * 20,
                     encoding="utf-8")
    numbered = tmp / "numbered.txt"
    numbered.write_text("".join(f"{i}.1 Le temps qu’il fait au jour {i} est doux et calme.\n\n" for i in range(1, 8)),
                        encoding="utf-8")
    binary = tmp / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    latin1 = tmp / "latin1.txt"
    latin1.write_bytes("1.1 Le Département de la défense relève du Secrétaire général.\n".encode("latin-1"))
    huge = tmp / "huge.txt"
    with open(huge, "wb") as fh:  # sparse: 100 MB that are never read
        fh.truncate(100 * 1024 * 1024)
    huge_pdf = tmp / "huge.pdf"
    with open(huge_pdf, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    scanned = tmp / "scan.pdf"
    image_only_pdf(scanned)
    secret = tmp / "secret.pdf"
    encrypted_pdf(secret)
    damaged = tmp / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog" + b"\x00" * 50)
    word = tmp / "bulletin.docx"
    word.write_bytes(b"PK\x03\x04")
    folder = tmp / "folder.txt"
    folder.mkdir()
    return {
        "missing": (tmp / "absent.txt", "absent.txt: cannot read: no such file or directory"),
        "folder": (folder, "folder.txt: is a folder"),
        "prose": (prose, "prose.txt: no recognisable structure"),
        "no units": (numbered, "numbered.txt: no unit of an organisation found; is this an organisation text"),
        "binary": (binary, "image.txt:3: NUL byte: a binary file, not a text"),
        "latin-1": (latin1, "latin1.txt:1: not UTF-8 text"),
        "100 MB text": (huge, "huge.txt: too large (100 MB)"),
        "100 MB PDF": (huge_pdf, "huge.pdf: too large (100 MB)"),
        "docx": (word, "bulletin.docx: unsupported file type '.docx'"),
        "scanned PDF": (scanned, "scan.pdf: no text layer (scanned?); OCR is not supported"),
        "encrypted PDF": (secret, "secret.pdf: encrypted (a password is needed); decrypt it first"),
        "damaged PDF": (damaged, "damaged.pdf: damaged or not a PDF"),
        "bundled text": (BUNDLED_000, "already imported (same content as document 000"),
        "imported twice": (POLAR, "a_polar_department.txt: already imported (same content as document 005"),
    }


@pytest.mark.parametrize("case", [
    "missing", "folder", "prose", "no units", "binary", "latin-1", "100 MB text", "100 MB PDF", "docx",
    "scanned PDF", "encrypted PDF", "damaged PDF", "bundled text", "imported twice"])
def test_bad_input_is_one_line_and_changes_nothing(capsys, qapp, user_with_polar, tmp_path, case):
    path, message = _bad_inputs(tmp_path)[case]
    before = state(user_with_polar.parent)
    code, out, err = run(capsys, "import", ARCTIC, path)  # a good file first: all or nothing
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith("unorg import: ") and message in err, err
    assert out == ""
    assert state(user_with_polar.parent) == before


def test_bad_input_creates_no_user_database(capsys, qapp, user_data_dir, tmp_path):
    path, message = _bad_inputs(tmp_path)["prose"]
    code, out, err = run(capsys, "import", path)
    assert code == 2 and message in err
    assert not user_db().exists() and state(user_data_dir) == {}


def test_the_same_file_twice_in_one_command(capsys, user_data_dir, tmp_path):
    twin = tmp_path / "copy.txt"
    shutil.copy(POLAR, twin)
    code, out, err = run(capsys, "import", POLAR, twin)
    assert code == 2 and "copy.txt: already imported (same content as document 005" in err
    assert not user_db().exists()


def test_the_bundled_database_is_refused(capsys, user_data_dir):
    before = sha256(BUNDLED_DB)
    for argv in (["import", POLAR, "--db", BUNDLED_DB], ["remove", "000", "--db", BUNDLED_DB]):
        code, out, err = run(capsys, *argv)
        assert code == 2 and "the bundled database is never modified" in err
    assert sha256(BUNDLED_DB) == before


def test_a_full_disk_leaves_the_database_and_no_temporary_file(capsys, user_with_polar, monkeypatch):
    import unorg_desktop.store.builder as builder

    real_write = builder._write

    def fill_the_disk(ex, path):
        real_write(ex, path)  # the temporary file is complete...
        raise OSError(28, "No space left on device", str(path))  # ...and its sync fails

    monkeypatch.setattr(builder, "_write", fill_the_disk)
    before = state(user_with_polar.parent)
    code, out, err = run(capsys, "import", ARCTIC)
    assert code == 2 and err.count("\n") == 1
    assert "cannot write (no space left on the device)" in err and ".tmp" not in err and "Errno" not in err
    assert state(user_with_polar.parent) == before


def test_an_interrupted_import_changes_nothing(capsys, user_with_polar, monkeypatch):
    import unorg_desktop.store.library as library

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(library, "extract_stored", interrupted)
    before = state(user_with_polar.parent)
    code, out, err = run(capsys, "import", ARCTIC)
    assert code == 130 and err == "unorg import: interrupted; nothing was changed\n"
    assert state(user_with_polar.parent) == before


def test_check_flags_the_two_disagreeing_texts(capsys, user_data_dir):
    code, out, err = run(capsys, "import", POLAR, ARCTIC)
    assert code == 0, err
    code, out, err = run(capsys, "check")
    assert code == 1
    lines = out.splitlines()
    parents = [line for line in lines if line.startswith("parents: ")]
    assert parents == [
        "parents: Service de la cartographie des glaces: placed under Division des glaciers by 005, par. 3.2 "
        "\"La Division des glaciers se compose du Service de la cartographie des glaces et du Service des "
        "carottages.\", and under Bureau des observatoires arctiques by 006, par. 2.2 \"Le Bureau des "
        "observatoires arctiques se compose du Service de la cartographie des glaces et du Service des stations.\""]
    twice = [line for line in lines if line.startswith("defined-twice: ")]
    assert len(twice) == 1 and "Service de la cartographie des glaces: defined by 005, par. 3.2" in twice[0]
    assert "and again by 006, par. 2.2" in twice[0]
    posts = [line for line in lines if line.startswith("post: Service des stations")]
    assert len(posts) == 1 and "'directeur de la navigation', which heads no unit (006, par. 3.2)" in posts[0]
    assert "1 parents, 1 defined-twice, 2 post" in err
    code, out, err = run(capsys, "check", "--json")
    flags = json.loads(out)
    assert code == 1 and {f["kind"] for f in flags} == {"parents", "defined-twice", "post", "report-only"}
    parent_flag = next(f for f in flags if f["kind"] == "parents")
    assert (parent_flag["document"], parent_flag["paragraph"]) == ("005", "3.2")
    assert (parent_flag["other_document"], parent_flag["other_paragraph"]) == ("006", "2.2")
    assert parent_flag["detail"] == "division-des-glaciers"
    assert parent_flag["other_detail"] == "bureau-des-observatoires-arctiques"


def test_check_exit_0_without_flags(capsys, tiny_db):
    code, out, err = run(capsys, "check", "--db", tiny_db)
    assert code == 0 and out == "" and "no flags" in err
    code, out, err = run(capsys, "check", "--db", tiny_db, "--json")
    assert code == 0 and json.loads(out) == []


def test_check_on_the_bundled_database(capsys):
    code, out, err = run(capsys, "check", "--db", BUNDLED_DB)
    assert code == 1
    assert "post: équipes opérationnelles intégrées: a reporting line to the post" in out
    assert "report-only: " in out and "parents: " not in out and "defined-twice: " not in out


def test_build_without_out_writes_the_user_database_never_the_bundled_one(capsys, user_with_polar):
    before = sha256(BUNDLED_DB)
    code, out, err = run(capsys, "build")
    assert code == 0 and out.startswith(f"{user_db()}: 6 documents, {bundled_units() + 5} units")
    assert sha256(BUNDLED_DB) == before
    with Store.open(user_db()) as store:
        assert store.source("005").origin == "imported"


def test_build_without_out_and_no_user_database(capsys, user_data_dir):
    code, out, err = run(capsys, "build")
    assert code == 0 and user_db().exists()
    with Store.open(user_db()) as mine, Store.open(BUNDLED_DB) as bundled:
        assert mine.dump() == bundled.dump()


def test_a_user_database_of_an_older_schema_is_rebuilt_from_its_own_texts(capsys, user_with_polar):
    import sqlite3

    from unorg_desktop.store import SCHEMA_VERSION

    with sqlite3.connect(user_with_polar) as conn:  # as an older version of the app left it
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    code, out, err = run(capsys, "documents")
    assert code == 2 and "older than" in err and "unorg build" in err
    code, out, err = run(capsys, "build")
    assert code == 0, err
    with Store.open(user_db()) as store:
        assert store.source("005").origin == "imported"
        assert "Division des glaciers" in {u.name for u in store.units()}


class _Terminal:
    def __init__(self, tty: bool) -> None:
        self.tty, self.text = tty, ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


def test_the_progress_bar_shows_on_a_terminal_for_long_work_only(monkeypatch):
    from unorg_desktop import cli_import

    clock = [100.0]
    monkeypatch.setattr(cli_import.time, "monotonic", lambda: clock[0])
    terminal = _Terminal(tty=True)
    bar = cli_import.ProgressBar(terminal)
    bar(0.2, "Reading the database")
    assert terminal.text == ""  # quick work: no bar
    clock[0] += cli_import.SHOW_PROGRESS_AFTER_S + 0.5
    bar(0.5, "Extracting the organisation")
    assert "[" in terminal.text and " 50% Extracting the organisation" in terminal.text
    bar.close()
    assert terminal.text.endswith("\r\x1b[K")  # erased: the report that follows starts clean
    piped = _Terminal(tty=False)
    bar = cli_import.ProgressBar(piped)
    clock[0] += 10
    bar(0.9, "Writing the database")
    bar.close()
    assert piped.text == ""


def test_a_data_folder_that_cannot_be_created_is_one_line(capsys, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("UNORG_DESKTOP_DATA_DIR", str(blocker / "data"))
    code, out, err = run(capsys, "import", POLAR)
    assert code == 2 and err.count("\n") == 1 and "cannot create the folder" in err and "Errno" not in err
    assert blocker.read_text(encoding="utf-8") == "not a folder"
