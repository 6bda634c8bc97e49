"""`self-test`: the installed program proves it is whole, and checks the configured database
read-only, naming it with its password hidden (docs/IT.md "Checking an installation")."""

import hashlib
from pathlib import Path

from sqlalchemy.engine import make_url

from hmc_desktop.db.engine import SCHEMA_HEAD
from tests.e2e.conftest import one_sentence, sqlite_only

STEPS = ["modules", "database", "main window", "documents", "configured database"]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_self_test_checks_the_configured_database_without_changing_it(hmc, db_url, tmp_path):
    before = digest(Path(make_url(db_url).database)) if db_url.startswith("sqlite") else None
    done = hmc("self-test", "--keep", "kept", timeout=300)
    assert done.code == 0, done.err
    lines = done.lines()
    assert [line.split(":")[0] for line in lines[:-1]][-1] == STEPS[-1]
    assert set(STEPS) <= {line.split(":")[0] for line in lines[:-1]}
    assert lines[-1] == "self-test ok"
    shown = make_url(db_url).render_as_string(hide_password=True)
    assert lines[-2] == (f"configured database: {shown} (from --db): read-only check ok, "
                         f"schema {SCHEMA_HEAD}, 0 orders")
    assert {"pickup-order.pdf", "pickup-label.pdf", "shipping-note.pdf", "recon-log.pdf",
            "leadtimes.pdf"} <= {p.name for p in (tmp_path / "kept").glob("*.pdf")}
    if before is not None:
        assert digest(Path(make_url(db_url).database)) == before  # read, not written


def test_self_test_names_the_database_from_hmc_db_url_with_its_password_hidden(hmc, db_url):
    with_password = make_url(db_url).set(password="s3cret")  # trust auth / SQLite ignore it
    url = with_password.render_as_string(hide_password=False)
    done = hmc("self-test", db=None, HMC_DB_URL=url, timeout=300)
    assert done.code == 0, done.err
    assert "s3cret" not in done.out + done.err
    checked = done.lines()[-2]
    assert checked.startswith("configured database: ") and "(from HMC_DB_URL)" in checked
    if not db_url.startswith("sqlite"):
        assert ":***@" in checked


@sqlite_only  # the address is given: a missing SQLite file
def test_self_test_fails_in_one_sentence_when_the_configured_database_cannot_be_read(hmc, tmp_path):
    missing = tmp_path / "nowhere.sqlite3"
    done = hmc("self-test", db=f"sqlite:///{missing}", timeout=300)
    assert done.code == 1
    assert one_sentence(done.err) == (
        f"self-test failed at configured database: the SQLite file {missing} does not exist")
    assert not missing.exists()  # a check never creates a database
