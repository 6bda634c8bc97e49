"""Exit codes 0/1/2 and errors of one sentence on stderr, never a traceback (CONTRACT).

The ``hmc`` fixture fails any run that prints a traceback; here each kind of problem is
checked for its exit code and its one line.
"""

import pytest

from tests.e2e.conftest import one_sentence, sqlite_only

URL_LOOKS_LIKE = "sqlite:///path/to/hmc.sqlite3 or postgresql+psycopg://user@server/hmc"


@sqlite_only
@pytest.mark.parametrize(("address", "says"), [
    ("/some/file.db", "for that SQLite file write sqlite:////some/file.db"),
    ("foo://bar", f"a URL looks like {URL_LOOKS_LIKE}"),
    ("mysql://hmc:secret@dbserver/hmc", f"a URL looks like {URL_LOOKS_LIKE}"),
])
def test_an_address_that_is_not_a_supported_database_url_is_exit_2(hmc, address, says, tmp_path):
    for command in (("order", "show", "B-1", "--json"), ("--quit-after-load",)):
        done = hmc(*command, db=address)
        sentence = one_sentence(done.err)
        assert done.code == 2, done.err
        assert "is not a database URL this program supports" in sentence and says in sentence
        assert "secret" not in sentence  # a password is never shown
    assert not (tmp_path / "some").exists() and not list(tmp_path.glob("*.db"))


def test_a_database_that_cannot_be_reached_is_exit_2_with_the_reason(hmc, db_url, tmp_path):
    if db_url.startswith("sqlite"):
        unreachable = f"sqlite:///{tmp_path / 'a-file.txt' / 'hmc.sqlite3'}"
        (tmp_path / "a-file.txt").write_text("not a folder", encoding="utf-8")
    else:
        unreachable = db_url.rsplit("/", 1)[0] + "/no_such_database?" + db_url.split("?", 1)[1]
    done = hmc("order", "show", "B-1", "--json", db=unreachable)
    sentence = one_sentence(done.err)
    assert done.code == 2
    assert "internal error" not in sentence and "refused the change" not in sentence
    assert ("a-file.txt" in sentence) if db_url.startswith("sqlite") else (
        "no_such_database" in sentence)


@sqlite_only
def test_usage_problems_are_exit_2_with_one_sentence(hmc):
    cases = [
        (("frobnicate",), "invalid choice: 'frobnicate'"),
        (("order",), "the following arguments are required: ACTION"),
        (("order", "show"), "the following arguments are required: order_no"),
        (("print", "pickup-order", "B-1"), "the following arguments are required: --out"),
        (("demo", "--devices", "many", "--orders", "1"), "expected a whole number, got 'many'"),
    ]
    for args, says in cases:
        done = hmc(*args)
        assert done.code == 2 and says in one_sentence(done.err), (args, done.err)
    as_of = hmc("order", "show", "B-1", as_of="tomorrow")
    assert as_of.code == 2 and "--as-of must look like 'YYYY-MM-DD HH:MM'" in one_sentence(as_of.err)


def test_the_command_ran_but_found_a_problem_is_exit_1(hmc, tmp_path):
    unknown = hmc("order", "show", "NOPE", "--json")
    assert (unknown.code, one_sentence(unknown.err)) == (1, "no order NOPE")
    (tmp_path / "bad.csv").write_text("order_no;type;registered\nB-1;11;2026-11-23 09:00\n",
                                      encoding="utf-8")
    rejected = hmc("import", "bad.csv")
    assert (rejected.code, rejected.err) == (1, "")
    assert rejected.lines()[0].startswith("bad.csv:2: type: ")


@sqlite_only
def test_help_and_version_are_exit_0(hmc):
    assert hmc("--help").code == 0
    version = hmc("--version")
    assert version.code == 0 and version.out.startswith("hmc-desktop ")
