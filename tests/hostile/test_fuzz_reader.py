"""Fuzzing the import's reader and row validation in-process (hypothesis): whatever the bytes,
the result is rows, rejected rows or one sentence (InterchangeError) — no other exception —
and a row that passes validation is one both databases can store."""

import json
import string
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hmc_desktop.interchange import (
    DeviceRow,
    InterchangeError,
    OrderRow,
    RawRow,
    parse_device_row,
    parse_order_row,
    read_source,
    validate_file,
)
from hmc_desktop.interchange.cells import FREE_TEXT, FREE_TEXT_MAX, char_problem
from hmc_desktop.interchange.columns import DEVICE_COLUMNS, ORDER_COLUMNS
from hmc_desktop.services.imports.limits import column_limits

LIMITS = column_limits()
TODAY = date(2026, 11, 24)
FUZZ = settings(max_examples=300, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# cells as people and programs get them wrong: Swedish text, separators, quotes, line breaks,
# control and bidi characters, numbers, dates of every shape
_CELL_CHARS = st.sampled_from(list(string.printable + "åäöÅÄÖé;,\"'\r\n\t\x00\x07\u202e\u200b"
                                   "\ufeff１２-+=@ "))
cells = st.one_of(
    st.text(_CELL_CHARS, max_size=30),
    st.sampled_from(["", "1", "5", "SDH", "11", "2026-11-23 09:00", "2026-03-29 02:30",
                     "0001-01-01 00:00", "9999-12-31 23:59", "2026-02-30 10:00", "ja", "nej",
                     "19121212-1212", "１９１２１２１２－１２１２", "121212+1212", "x" * 300,
                     "scrapped", "in_use", "100000000000000000000", "NaN", "-1"]),
)


def _read(tmp_path: Path, data: bytes, suffix: str):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        source = read_source(path)
    except InterchangeError as err:
        assert err.reason and "\n" not in err.reason
        return None
    rows, errors = validate_file(source, today=TODAY, limits=LIMITS)
    for e in errors:
        assert e.line >= 1 and e.reason
        assert "\n" not in e.format(str(path))  # one line per problem, whatever the value
    return source, rows, errors


def _check_storable(row: OrderRow | DeviceRow) -> None:
    for key in (ORDER_COLUMNS | DEVICE_COLUMNS):
        value = getattr(row, key, None)
        if isinstance(value, str):
            assert char_problem(key, value) is None, (key, value)
            assert len(value) <= LIMITS.get(key, FREE_TEXT_MAX if key in FREE_TEXT else 10**9)
    if isinstance(row, OrderRow):
        assert 1900 <= row.registered.year <= 2199


@FUZZ
@given(data=st.binary(max_size=2_000), json_like=st.booleans())
def test_any_bytes_are_rows_rejected_rows_or_one_sentence(tmp_path_factory, data, json_like):
    tmp_path = tmp_path_factory.mktemp("bytes")
    _read(tmp_path, (b"[" if json_like else b"") + data, ".json" if json_like else ".csv")


@FUZZ
@given(header=st.permutations(sorted(ORDER_COLUMNS))
       .map(lambda cols: ["order_no", "type", "registered", *[c for c in cols if c not in (
           "order_no", "type", "registered")][:6]]),
       rows=st.lists(st.lists(cells, min_size=0, max_size=12), max_size=15),
       sep=st.sampled_from([";", ","]), encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_csv_files_of_hostile_cells_lose_no_row(tmp_path_factory, header, rows, sep, encoding):
    tmp_path = tmp_path_factory.mktemp("csv")
    lines = [sep.join(header), *(sep.join(r) for r in rows)]
    try:
        data = ("\n".join(lines) + "\n").encode(encoding)
    except UnicodeEncodeError:
        return  # not expressible in that encoding
    read = _read(tmp_path, data, ".csv")
    if read is None:
        return
    source, valid, errors = read
    for row in valid:
        _check_storable(row)
    # every row read is either stored or rejected with its line: none silently dropped
    accounted = {r.line for r in valid} | {e.line for e in errors}
    assert {r.line for r in source.rows} <= accounted


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(_CELL_CHARS, max_size=20) | cells,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                               max_size=3),
    max_leaves=8)


@FUZZ
@given(objects=st.lists(st.dictionaries(
    st.sampled_from([*sorted(ORDER_COLUMNS | DEVICE_COLUMNS), "x", "ORDER_NO"]), json_values,
    max_size=10), max_size=8), raw=st.booleans())
def test_json_lists_of_hostile_objects(tmp_path_factory, objects, raw):
    tmp_path = tmp_path_factory.mktemp("json")
    text = json.dumps(objects, ensure_ascii=raw)
    read = _read(tmp_path, text.encode("utf-8", "surrogatepass"), ".json")
    if read is not None:
        for row in read[1]:
            _check_storable(row)


@FUZZ
@given(values=st.dictionaries(st.sampled_from(sorted(ORDER_COLUMNS)), json_values, max_size=27))
def test_one_order_row_is_a_row_or_its_problems(values):
    result = parse_order_row(RawRow(7, values), today=TODAY, limits=LIMITS)
    if isinstance(result, OrderRow):
        _check_storable(result)
    else:
        assert result and all(e.line == 7 and e.reason for e in result)


@FUZZ
@given(values=st.dictionaries(st.sampled_from(sorted(DEVICE_COLUMNS)), json_values, max_size=9))
def test_one_device_row_is_a_row_or_its_problems(values):
    result = parse_device_row(RawRow(3, values), LIMITS)
    if isinstance(result, DeviceRow):
        _check_storable(result)
        assert result.lifetime_years is None or 0 <= result.lifetime_years <= 100
    else:
        assert result and all(e.line == 3 and e.reason for e in result)
