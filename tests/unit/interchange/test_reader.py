"""Reading import files: format, encoding, separator, kind and line numbers (CONTRACT "Import format")."""

import json
from pathlib import Path

import pytest

from hmc_desktop.interchange import InterchangeError, RowError, read_source

ORDER_HEADER = "order_no;type;registered;orderer_name;description"


def write_text(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def write_json(
    tmp_path: Path, data: object, name: str = "orders.json", prefix: bytes = b""
) -> Path:
    path = tmp_path / name
    path.write_bytes(prefix + json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
    return path


# --- CSV: encodings and separators -------------------------------------------------------


def test_utf8_semicolon_file_reads_orders_with_stripped_values(tmp_path: Path) -> None:
    path = write_text(
        tmp_path,
        "orders.csv",
        " Order_No ; TYPE ;Registered;orderer_name;description\n"
        "A1; 1 ;2026-11-23 09:00; Åsa Öberg ;\n"
        "A2;5;2026-11-23 10:00;Kjell;Råd om rullstol\n",
    )
    source = read_source(path)
    assert source.kind == "orders"
    assert source.format == "csv"
    assert source.separator == ";"
    assert source.encoding == "utf-8"
    assert source.columns == ["order_no", "type", "registered", "orderer_name", "description"]
    assert [r.line for r in source.rows] == [2, 3]
    assert source.rows[0].values == {
        "order_no": "A1",
        "type": "1",
        "registered": "2026-11-23 09:00",
        "orderer_name": "Åsa Öberg",
        "description": "",  # an empty cell stays "" (present, empty)
    }
    assert source.problems == []


def test_utf8_bom_comma_file(tmp_path: Path) -> None:
    path = write_text(
        tmp_path,
        "orders.csv",
        "order_no,type,registered,orderer_name\r\nA1,2,2026-11-23 09:00,Örjan Ängström\r\n",
        encoding="utf-8-sig",
    )
    source = read_source(path)
    assert source.encoding == "utf-8-sig"
    assert source.separator == ","
    assert source.columns[0] == "order_no"  # the BOM is not part of the first column's name
    assert source.rows[0].values["orderer_name"] == "Örjan Ängström"


def test_cp1252_semicolon_file_from_swedish_excel(tmp_path: Path) -> None:
    path = write_text(
        tmp_path,
        "export.csv",
        "order_no;type;registered;orderer_name;orderer_unit\r\n"
        "A1;1;2026-11-23 09:00;Åsa Öberg;Hemsjukvården Väst\r\n",
        encoding="cp1252",
    )
    source = read_source(path)
    assert source.encoding == "cp1252"
    assert source.separator == ";"
    assert source.rows[0].values["orderer_name"] == "Åsa Öberg"
    assert source.rows[0].values["orderer_unit"] == "Hemsjukvården Väst"


def test_quoted_separators_inside_fields(tmp_path: Path) -> None:
    path = write_text(
        tmp_path,
        "orders.csv",
        "order_no,type,registered,user_address,description\n"
        'A1,1,2026-11-23 09:00,"Storgatan 1, 123 45 Småstad","Hjulet ""glappar""; bromsen tar dåligt"\n',
    )
    values = read_source(path).rows[0].values
    assert values["user_address"] == "Storgatan 1, 123 45 Småstad"
    assert values["description"] == 'Hjulet "glappar"; bromsen tar dåligt'


def test_separator_is_counted_outside_quotes_in_the_header(tmp_path: Path) -> None:
    path = write_text(
        tmp_path,
        "orders.csv",
        'order_no;type;registered;"note, with, commas, inside"\nA1;1;2026-11-23 09:00;x\n',
    )
    source = read_source(path)
    assert source.separator == ";"
    assert source.unknown_columns == ["note, with, commas, inside"]


# --- CSV: line numbers ---------------------------------------------------------------------


def test_multi_line_field_reports_the_line_where_its_row_starts(tmp_path: Path) -> None:
    path = write_text(
        tmp_path,
        "orders.csv",
        "order_no;type;registered;description\n"
        'A1;1;2026-11-23 09:00;"first line\nsecond line"\n'
        "A2;1;2026-11-23 09:00;single\n",
    )
    rows = read_source(path).rows
    assert [r.line for r in rows] == [2, 4]
    assert rows[0].values["description"] == "first line\nsecond line"


def test_blank_and_empty_lines_are_skipped_but_counted(tmp_path: Path) -> None:
    path = write_text(
        tmp_path,
        "orders.csv",
        "\n".join(
            [
                "",  # line 1: blank, before the header
                "order_no;type;registered",  # line 2
                "",
                "A1;1;2026-11-23 09:00",  # line 4
                ";;",  # every cell empty
                "   ",
                "A2;1;2026-11-23 09:00",  # line 7
            ]
        ),
    )
    rows = read_source(path).rows
    assert [(r.line, r.values["order_no"]) for r in rows] == [(4, "A1"), (7, "A2")]


def test_trailing_separators_are_tolerated(tmp_path: Path) -> None:
    path = write_text(tmp_path, "orders.csv", "order_no;type;registered;\nA1;1;2026-11-23 09:00;\n")
    source = read_source(path)
    assert source.columns == ["order_no", "type", "registered"]
    assert source.rows[0].values == {
        "order_no": "A1",
        "type": "1",
        "registered": "2026-11-23 09:00",
    }


def test_row_with_wrong_number_of_fields_is_a_row_problem(tmp_path: Path) -> None:
    path = write_text(
        tmp_path,
        "orders.csv",
        "order_no;type;registered\nA1;1;2026-11-23 09:00\nA2;1;2026-11-23; 09:00\nA3;1\n",
    )
    source = read_source(path)
    assert [r.values["order_no"] for r in source.rows] == ["A1"]
    assert [(p.line, p.field) for p in source.problems] == [(3, "row"), (4, "row")]
    assert source.problems[0].reason == (
        "the row has 4 fields but the header has 3 (an unquoted separator in a value?)"
    )
    assert source.problems[1].reason == "the row has 2 fields but the header has 3"


# --- kind detection and header errors -------------------------------------------------------


def test_device_header_gives_devices(tmp_path: Path) -> None:
    path = write_text(
        tmp_path, "devices.csv", "individual_no;article_no;holder;status\nH1;A-100;;in_stock\n"
    )
    source = read_source(path)
    assert source.kind == "devices"
    assert source.rows[0].values["holder"] == ""


def test_order_no_wins_over_device_columns(tmp_path: Path) -> None:
    path = write_text(
        tmp_path,
        "x.csv",
        "order_no;type;registered;individual_no;article_no\nA1;1;2026-11-23 09:00;H1;A\n",
    )
    assert read_source(path).kind == "orders"


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("name;address", "the header has neither order_no (work orders) nor individual_no"),
        ("individual_no;holder", "the header has neither order_no"),
        ("order_no;registered", "missing required column 'type'"),
        ("order_no", "missing required columns 'type', 'registered'"),
        ("individual_no;article_no;Article_No", "the column 'article_no' appears twice"),
        ("order_no;;type;registered", "column 2 of the header has no name"),
    ],
)
def test_unusable_header_is_a_file_error(tmp_path: Path, header: str, message: str) -> None:
    path = write_text(tmp_path, "bad.csv", header + "\n")
    with pytest.raises(InterchangeError) as info:
        read_source(path, name="bad.csv")
    assert str(info.value).startswith("bad.csv: ")
    assert message in str(info.value)


def test_header_only_file_has_no_rows(tmp_path: Path) -> None:
    source = read_source(write_text(tmp_path, "orders.csv", "order_no;type;registered\n"))
    assert source.kind == "orders"
    assert source.rows == []


def test_unknown_columns_are_kept_for_a_warning(tmp_path: Path) -> None:
    path = write_text(
        tmp_path,
        "orders.csv",
        "order_no;type;registered;priority;colour\nA1;1;2026-11-23 09:00;1;red\n",
    )
    assert read_source(path).unknown_columns == ["priority", "colour"]


# --- unreadable files ------------------------------------------------------------------------


def test_missing_file_message_uses_the_name_as_given(tmp_path: Path) -> None:
    with pytest.raises(InterchangeError) as info:
        read_source(tmp_path / "nope.csv", name="in/nope.csv")
    assert str(info.value) == "in/nope.csv: no such file"
    assert info.value.file == "in/nope.csv"
    assert info.value.reason == "no such file"


def test_default_name_is_the_path(tmp_path: Path) -> None:
    path = tmp_path / "nope.csv"
    with pytest.raises(InterchangeError, match="no such file") as info:
        read_source(path)
    assert info.value.file == str(path)


def test_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(InterchangeError, match="is a folder"):
        read_source(tmp_path)


@pytest.mark.parametrize("content", [b"", b"   \r\n\n  "])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(InterchangeError, match="the file is empty"):
        read_source(path)


def test_bytes_that_are_neither_utf8_nor_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "garbage.csv"
    # 0x81 is undefined in Windows-1252 and invalid UTF-8.
    path.write_bytes(b"order_no;type;registered\nA\x81;1;2026-11-23 09:00\n")
    with pytest.raises(InterchangeError, match="line 2: byte 0x81 is neither UTF-8 nor Windows-1252"):
        read_source(path)


def test_bom_followed_by_non_utf8(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\xef\xbb\xbforder_no;type;registered\nA\xe5;1;2026-11-23 09:00\n")
    with pytest.raises(InterchangeError, match="line 2: byte 0xE5 is not UTF-8, though the file "
                                               "starts with a UTF-8 byte-order mark"):
        read_source(path)


# --- JSON ----------------------------------------------------------------------------------


def test_json_list_keeps_values_and_only_the_keys_present(tmp_path: Path) -> None:
    path = write_json(
        tmp_path,
        [
            {"order_no": "A1", "type": 1, "registered": "2026-11-23 09:00", "digital": True,
             "description": None},
            {"Order_No ": "A2", "type": "5", "registered": "2026-11-23 10:00"},
        ],
    )  # fmt: skip
    source = read_source(path)
    assert source.format == "json"
    assert source.kind == "orders"
    assert source.columns == ["order_no", "type", "registered", "digital", "description"]
    first, second = source.rows
    assert first.values == {
        "order_no": "A1", "type": 1, "registered": "2026-11-23 09:00", "digital": True,
        "description": None,
    }  # fmt: skip
    assert second.values == {"order_no": "A2", "type": "5", "registered": "2026-11-23 10:00"}
    assert "digital" not in second.values  # absent key: the stored value must stay
    # JSON "line" numbers are the objects' 1-based positions in the list.
    assert [r.line for r in source.rows] == [1, 2]


def test_json_with_bom_and_leading_whitespace(tmp_path: Path) -> None:
    path = write_json(
        tmp_path,
        [{"individual_no": "H1", "article_no": "A-1", "holder": "Åsa Öberg"}],
        name="devices.json",
        prefix=b"\xef\xbb\xbf \n\t",
    )
    source = read_source(path)
    assert source.kind == "devices"
    assert source.rows[0].values["holder"] == "Åsa Öberg"


def test_json_element_that_is_not_an_object_is_a_row_problem(tmp_path: Path) -> None:
    path = write_json(
        tmp_path,
        [{"order_no": "A1", "type": "1", "registered": "2026-11-23 09:00"}, "A2", [1, 2]],
    )
    source = read_source(path)
    assert [r.line for r in source.rows] == [1]
    assert source.problems == [
        RowError(2, "row", 'expected an object, got "A2"'),
        RowError(3, "row", "expected an object, got a list"),
    ]


def test_invalid_json(tmp_path: Path) -> None:
    path = write_text(tmp_path, "orders.json", '[{"order_no": "A1",}]')
    with pytest.raises(InterchangeError) as info:
        read_source(path, name="orders.json")
    assert str(info.value).startswith("orders.json: not valid JSON: ")


def test_json_object_instead_of_list(tmp_path: Path) -> None:
    path = write_json(tmp_path, {"order_no": "A1", "type": "1", "registered": "2026-11-23 09:00"})
    with pytest.raises(InterchangeError, match="a JSON import must be a list of objects"):
        read_source(path)


def test_empty_json_list(tmp_path: Path) -> None:
    with pytest.raises(InterchangeError, match="the JSON list is empty"):
        read_source(write_json(tmp_path, []))


def test_json_without_a_required_key_in_any_object(tmp_path: Path) -> None:
    path = write_json(tmp_path, [{"order_no": "A1", "registered": "2026-11-23 09:00"}])
    with pytest.raises(InterchangeError, match="missing required column 'type'"):
        read_source(path)


def test_row_error_format() -> None:
    error = RowError(4, "registered", "expected YYYY-MM-DD HH:MM, got 'igår'")
    assert (
        error.format("orders.csv")
        == "orders.csv:4: registered: expected YYYY-MM-DD HH:MM, got 'igår'"
    )


def test_row_error_format_stays_on_one_line() -> None:
    assert RowError(2, "x", "got 'a\nb'").format("f.csv") == "f.csv:2: x: got 'a\\nb'"
