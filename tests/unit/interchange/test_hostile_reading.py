"""Files that are not what they say: encodings decided with certainty, broken CSV rows cost only
themselves, JSON that would crash the reader is one sentence, cells checked the same on both
databases. Each of these gave mojibake, lost rows or "internal error" before."""

import json
from datetime import date
from pathlib import Path

import pytest

from hmc_desktop.interchange import InterchangeError, read_source, validate_file
from hmc_desktop.interchange.rows import OrderRow
from hmc_desktop.services.imports.limits import column_limits

HEADER = "order_no;type;registered;individual_no;orderer_name;description"


def _rows(n: int, start: int = 1) -> list[str]:
    return [f"H-{i};1;2026-11-23 09:00;IND-{i};Åsa Öberg;Trasig" for i in range(start, start + n)]


def _write(tmp_path: Path, data: bytes, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _valid(path: Path):
    return validate_file(read_source(path), today=date(2026, 11, 24), limits=column_limits())


# --- encodings -----------------------------------------------------------------------------


def test_one_bad_byte_in_a_utf8_file_is_refused_naming_its_line(tmp_path):
    lines = [HEADER, *_rows(3)]
    data = "\n".join(lines).encode("utf-8").replace(b"H-3", b"H-\xe53") + b"\n"
    with pytest.raises(InterchangeError) as refused:
        read_source(_write(tmp_path, data))
    assert refused.value.reason == ("line 4: byte 0xE5 is not UTF-8, though other lines are: the "
                                    "file mixes encodings; save it again as UTF-8")


def test_a_file_mixing_utf8_and_windows_1252_is_refused(tmp_path):
    data = ((HEADER + "\n" + _rows(1)[0] + "\n").encode("utf-8")
            + (_rows(1, 2)[0] + "\n").encode("cp1252"))
    with pytest.raises(InterchangeError, match="line 3: byte 0xC5 is not UTF-8"):
        read_source(_write(tmp_path, data))


def test_a_windows_1252_file_is_still_read_as_such(tmp_path):
    data = ("\r\n".join([HEADER, *_rows(2)]) + "\r\n").encode("cp1252")
    source = read_source(_write(tmp_path, data))
    assert source.encoding == "cp1252"
    assert source.rows[1].values["orderer_name"] == "Åsa Öberg"


@pytest.mark.parametrize(("data", "reason"), [
    ("\n".join([HEADER, *_rows(1)]).encode("utf-16"), "is UTF-16 text"),
    ("\n".join([HEADER, *_rows(1)]).encode("utf-16-le"), "line 1: a NUL byte"),
    (HEADER.encode() + b"\nH-1;1;2026-11-23 09:00;I;A\x00;x\n", "line 2: a NUL byte"),
])
def test_utf16_and_nul_bytes_are_refused(tmp_path, data, reason):
    with pytest.raises(InterchangeError, match=reason):
        read_source(_write(tmp_path, data))


# --- CSV structure ---------------------------------------------------------------------------


def test_an_unclosed_quote_costs_its_row_only(tmp_path):
    rows = _rows(12)
    rows[4] = 'H-5;1;2026-11-23 09:00;IND-5;Åsa Öberg;"Trasig sedan i går'
    path = _write(tmp_path, ("\n".join([HEADER, *rows]) + "\n").encode())
    valid, errors = _valid(path)
    assert [r.order_no for r in valid] == [f"H-{i}" for i in range(1, 13) if i != 5]
    assert [(e.line, e.field) for e in errors] == [(6, "row")]
    assert "a quote opened in this row is never closed" in errors[0].reason


def test_a_quote_closed_by_a_later_row_does_not_swallow_the_rows_between(tmp_path):
    rows = _rows(8)
    rows[2] = 'H-3;1;2026-11-23 09:00;IND-3;Åsa Öberg;"Trasig'
    rows[6] = 'H-7;1;2026-11-23 09:00;IND-7;Åsa Öberg;"Knarrar"'
    path = _write(tmp_path, ("\n".join([HEADER, *rows]) + "\n").encode())
    valid, errors = _valid(path)
    assert [r.order_no for r in valid] == ["H-1", "H-2", "H-4", "H-5", "H-6", "H-7", "H-8"]
    assert [e.line for e in errors] == [4]
    assert "not closed before line 8" in errors[0].reason


def test_a_description_over_two_lines_is_still_one_value(tmp_path):
    rows = [*_rows(1), 'H-2;1;2026-11-23 09:00;IND-2;Åsa Öberg;"Trasig.\nRing först."', *_rows(1, 3)]
    valid, errors = _valid(_write(tmp_path, ("\n".join([HEADER, *rows]) + "\n").encode()))
    assert errors == []
    assert [r.description for r in valid] == ["Trasig", "Trasig.\nRing först.", "Trasig"]


def test_text_after_a_closing_quote_is_a_rejected_row(tmp_path):
    rows = [*_rows(1), 'H-2;1;2026-11-23 09:00;IND-2;"Åsa" Öberg;x', *_rows(1, 3)]
    valid, errors = _valid(_write(tmp_path, ("\n".join([HEADER, *rows]) + "\n").encode()))
    assert [r.order_no for r in valid] == ["H-1", "H-3"]
    assert errors[0].line == 3 and "not readable as CSV" in errors[0].reason


# --- JSON that would crash a reader -----------------------------------------------------------


def _json(tmp_path: Path, text: str) -> Path:
    return _write(tmp_path, text.encode("utf-8"), "in.json")


def test_a_number_of_5000_digits_is_a_rejected_row(tmp_path):
    big = "9" * 5000
    path = _json(tmp_path, f'[{{"order_no": {big}, "type": "1", "registered": "2026-11-23 09:00",'
                           f' "individual_no": "I-1"}}, {{"order_no": "B", "type": "1",'
                           f' "registered": "2026-11-23 09:00", "individual_no": "I-2"}}]')
    valid, errors = _valid(path)
    assert [r.order_no for r in valid] == ["B"]
    assert [(e.line, e.field, e.reason) for e in errors] == [
        (1, "order_no", "expected text, got a number of 5000 characters")]


@pytest.mark.parametrize("value", ["1e400", "-1e999"])
def test_a_number_beyond_floating_point_is_a_rejected_row(tmp_path, value):
    path = _json(tmp_path, f'[{{"order_no": "A", "type": "1", "registered": "2026-11-23 09:00",'
                           f' "individual_no": {value}}}]')
    valid, errors = _valid(path)
    assert valid == [] and errors[0].field == "individual_no"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json_numbers(tmp_path, constant):
    path = _json(tmp_path, f'[{{"order_no": {constant}, "type": "1", "registered": "x"}}]')
    with pytest.raises(InterchangeError, match=f"not valid JSON: {constant} is not a number in JSON"):
        read_source(path)


def test_json_nested_a_hundred_thousand_levels_is_one_sentence(tmp_path):
    path = _json(tmp_path, "[" * 100_000 + "]" * 100_000)
    with pytest.raises(InterchangeError, match="nested thousands of levels deep"):
        read_source(path)


# --- cells: lengths, characters, ranges, times --------------------------------------------------


def _order(tmp_path: Path, **values: object) -> tuple[list[OrderRow], list]:
    row = {"order_no": "C-1", "type": "1", "registered": "2026-11-23 09:00", "individual_no": "I-1"}
    row.update(values)
    return _valid(_json(tmp_path, json.dumps([row])))


@pytest.mark.parametrize(("field", "value", "reason"), [
    ("order_no", "X" * 41, "41 characters, but at most 40 fit"),
    ("user_name", "Åsa\u202eÖberg", "contains U+202E (right-to-left override) at character 4"),
    ("user_name", "Åsa\x00Öberg", "contains U+0000 (a control character) at character 4"),
    ("description", "Rad ett\nrad två\x07", "contains U+0007 (a control character) at character 16"),
    ("user_phone", "070\u200b123", "contains U+200B (zero width space)"),
    ("description", "x" * 20_001, "20001 characters, but at most 20000 fit"),
    ("user_address", "Storgatan 1, 411 01 " + "G" * 101, "the town 'GGGG"),
    ("registered", "0001-01-01 00:00", "0001-01-01 is outside the years 1900-2199"),
    ("registered", "9999-12-31 23:59", "9999-12-31 is outside the years 1900-2199"),
    ("registered", "2026-03-29 02:30", "2026-03-29 02:30 does not exist in Stockholm"),
    ("started", "2026-03-29 02:00", "2026-03-29 02:00 does not exist in Stockholm"),
])
def test_a_cell_the_database_cannot_hold_is_a_rejected_row(tmp_path, field, value, reason):
    valid, errors = _order(tmp_path, **{field: value})
    assert valid == []
    assert [e.field for e in errors] == [field]
    assert errors[0].reason.startswith(reason) or reason in errors[0].reason


def test_a_description_may_hold_line_breaks_and_tabs(tmp_path):
    valid, errors = _order(tmp_path, description="Rad ett\r\nrad\ttvå")
    assert errors == [] and valid[0].description == "Rad ett\r\nrad\ttvå"


def test_the_repeated_autumn_hour_is_accepted(tmp_path):
    valid, errors = _order(tmp_path, registered="2026-10-25 02:30")
    assert errors == [] and valid[0].registered.hour == 2


@pytest.mark.parametrize(("value", "reason"), [
    ("100000000000000000000", "expected a whole number from 0 to 100, got 21 digits"),
    ("3000000000", "expected a whole number from 0 to 100, got 3000000000"),
    ("101", "expected a whole number from 0 to 100, got 101"),
])
def test_a_lifetime_no_device_has_is_a_rejected_row(tmp_path, value, reason):
    path = _write(tmp_path, f"individual_no;article_no;lifetime_years\nD-1;A-1;{value}\n".encode())
    valid, errors = validate_file(read_source(path), limits=column_limits())
    assert valid == [] and [(e.field, e.reason) for e in errors] == [("lifetime_years", reason)]


def test_full_width_digits_make_the_same_personnummer(tmp_path):
    valid, errors = _order(tmp_path, user_personnummer="１９１２１２１２－１２１２")
    assert errors == [] and valid[0].user_personnummer == "19121212-1212"
