"""Visits, notices and follow-up of periodic inspection on both databases (PM3, PM5, PM6)."""

import io
from datetime import date, datetime, time

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from hmc_desktop.db.models import InspectionVisit, Message, PrintedDocument
from hmc_desktop.domain.errors import DomainError
from hmc_desktop.domain.inspection import StepResult
from hmc_desktop.services.inspections.documents import InspectionPrintService
from hmc_desktop.services.inspections.due import DueFilter, DueListService
from hmc_desktop.services.inspections.followup import InspectionFollowUpService
from hmc_desktop.services.inspections.recording import InspectionService
from hmc_desktop.services.inspections.visits import VisitService
from tests.integration.inspection_centre import TODAY, build_inspection_centre
from tests.integration.test_flow_data import add_order, audit


@pytest.fixture
def centre(make_ctx):
    ctx = make_ctx(TODAY)
    build_inspection_centre(ctx)
    return ctx


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_pm3_a_visit_is_booked_ten_working_days_ahead_for_a_device_in_use(centre):
    visits = VisitService(centre)
    assert visits.earliest() == date(2026, 12, 8)
    with pytest.raises(DomainError, match="earliest day is 2026-12-08"):
        visits.book("L-100", datetime(2026, 12, 7, 9, 0))
    with pytest.raises(DomainError, match="inspected at the centre"):
        visits.book("L-101", datetime(2026, 12, 9, 9, 0))  # in stock: no visit
    view = visits.book("L-100", datetime(2026, 12, 8, 9, 0))
    assert (view.visit_at.strftime("%Y-%m-%d %H:%M"), view.notice) == ("2026-12-08 09:00", "")
    row = next(r for r in DueListService(centre).page(DueFilter(date(2026, 12, 31))).rows
               if r.individual_no == "L-100")
    assert row.visit_at == view.visit_at
    visits.book("L-100", datetime(2026, 12, 9, 13, 0))  # moved: still one booked visit
    with centre.db.reading() as s:
        assert len(s.scalars(select(InspectionVisit)).all()) == 1
    assert ("visit", "visit_at", "2026-12-08 09:00", "2026-12-09 13:00",
            "tester") in audit(centre, "L-100")


def test_pm3_a_route_is_one_postal_area_visited_in_street_order_on_one_day(centre):
    visits = VisitService(centre)
    with pytest.raises(DomainError, match="one postal area"):
        visits.book_route(["L-100", "L-200"], date(2026, 12, 10), time(9, 0))
    with centre.db.reading() as s:
        assert s.scalars(select(InspectionVisit)).all() == []  # nothing of it was booked
    booked = visits.book_route(["S-100", "L-100", "B-100"], date(2026, 12, 10), time(9, 0), 30)
    assert [(v.individual_no, v.visit_at.strftime("%H:%M")) for v in booked] == [
        ("B-100", "09:00"), ("L-100", "09:30"), ("S-100", "10:00")]


def test_pm3_notices_are_a_page_a_user_with_what_the_user_needs_and_no_personnummer(centre):
    visits = VisitService(centre)
    visits.book_route(["L-100", "S-100"], date(2026, 12, 10), time(9, 0))
    visits.book("L-200", datetime(2026, 12, 11, 10, 0))
    with pytest.raises(DomainError):
        InspectionPrintService(centre).notices(["B-100"])  # no visit booked: nothing to tell
    pages = text_of(InspectionPrintService(centre).notices(["L-100", "S-100", "L-200", "B-100"]))
    assert len(pages) == 2  # Åsa Öberg's two devices on one page, Bo Ek's on another
    first = pages[0]  # 411 01 Göteborg comes before 503 30 Borås in route order
    assert "Åsa Öberg" in first and "Storgatan 1" in first
    assert "torsdag 10 december 2026 kl. 09:00–10:30" in first
    assert "L-100" in first and "S-100" in first and "L-200" not in first
    assert "010-473 00 00" in first and "onsdag 9 december 2026" in first  # whom to call, by when
    assert "19400101" not in first and "0016" not in first  # no personnummer
    assert "Bo Ek" in pages[1]
    states = {v.individual_no: v.notice for v in visits.visits(["L-100", "S-100", "L-200"])}
    assert states == {"L-100": "letter", "S-100": "letter", "L-200": "letter"}
    with centre.db.reading() as s:
        assert {d.kind for d in s.scalars(select(PrintedDocument))} == {"inspection_notice"}


def test_pm3_the_orderer_is_told_through_the_outbox_or_no_one_is(centre):
    visits = VisitService(centre)
    visits.book("L-100", datetime(2026, 12, 8, 9, 0))
    visits.book("L-200", datetime(2026, 12, 8, 13, 0))
    add_order(centre, "K-1", "2", "L-100", registered="2026-10-01 09:00")
    with pytest.raises(DomainError, match="L-200 has no order with an orderer"):
        visits.message_orderers(["L-100", "L-200"])
    with centre.db.reading() as s:
        assert s.scalars(select(Message)).all() == []  # refused: nothing queued
    assert visits.visits(["L-100"])[0].notice == ""
    assert visits.message_orderers(["L-100"]) == 1
    with centre.db.reading() as s:
        [msg] = s.scalars(select(Message)).all()
    assert msg.kind == "inspection_notice"
    assert "tisdag 8 december 2026 kl. 09:00" in msg.body and "Eva Ek" in msg.body
    assert visits.visits(["L-100"])[0].notice == "message"


def test_pm4_recording_the_inspection_completes_the_booked_visit(centre):
    VisitService(centre).book("L-100", datetime(2026, 12, 8, 9, 0))
    InspectionService(centre).record("L-100", result="ok")
    assert VisitService(centre).visits(["L-100"]) == []


def test_pm5_the_protocol_shows_the_steps_the_outcome_and_the_next_due_day(centre):
    with pytest.raises(DomainError, match="has not been inspected"):
        InspectionPrintService(centre).protocol("L-100")
    service = InspectionService(centre)
    names = service.form("L-100").steps
    steps = [StepResult(n, "ok") for n in names]
    steps[2] = StepResult(names[2], "not_ok", "Nödsänkningen kärvar")
    steps[3] = StepResult(names[3], "fixed", "Ny batterikabel")
    view = service.record("L-100", steps=steps)
    page = "\n".join(text_of(InspectionPrintService(centre).protocol("L-100")))
    for expected in ("BESIKTNINGSPROTOKOLL", "L-100", "Taklyft Liko LikoGuard", names[2],
                     "Ej OK", "Nödsänkningen kärvar", "Åtgärdat", "Ej godkänd",
                     str(view.order_no), "2027-11-24", "Signatur", "Besiktigat av"):
        assert expected in page, expected


def test_pm6_done_in_time_late_and_overdue_per_product_group(centre, make_ctx):
    service = InspectionService(centre)
    service.record("L-100", result="ok", day=date(2026, 11, 20))  # due 2026-11-30: in time
    service.record("L-101", result="ok", day=date(2026, 11, 24))  # due 2025-01-31: late
    later = make_ctx("2027-03-05 10:00")  # B-100 (due 2027-01-31) and S-100 overdue by then
    report = InspectionFollowUpService(later).report(date(2025, 1, 1), date(2027, 3, 31))
    lifts = next(g for g in report.groups if g.product_group == "Lyftar")
    assert (lifts.due, lifts.on_time, lifts.late, lifts.overdue, lifts.pending) == (3, 1, 1, 1, 0)
    beds = next(g for g in report.groups if g.product_group == "Sängar")
    assert (beds.overdue, beds.share_on_time) == (1, 0.0)
    assert report.total.due == 5
    csv = InspectionFollowUpService(later).csv(date(2025, 1, 1), date(2027, 3, 31))
    assert csv.splitlines()[0] == "product_group;due;on_time;late;overdue;pending;share_on_time"
    assert "Lyftar;3;1;1;1;0;33.3" in csv.splitlines()
    assert csv.splitlines()[-1] == "total;5;1;1;3;0;20.0"
