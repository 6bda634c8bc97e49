"""The device import's inspection columns on both databases (CONTRACT: inspection_interval_months
sets the article's interval, empty leaves it; last_inspected), and D2 on the import path."""

from datetime import date

import pytest
from sqlalchemy import select

from hmc_desktop.db.models import Device, InspectionPlan
from hmc_desktop.services.imports.bulk import BulkImportService
from hmc_desktop.services.inspections.due import DueListService
from hmc_desktop.services.inspections.recording import InspectionService
from tests.integration.inspection_centre import TODAY, build_inspection_centre
from tests.integration.test_flow_data import audit


@pytest.fixture
def centre(make_ctx):
    ctx = make_ctx(TODAY)
    build_inspection_centre(ctx)
    return ctx


def run(ctx, tmp_path, text, name="devices.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = BulkImportService(ctx).import_file(str(path))
    return report.summary(), report.rejected_lines()


def device(ctx, number):
    with ctx.db.reading() as s:
        d = s.scalars(select(Device).where(Device.individual_no == number)).unique().one()
        return d.last_inspected, d.inspection_due


def test_pm1_the_interval_column_sets_the_articles_own_interval_and_empty_leaves_it(centre, tmp_path):
    text = ("individual_no;article_no;article_name;delivered;inspection_interval_months;last_inspected\n"
            "R-1;500100;Rollator Topro;2026-02-15;6;\n"
            "R-2;500100;Rollator Topro;2026-03-31;;2026-09-30\n")
    assert run(centre, tmp_path, text) == ("imported: 2 new, 0 updated, 0 unchanged, 0 rejected", [])
    assert device(centre, "R-1") == (None, date(2026, 8, 15))  # delivered + the new 6 months
    assert device(centre, "R-2") == (date(2026, 9, 30), date(2027, 3, 30))
    assert ("import", "interval_months", "", "6", "tester") in audit(centre, "article:500100",
                                                                     "inspection_plan")
    assert run(centre, tmp_path, text)[0] == "imported: 0 new, 0 updated, 2 unchanged, 0 rejected"
    later = text.replace(";6;", ";;")  # an empty interval leaves the article's as it is
    assert run(centre, tmp_path, later)[0] == "imported: 0 new, 0 updated, 2 unchanged, 0 rejected"
    with centre.db.reading() as s:
        assert s.scalar(select(InspectionPlan.interval_months).where(
            InspectionPlan.article_id.is_not(None))) == 6
    zero = text.replace(";6;", ";0;")  # 0: this article is not inspected
    run(centre, tmp_path, zero)
    assert device(centre, "R-1") == (None, None)
    assert "R-1" not in [r.individual_no for r in DueListService(centre).due(date(2030, 1, 1))]


def test_pm1_pm2_a_file_that_contradicts_itself_or_the_calendar_is_rejected_by_row(centre, tmp_path):
    text = ("individual_no;article_no;delivered;inspection_interval_months;last_inspected\n"
            "R-1;500100;2026-02-15;6;\n"
            "R-2;500100;2026-02-15;12;\n"
            "R-3;500100;2026-02-15;;2026-11-25\n"
            "R-4;500100;2026-02-15;121;\n")
    summary, lines = run(centre, tmp_path, text)
    assert summary == "imported: 1 new, 0 updated, 0 unchanged, 3 rejected"
    assert lines == [
        f"{tmp_path / 'devices.csv'}:3: inspection_interval_months: article 500100 is given 6 "
        "months on line 2",
        f"{tmp_path / 'devices.csv'}:4: last_inspected: 2026-11-25 has not come yet",
        f"{tmp_path / 'devices.csv'}:5: inspection_interval_months: expected 0 to 120 months "
        "(0: not inspected), got 121",
    ]


def test_pm2_an_imported_last_inspection_never_undoes_one_recorded_here(centre, tmp_path):
    InspectionService(centre).record("L-100", result="ok", day=date(2026, 11, 20))
    text = "individual_no;article_no;last_inspected\nL-100;121206;2026-01-10\nB-100;181201;2026-01-10\n"
    assert run(centre, tmp_path, text)[0] == "imported: 0 new, 1 updated, 1 unchanged, 0 rejected"
    assert device(centre, "L-100") == (date(2026, 11, 20), date(2027, 11, 20))
    assert device(centre, "B-100") == (date(2026, 1, 10), date(2028, 1, 10))


def test_d2_an_import_does_not_hand_out_an_overdue_device_unless_it_says_it_was_inspected(
        centre, tmp_path):
    text = "individual_no;article_no;holder;status\nL-101;121206;Bo Ek;in_use\n"
    summary, [line] = run(centre, tmp_path, text)
    assert summary == "imported: 0 new, 0 updated, 0 unchanged, 1 rejected"
    assert line.endswith("status: device L-101 is blocked: its periodic inspection was due "
                         "2025-01-31, and it cannot be handed out until it is inspected")
    with centre.db.reading() as s:
        assert s.scalar(select(Device.status).where(Device.individual_no == "L-101")) == "in_stock"
    inspected = ("individual_no;article_no;holder;status;last_inspected\n"
                 "L-101;121206;Bo Ek;in_use;2026-11-23\n")
    assert run(centre, tmp_path, inspected)[0] == "imported: 0 new, 1 updated, 0 unchanged, 0 rejected"
    assert device(centre, "L-101") == (date(2026, 11, 23), date(2027, 11, 23))
