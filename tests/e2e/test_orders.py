"""`order show --json` (every field of CONTRACT.md) and `order pickup`, each in a fresh process."""

import json

import pytest

from tests.e2e.conftest import one_sentence

COLUMNS = ("order_no;type;registered;individual_no;article_no;article_name;orderer_name;user_name;"
           "user_address;description;started;completed;cancelled;cancel_reason;medical_risk;"
           "technical_review")
ORDERS = [
    "O-1;1;2026-11-23 09:00;IND-1;120601;Rollator Topro Olympos;Eva Ek;Åsa Öberg;"
    "Storgatan 1, 411 01 Göteborg;Bromsen tar dåligt;2026-11-24 08:30;;;;ja;nej",
    "O-2;5;2026-11-23 09:00;;;;Per Holm;;;Råd om sittlösning;;;;;nej;nej",
    "O-3;1;2026-11-23 09:00;IND-3;120601;Rollator Topro Olympos;Eva Ek;Nils Berg;"
    "Ekvägen 2, 431 30 Mölndal;Teknisk översyn;;;;;nej;ja",
    "O-4;4;2026-11-23 09:00;IND-4;120601;Rollator Topro Olympos;Eva Ek;;;Anpassa handtag;;;"
    "2026-11-23 11:00;Fel arbetsordertyp;nej;nej",
    "O-5;3;2026-11-23 10:00;IND-5;122301;Elrullstol Permobil M3;Eva Ek;Gösta Åkesson;"
    "Åvägen 5, 441 30 Alingsås;Stannat helt;;;;;nej;nej",
    "O-6;2;2026-11-10 09:00;IND-6;181201;Vårdsäng Invacare;Eva Ek;Märta Öst;"
    "Ängsvägen 3, 441 30 Alingsås;Sängen går inte att höja;2026-11-11 09:00;2026-11-20 15:00;;;nej;nej",
    "O-7;1;2026-11-28 10:00;IND-7;120601;Rollator Topro Olympos;Eva Ek;Siv Berg;"
    "Åkervägen 7, 503 30 Borås;Hjul glappar;;;;;nej;nej",
]
FIELDS = {"order_no", "type", "type_name", "mailbox", "status", "registered", "start_by",
          "finish_by", "contact_by", "started", "completed", "cancelled", "cancel_reason",
          "billing", "incomplete", "at_risk", "breached", "medical_risk", "individual_no",
          "device_status", "orderer_name", "description"}


@pytest.fixture
def orders(hmc, tmp_path):
    (tmp_path / "orders.csv").write_text("\n".join([COLUMNS, *ORDERS]) + "\n", encoding="utf-8")
    done = hmc("import", "orders.csv")
    assert done.code == 0, done.out + done.err
    return hmc


def show(hmc, order_no, **kw):
    shown = hmc("order", "show", order_no, "--json", **kw)
    assert shown.code == 0, shown.err
    data = json.loads(shown.out)
    assert set(data) == FIELDS
    return data


def test_order_show_json_every_field_of_a_started_order(orders):
    assert show(orders, "O-1") == {
        "order_no": "O-1", "type": "1", "type_name": "Avhjälpande underhåll – Utföres på HMC",
        "mailbox": "Underhåll", "status": "started", "registered": "2026-11-23T09:00",
        "start_by": "2026-11-26T16:00", "finish_by": "2026-12-07T16:00", "contact_by": None,
        "started": "2026-11-24T08:30", "completed": None, "cancelled": None,
        "cancel_reason": None, "billing": "included", "incomplete": [], "at_risk": False,
        "breached": [], "medical_risk": True, "individual_no": "IND-1", "device_status": "in_use",
        "orderer_name": "Eva Ek", "description": "Bromsen tar dåligt"}


def test_order_show_json_of_an_incomplete_consultation_without_device(orders):
    assert show(orders, "O-2") == {
        "order_no": "O-2", "type": "5", "type_name": "Konsultation", "mailbox": "Konsulent",
        "status": "registered", "registered": "2026-11-23T09:00",
        "start_by": "2026-12-14T16:00", "finish_by": None, "contact_by": None,  # 15 days (C2)
        "started": None, "completed": None, "cancelled": None, "cancel_reason": None,
        "billing": "invoiced",
        "incomplete": ["service_product", "payer_no", "attachment:consultation_basis"],  # W6
        "at_risk": False, "breached": [], "medical_risk": False, "individual_no": None,
        "device_status": None, "orderer_name": "Per Holm", "description": "Råd om sittlösning"}


def test_order_show_technical_review_cancelled_completed_and_acute_orders(orders):
    review = show(orders, "O-3")  # W8: contact within 10 working days, no lead time
    assert (review["start_by"], review["finish_by"], review["contact_by"]) == (
        None, None, "2026-12-07T16:00")
    cancelled = show(orders, "O-4")
    assert (cancelled["status"], cancelled["cancelled"], cancelled["cancel_reason"]) == (
        "cancelled", "2026-11-23T11:00", "Fel arbetsordertyp")
    done = show(orders, "O-6")
    assert (done["status"], done["completed"], done["breached"], done["at_risk"]) == (
        "completed", "2026-11-20T15:00", [], False)
    acute = show(orders, "O-5")  # C3: 8 working hours, due exactly now: at risk, not breached
    assert (acute["finish_by"], acute["at_risk"], acute["breached"], acute["billing"]) == (
        "2026-11-24T10:00", True, [], "invoiced")
    late = show(orders, "O-5", as_of="2026-11-24T10:01")
    assert (late["at_risk"], late["breached"]) == (False, ["finish"])


def test_c2_order_show_of_a_saturday_registration(orders):
    sat = show(orders, "O-7", as_of="2026-12-02 15:00")
    assert (sat["start_by"], sat["at_risk"], sat["breached"]) == ("2026-12-02T16:00", True, [])
    assert show(orders, "O-7", as_of="2026-12-03 09:00")["breached"] == ["start"]


def test_order_show_without_json_lists_the_same_fields(orders):
    plain = orders("order", "show", "O-1")
    assert plain.code == 0
    keys = [line.split()[0] for line in plain.lines()]
    assert set(keys) == FIELDS
    assert any(line.split() == ["start_by", "2026-11-26T16:00"] for line in plain.lines())


def test_order_show_of_an_unknown_order_is_exit_1_with_one_sentence(orders):
    done = orders("order", "show", "NOPE", "--json")
    assert (done.code, done.out, one_sentence(done.err)) == (1, "", "no order NOPE")


def test_order_pickup_names_the_pickup_and_defaults_to_the_next_working_day(orders):
    friday = "2026-11-27 10:00"
    done = orders("order", "pickup", "O-1", as_of=friday)
    assert done.code == 0, done.err
    pickup_id, sentence = done.out.strip().split(": ", 1)  # CONTRACT: the pickup's id first
    assert pickup_id.isdigit()
    assert sentence == "pickup of IND-1 on 2026-11-30 (order O-1)"  # Monday (C1)
    assert show(orders, "O-1")["device_status"] == "pickup_ordered"  # D2
    again = orders("order", "pickup", "O-1", "--date", "2026-12-01")
    assert again.code == 1 and "pickup" in one_sentence(again.err)


def test_order_pickup_on_a_closed_day_or_without_a_device_changes_nothing(orders):
    holiday = orders("order", "pickup", "O-3", "--date", "2026-12-25")  # juldagen (C1)
    assert holiday.code == 1 and "2026-12-25" in one_sentence(holiday.err)
    assert show(orders, "O-3")["device_status"] == "in_use"
    no_device = orders("order", "pickup", "O-2")
    assert (no_device.code, one_sentence(no_device.err)) == (1, "order O-2 has no device")
    unknown = orders("order", "pickup", "NOPE")
    assert (unknown.code, one_sentence(unknown.err)) == (1, "no order NOPE")
    bad = orders("order", "pickup", "O-3", "--date", "25/12")
    assert bad.code == 2 and "YYYY-MM-DD" in one_sentence(bad.err)
    assert show(orders, "O-3")["device_status"] == "in_use"
