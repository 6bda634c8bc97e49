"""Validating rows into typed orders and devices (CONTRACT "Import format"; DOMAIN W4, W6, W8, D2)."""

import time
from datetime import date, datetime
from pathlib import Path

import pytest

from hmc_desktop.domain.types import AttachmentKind, DeviceStatus
from hmc_desktop.interchange import (
    DeviceRow,
    OrderRow,
    RawRow,
    RowError,
    parse_device_row,
    parse_order_row,
    read_source,
    validate_file,
)
from hmc_desktop.interchange.rows import count_rejected

TODAY = date(2026, 11, 23)
BASE: dict[str, object] = {
    "order_no": "A1",
    "type": "1",
    "registered": "2026-11-23 09:00",
    "individual_no": "H1",
}


def parse(**values: object) -> OrderRow | list[RowError]:
    return parse_order_row(RawRow(2, {**BASE, **values}), today=TODAY)


def ok(**values: object) -> OrderRow:
    result = parse(**values)
    assert isinstance(result, OrderRow), result
    return result


def problems(**values: object) -> dict[str, str]:
    result = parse(**values)
    assert isinstance(result, list), result
    return {e.field: e.reason for e in result}


def device(**values: object) -> DeviceRow | list[RowError]:
    return parse_device_row(RawRow(2, {"individual_no": "H1", "article_no": "A-100", **values}))


# --- valid orders ---------------------------------------------------------------------------


def test_minimal_order() -> None:
    row = ok()
    assert (row.line, row.order_no, row.type_code) == (2, "A1", "1")
    assert row.registered == datetime(2026, 11, 23, 9, 0)
    assert row.registered.tzinfo is None
    assert row.present == frozenset({"individual_no"})
    assert row.digital is None and row.attachments == ()


@pytest.mark.parametrize(("given", "code"), [("01", "1"), (" sdh ", "SDH"), (12, "12"), ("0", "0")])
def test_type_code_is_normalised(given: object, code: str) -> None:
    assert ok(type=given).type_code == code


def test_full_order_converts_every_column() -> None:
    row = ok(
        article_no="A-100", article_name="Rollator", digital="Ja", orderer_name="Åsa Öberg",
        orderer_unit="Hemsjukvården", payer_no="4711", service_product="TP-1", user_name="Kjell",
        user_address="Storgatan 1", user_phone="070-1", user_personnummer="19121212-1212",
        description="Bromsen", attachments="a.pdf| b.jpg |", attachment_kinds="consultation_basis|other",
        technical_review="nej", medical_risk="TRUE", quick_service="1",
        started="2026-11-23 10:00", completed="2026-11-24 15:30", cancelled="", cancel_reason="",
    )  # fmt: skip
    assert row.digital is True and row.medical_risk is True and row.quick_service is True
    assert row.technical_review is False
    assert row.user_personnummer == "19121212-1212"
    assert row.attachments == ("a.pdf", "b.jpg")
    assert row.attachment_kinds == (AttachmentKind.CONSULTATION_BASIS, AttachmentKind.OTHER)
    assert row.started == datetime(2026, 11, 23, 10, 0)
    assert row.completed == datetime(2026, 11, 24, 15, 30)
    assert row.cancelled is None and row.cancel_reason is None  # present but empty: clear
    assert "cancelled" in row.present and "cancel_reason" in row.present
    assert row.orderer_name == "Åsa Öberg"


@pytest.mark.parametrize(
    ("given", "expected"),
    [("ja", True), ("NEJ", False), ("true", True), ("False", False), ("1", True), ("0", False),
     ("yes", True), ("No", False), ("", None), (True, True), (False, False), (1, True), (0, False),
     (None, None)],
)  # fmt: skip
def test_booleans(given: object, expected: bool | None) -> None:
    assert ok(digital=given).digital is expected


def test_json_numbers_are_taken_as_text() -> None:
    row = ok(order_no=1001, payer_no=4711)
    assert (row.order_no, row.payer_no) == ("1001", "4711")


def test_w6_incomplete_consultation_is_imported_not_rejected() -> None:
    """W6: a consultation without service product, payer or consultation basis is flagged later."""
    row = ok(type="5", individual_no="")
    assert row.type_code == "5"
    assert row.individual_no is None


# --- required values and the type ------------------------------------------------------------


def test_required_values_empty() -> None:
    assert problems(order_no="", type=" ", registered="") == {
        "order_no": "required, but empty",
        "type": "required, but empty",
        "registered": "required, but empty",
    }


def test_required_keys_missing_from_a_json_object() -> None:
    result = parse_order_row(RawRow(3, {"individual_no": "H1"}), today=TODAY)
    assert result == [
        RowError(3, "order_no", "required, but missing"),
        RowError(3, "type", "required, but missing"),
        RowError(3, "registered", "required, but missing"),
    ]


def test_unknown_type_uses_the_catalogue_message() -> None:
    reason = problems(type="11")["type"]  # code 11 does not exist
    assert reason.startswith("unknown work-order type '11' (valid: 0, 1, 2, 3")
    assert "SDH" in reason


def test_individual_no_required_except_for_consultations() -> None:
    assert problems(type="1", individual_no="") == {
        "individual_no": "an order of type 1 needs an individual number"
    }
    assert ok(type="5", individual_no="").individual_no is None


def test_absent_individual_no_is_left_to_the_importer_for_new_orders() -> None:
    """An absent column keeps the stored value on update; a *new* order still needs one."""
    row = parse_order_row(
        RawRow(2, {"order_no": "A1", "type": "2", "registered": "2026-11-23 09:00"})
    )
    assert isinstance(row, OrderRow)
    assert "individual_no" not in row.present
    assert row.new_order_errors() == [
        RowError(2, "individual_no", "an order of type 2 needs an individual number")
    ]
    consultation = parse_order_row(
        RawRow(2, {"order_no": "A2", "type": "5", "registered": "2026-11-23 09:00"})
    )
    assert isinstance(consultation, OrderRow)
    assert consultation.new_order_errors() == []


# --- times ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["2026-13-01 09:00", "2026-11-23 9:00", "2026-11-23t09:00", "23/11/2026 09:00", "2026-11-23",
     "2026-11-23 24:00", "2026-11-23 09:60", "2026-11-23 09:00:00", "igår"],
)  # fmt: skip
def test_malformed_timestamp(text: str) -> None:
    assert problems(registered=text) == {"registered": f"expected YYYY-MM-DD HH:MM, got '{text}'"}


def test_a_time_with_a_t_between_date_and_time_is_the_same_minute() -> None:
    """CONTRACT: the import's times accept YYYY-MM-DD HH:MM and YYYY-MM-DDTHH:MM."""
    with_t = ok(registered="2026-11-23T09:00", started="2026-11-24T10:30")
    assert with_t.registered == datetime(2026, 11, 23, 9, 0)
    assert with_t.started == datetime(2026, 11, 24, 10, 30)


def test_impossible_date() -> None:
    assert problems(started="2026-02-30 09:00", registered="2026-01-05 09:00") == {
        "started": "no such date: '2026-02-30 09:00'"
    }


def test_timestamp_must_be_text_in_json() -> None:
    assert problems(registered=202611230900) == {
        "registered": "expected YYYY-MM-DD HH:MM, got 202611230900"
    }


@pytest.mark.parametrize("field", ["started", "completed", "cancelled"])
def test_times_before_registered(field: str) -> None:
    extra = {"cancel_reason": "wrong work-order type"} if field == "cancelled" else {}
    assert problems(**{field: "2026-11-22 16:00"}, **extra) == {
        field: "2026-11-22 16:00 is before registered 2026-11-23 09:00"
    }


def test_completed_before_started() -> None:
    assert problems(started="2026-11-24 10:00", completed="2026-11-24 09:00") == {
        "completed": "2026-11-24 09:00 is before started 2026-11-24 10:00"
    }


def test_completed_and_cancelled_both_set() -> None:
    assert problems(
        completed="2026-11-24 09:00", cancelled="2026-11-24 10:00", cancel_reason="x"
    ) == {"cancelled": "an order cannot be both completed and cancelled"}


def test_w4_cancellation_needs_a_reason() -> None:
    """W4: cancellation always needs a reason, whether the column is empty or absent."""
    expected = {"cancel_reason": "a reason is required when an order is cancelled"}
    assert problems(cancelled="2026-11-24 10:00", cancel_reason=" ") == expected
    assert problems(cancelled="2026-11-24 10:00") == expected
    row = ok(cancelled="2026-11-24 10:00", cancel_reason="could not reach the user")
    assert row.cancelled == datetime(2026, 11, 24, 10, 0)
    assert row.cancel_reason == "could not reach the user"


# --- booleans, personnummer, W8, quick service --------------------------------------------------


def test_bad_boolean() -> None:
    assert problems(digital="kanske", medical_risk=2) == {
        "digital": "expected ja/nej, true/false or 1/0, got 'kanske'",
        "medical_risk": "expected ja/nej, true/false or 1/0, got 2",
    }


@pytest.mark.parametrize(
    ("given", "stored"),
    [("19121212-1212", "19121212-1212"), ("121212-1212", "20121212-1212"),
     ("121212+1212", "19121212-1212"), (" 19121212-1212 ", "19121212-1212")],
)  # fmt: skip
def test_valid_personnummer_is_normalised(given: str, stored: str) -> None:
    assert ok(user_personnummer=given).user_personnummer == stored


@pytest.mark.parametrize(
    ("given", "reason"),
    [("19121212-1213", "'19121212-1213' has a wrong check digit"),
     ("19121312-1212", "'19121312-1212' has no valid birth date"),
     ("191212121212", "'191212121212' is not a personnummer (YYYYMMDD-NNNN or YYMMDD-NNNN)")],
)  # fmt: skip
def test_invalid_personnummer_uses_the_domain_message(given: str, reason: str) -> None:
    assert problems(user_personnummer=given) == {"user_personnummer": reason}


def test_w8_technical_review_only_on_types_0_to_2() -> None:
    """W8: technical review is corrective maintenance ordered as type 0–2."""
    for code in ("0", "1", "2"):
        assert ok(type=code, technical_review="ja").technical_review is True
    assert problems(type="4", technical_review="ja") == {
        "technical_review": "a technical review is ordered as type 0, 1 or 2, not type 4"
    }
    assert ok(type="4", technical_review="nej").technical_review is False


def test_quick_service_only_on_type_1() -> None:
    assert ok(type="1", quick_service="ja").quick_service is True
    assert problems(type="2", quick_service="ja") == {
        "quick_service": "quick service is recorded as a type 1 order, not type 2"
    }


# --- attachments (W6) ----------------------------------------------------------------------


def test_attachment_kinds_default_to_other() -> None:
    row = ok(attachments="a.pdf|b.pdf")
    assert row.attachment_kinds == (AttachmentKind.OTHER, AttachmentKind.OTHER)
    assert ok(attachments="a.pdf", attachment_kinds="").attachment_kinds == (AttachmentKind.OTHER,)


def test_attachments_as_json_list() -> None:
    row = ok(attachments=["underlag.pdf"], attachment_kinds=["Special_Adaptation_Instruction"])
    assert row.attachments == ("underlag.pdf",)
    assert row.attachment_kinds == (AttachmentKind.SPECIAL_ADAPTATION_INSTRUCTION,)


def test_empty_attachments_clear() -> None:
    row = ok(attachments="", attachment_kinds="")
    assert (row.attachments, row.attachment_kinds) == ((), ())
    assert {"attachments", "attachment_kinds"} <= row.present


def test_attachment_count_mismatch() -> None:
    assert problems(attachments="a.pdf|b.pdf", attachment_kinds="other") == {
        "attachment_kinds": "1 kinds for 2 attachments"
    }
    assert problems(attachment_kinds="other") == {"attachment_kinds": "1 kinds for 0 attachments"}


def test_unknown_attachment_kind() -> None:
    assert problems(attachments="a.pdf", attachment_kinds="photo") == {
        "attachment_kinds": "unknown attachment kind 'photo' "
        "(valid: consultation_basis|special_adaptation_instruction|other)"
    }


def test_every_problem_of_a_row_is_reported() -> None:
    values = {
        **BASE, "type": "11", "registered": "2026-02-30 09:00", "digital": "x",
        "user_personnummer": "19121212-1213", "attachments": "a", "attachment_kinds": "a|b",
    }  # fmt: skip
    result = parse_order_row(RawRow(7, values), today=TODAY)
    assert isinstance(result, list)
    assert [(e.line, e.field) for e in result] == [
        (7, "type"), (7, "registered"), (7, "digital"), (7, "user_personnummer"),
        (7, "attachment_kinds"),
    ]  # fmt: skip


def test_text_field_rejects_json_structures() -> None:
    assert problems(description={"a": 1}, orderer_name=True) == {
        "description": "expected text, got an object",
        "orderer_name": "expected text, got true",
    }


# --- devices (D1, D2) ---------------------------------------------------------------------


def test_valid_device() -> None:
    row = device(article_name="Rullstol", digital="nej", holder="Åsa Öberg", location="Hemma",
                 delivered="2024-05-31", lifetime_years="8", status="")  # fmt: skip
    assert isinstance(row, DeviceRow)
    assert row.delivered == date(2024, 5, 31)
    assert row.lifetime_years == 8
    assert row.status is None
    assert row.effective_status is DeviceStatus.IN_USE
    assert row.present == frozenset(
        {"article_name", "digital", "holder", "location", "delivered", "lifetime_years", "status"}
    )


def test_d2_device_in_stock_and_explicit_status() -> None:
    stock = device(holder="")
    assert isinstance(stock, DeviceRow)
    assert stock.holder is None and stock.effective_status is DeviceStatus.IN_STOCK
    returned = device(holder="Kjell", status="Returned", lifetime_years=5)
    assert isinstance(returned, DeviceRow)
    assert returned.status is DeviceStatus.RETURNED and returned.lifetime_years == 5


def test_device_problems() -> None:
    result = device(individual_no="", delivered="2026-02-30", lifetime_years="-1", status="lost")
    assert isinstance(result, list)
    assert {e.field: e.reason for e in result} == {
        "individual_no": "required, but empty",
        "delivered": "no such date: '2026-02-30'",
        "lifetime_years": "expected a whole number ≥ 0, got '-1'",
        "status": "unknown device status 'lost' (valid: in_use, pickup_ordered, returned, "
        "in_reconditioning, in_stock, scrapped, at_workshop)",
    }


@pytest.mark.parametrize("years", ["5.5", "fem", True, -2, 2.0, "²"])
def test_lifetime_must_be_a_whole_number(years: object) -> None:
    result = device(lifetime_years=years)
    assert isinstance(result, list) and result[0].field == "lifetime_years"


def test_pm1_pm2_the_inspection_columns() -> None:
    row = device(inspection_interval_months="12", last_inspected="2025-11-30")
    assert isinstance(row, DeviceRow)
    assert (row.inspection_interval_months, row.last_inspected) == (12, date(2025, 11, 30))
    assert {"inspection_interval_months", "last_inspected"} <= row.present
    empty = device(inspection_interval_months="", last_inspected="")  # present, empty
    assert isinstance(empty, DeviceRow)
    assert (empty.inspection_interval_months, empty.last_inspected) == (None, None)
    result = device(inspection_interval_months="121", last_inspected="2025-02-29")
    assert isinstance(result, list)
    assert {e.field: e.reason for e in result} == {
        "inspection_interval_months": "expected 0 to 120 months (0: not inspected), got 121",
        "last_inspected": "no such date: '2025-02-29'",
    }


def test_device_delivered_format() -> None:
    result = device(delivered="31/5/2024")
    assert isinstance(result, list)
    assert result[0].reason == "expected YYYY-MM-DD, got '31/5/2024'"


# --- whole files ------------------------------------------------------------------------------


def write(tmp_path: Path, text: str, name: str = "orders.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_error_on_third_data_row_reports_line_4(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "order_no;type;registered;individual_no\n"
        "A1;1;2026-11-23 09:00;H1\n"
        "A2;1;2026-11-23 09:00;H2\n"
        "A3;1;2026-13-01 09:00;H3\n",
    )
    rows, errors = validate_file(read_source(path), today=TODAY)
    assert [r.order_no for r in rows if isinstance(r, OrderRow)] == ["A1", "A2"]
    assert [e.format("orders.csv") for e in errors] == [
        "orders.csv:4: registered: expected YYYY-MM-DD HH:MM, got '2026-13-01 09:00'"
    ]


def test_duplicate_order_no_rejects_the_later_row(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "order_no;type;registered;individual_no\n"
        "A1;1;2026-11-23 09:00;H1\n"
        "A2;1;2026-11-23 09:00;H2\n"
        " A1 ;2;2026-11-23 09:00;H3\n",
    )
    rows, errors = validate_file(read_source(path), today=TODAY)
    assert [r.line for r in rows] == [2, 3]
    assert errors == [
        RowError(4, "order_no", "order_no appears twice in this file (first on line 2)")
    ]


def test_duplicate_individual_no_in_devices(tmp_path: Path) -> None:
    path = write(tmp_path, "individual_no;article_no\nH1;A\nH2;A\nH1;B\n", name="devices.csv")
    rows, errors = validate_file(read_source(path))
    assert len(rows) == 2
    assert errors == [
        RowError(4, "individual_no", "individual_no appears twice in this file (first on line 2)")
    ]


def test_errors_are_sorted_by_line_and_counted_per_row(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "order_no;type;registered;individual_no;digital\n"
        "A1;11;2026-11-23 09:00;H1;x\n"
        "A2;1;2026-11-23 09:00\n"
        "A3;1;2026-11-23 09:00;H3;ja\n",
    )
    rows, errors = validate_file(read_source(path), today=TODAY)
    assert [r.order_no for r in rows if isinstance(r, OrderRow)] == ["A3"]
    assert [(e.line, e.field) for e in errors] == [(2, "type"), (2, "digital"), (3, "row")]
    assert count_rejected(errors) == 2


def test_cp1252_file_end_to_end(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "order_no;type;registered;individual_no;orderer_name;user_personnummer\r\n"
        "A1;01;2026-11-23 09:00;H1;Åsa Öberg;121212-1212\r\n",
        encoding="cp1252",
    )
    rows, errors = validate_file(read_source(path), today=TODAY)
    assert errors == []
    (row,) = rows
    assert isinstance(row, OrderRow)
    assert (row.type_code, row.orderer_name, row.user_personnummer) == (
        "1",
        "Åsa Öberg",
        "20121212-1212",
    )


def test_json_missing_key_is_absent_from_present(tmp_path: Path) -> None:
    path = tmp_path / "orders.json"
    path.write_text(
        '[{"order_no": "A1", "type": "1", "registered": "2026-11-23 09:00", "individual_no": "H1",'
        ' "description": "Trasig broms", "digital": true},'
        ' {"order_no": "A2", "type": "1", "registered": "2026-11-23 09:00", "description": null}]',
        encoding="utf-8",
    )
    rows, errors = validate_file(read_source(path), today=TODAY)
    assert errors == []
    first, second = rows
    assert isinstance(first, OrderRow) and isinstance(second, OrderRow)
    assert first.present == {"individual_no", "description", "digital"}
    assert first.digital is True
    assert second.present == {"description"}  # digital absent: the stored value stays
    assert second.description is None  # present and null: clear


@pytest.mark.slow
def test_large_file_is_validated_quickly(tmp_path: Path) -> None:
    header = (
        "order_no;type;registered;individual_no;orderer_name;digital;started;user_personnummer\n"
    )
    body = "".join(
        f"A{i};1;2026-11-23 09:00;H{i};Åsa Öberg;ja;2026-11-24 10:00;19121212-1212\n"
        for i in range(30_000)
    )
    path = write(tmp_path, header + body)
    start = time.perf_counter()
    rows, errors = validate_file(read_source(path), today=TODAY)
    elapsed = time.perf_counter() - start
    assert errors == [] and len(rows) == 30_000
    assert elapsed < 6.0  # ≥ 5,000 rows/s even on a loaded test machine (~40,000 typical)


def test_repeated_personnummer_in_a_file_is_checked_each_time(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "order_no;type;registered;individual_no;user_personnummer\n"
        "A1;1;2026-11-23 09:00;H1;121212-1212\n"
        "A2;1;2026-11-23 09:00;H2;121212-1212\n"
        "A3;1;2026-11-23 09:00;H3;19121212-1213\n"
        "A4;1;2026-11-23 09:00;H4;19121212-1213\n",
    )
    rows, errors = validate_file(read_source(path), today=TODAY)
    assert [r.user_personnummer for r in rows if isinstance(r, OrderRow)] == ["20121212-1212"] * 2
    assert [(e.line, e.field) for e in errors] == [
        (4, "user_personnummer"),
        (5, "user_personnummer"),
    ]
