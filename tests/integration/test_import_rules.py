"""The import keeps the rules of the trade on both databases: D2 (scrapped is final, a blocked
device is not handed out), W10 (what it fills in is audited), cells PostgreSQL would refuse
are rejected rows with FILE:LINE, and a misspelt column is named, not silently dropped."""

from sqlalchemy import select

from hmc_desktop.db.models import Article, AuditEntry, Device, Orderer
from hmc_desktop.domain.blocking import BlockKind
from hmc_desktop.services.core import blocking
from hmc_desktop.services.imports.bulk import BulkImportService
from hmc_desktop.services.imports.importer import ImportService

AS_OF = "2026-11-24 10:00"


def _import(ctx, tmp_path, text: str, name: str = "in.csv", service=ImportService):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return service(ctx).import_file(str(path))


def _device(ctx, number: str) -> tuple[str, str | None]:
    with ctx.db.reading() as s:
        d = s.scalars(select(Device).where(Device.individual_no == number)).unique().one()
        return d.status, d.holder.name if d.holder else None


def test_a_scrapped_device_is_not_brought_back_by_a_devices_file(make_ctx, tmp_path):
    ctx = make_ctx(AS_OF)
    _import(ctx, tmp_path, "individual_no;article_no;status\nD-1;A-1;scrapped\nD-2;A-1;in_stock\n")
    report = _import(ctx, tmp_path, "individual_no;article_no;status;holder\n"
                                    "D-1;A-1;in_use;Åsa Öberg\nD-2;A-1;in_use;Åsa Öberg\n")
    assert report.summary() == "imported: 0 new, 1 updated, 0 unchanged, 1 rejected"
    assert report.rejected_lines() == [
        f"{tmp_path / 'in.csv'}:2: status: the device D-1 is scrapped, and a scrapped device "
        "never becomes in_use again (D2)"]
    assert _device(ctx, "D-1") == ("scrapped", None)
    assert _device(ctx, "D-2") == ("in_use", "Åsa Öberg")


def test_a_blocked_device_is_not_handed_out_by_a_devices_file(make_ctx, tmp_path):
    ctx = make_ctx(AS_OF)
    _import(ctx, tmp_path, "individual_no;article_no;status\nD-9;A-1;in_stock\n")
    with ctx.db.transaction() as s:
        device = s.scalars(select(Device).where(Device.individual_no == "D-9")).unique().one()
        blocking.block(s, device, BlockKind.RECALL, "Bromsen kan lossna", "tester",
                       ctx.clock.now(), ref_id=7)
    report = _import(ctx, tmp_path, "individual_no;article_no;holder\nD-9;A-1;Åsa Öberg\n")
    assert report.rejected == 1
    assert report.rejected_lines() == [
        f"{tmp_path / 'in.csv'}:2: status: device D-9 is blocked by recall campaign 7 (Bromsen kan "
        "lossna) and cannot be handed out until a technician releases it"]
    assert _device(ctx, "D-9") == ("in_stock", None)
    with ctx.db.reading() as s:  # nobody was made for the refused row
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.entity == "holder")) is None


def test_the_digital_flag_and_filled_in_values_are_audited(make_ctx, tmp_path):
    ctx = make_ctx(AS_OF)
    _import(ctx, tmp_path, "individual_no;article_no;digital\nD-1;A-1;nej\n")
    _import(ctx, tmp_path, "individual_no;article_no;digital\nD-1;A-1;ja\n")
    _import(ctx, tmp_path, "order_no;type;registered;individual_no;orderer_name;orderer_unit\n"
                           "W-1;1;2026-11-23 09:00;D-1;Eva Ek;Rehab\n")
    _import(ctx, tmp_path, "order_no;type;registered;individual_no;orderer_name;orderer_unit;"
                           "payer_no\nW-2;1;2026-11-23 09:00;D-1;Eva Ek;Rehab;4711\n")
    with ctx.db.reading() as s:
        assert s.scalar(select(Article.digital).where(Article.article_no == "A-1")) is True
        orderer_id = s.scalar(select(Orderer.id).where(Orderer.name == "Eva Ek"))
        entries = s.execute(select(AuditEntry.entity, AuditEntry.entity_key, AuditEntry.field,
                                   AuditEntry.old, AuditEntry.new, AuditEntry.who)
                            .where(AuditEntry.entity.in_(("article", "orderer")))).all()
    assert ("article", "A-1", "digital", "false", "true", "tester") in entries
    assert ("orderer", str(orderer_id), "payer_no", "", "4711", "tester") in entries


def test_a_value_longer_than_its_column_is_rejected_the_same_on_both_databases(make_ctx, tmp_path):
    """PostgreSQL failed the whole file without FILE:LINE; SQLite stored it."""
    ctx = make_ctx(AS_OF)
    long_no = "O" * 41
    report = _import(ctx, tmp_path, "order_no;type;registered;individual_no;article_no\n"
                                    f"{long_no};1;2026-11-23 09:00;D-1;A-1\n"
                                    "OK-1;1;2026-11-23 09:00;D-2;A-1\n")
    assert report.summary() == "imported: 1 new, 0 updated, 0 unchanged, 1 rejected"
    assert report.rejected_lines() == [
        f"{tmp_path / 'in.csv'}:2: order_no: 41 characters, but at most 40 fit"]


def test_a_misspelt_column_is_named_in_a_warning(make_ctx, tmp_path):
    ctx = make_ctx(AS_OF)
    report = _import(ctx, tmp_path, "order_no;type;registered;individual_no;article_no;"
                                    "user_personummer\nM-1;1;2026-11-23 09:00;D-1;A-1;"
                                    "19121212-1212\n")
    assert report.summary() == "imported: 1 new, 0 updated, 0 unchanged, 0 rejected"
    assert report.warnings == [
        f"{tmp_path / 'in.csv'}: the column 'user_personummer' (did you mean "
        "'user_personnummer'?) is not an orders column and is ignored; its values were not "
        "imported"]


def test_the_bulk_route_rejects_the_same_cells(make_ctx, tmp_path):
    ctx = make_ctx(AS_OF)
    rows = [f"B-{i};1;2026-11-23 09:00;D-B{i};A-1;Brukare {i}" for i in range(250)]
    rows[7] = "B-7;1;2026-11-23 09:00;D-B7;A-1;Brukare\u202e7"
    report = _import(ctx, tmp_path, "order_no;type;registered;individual_no;article_no;"
                                    "user_name\n" + "\n".join(rows) + "\n",
                     service=BulkImportService)
    assert report.summary() == "imported: 249 new, 0 updated, 0 unchanged, 1 rejected"
    assert ":9: user_name: contains U+202E" in report.rejected_lines()[0]


def test_an_import_that_meets_a_concurrent_change_is_applied_again(make_ctx, tmp_path,
                                                                    monkeypatch):
    import pytest
    from sqlalchemy.orm.exc import StaleDataError

    from hmc_desktop.domain.errors import DomainError

    ctx = make_ctx(AS_OF)
    real = ImportService._apply_orders
    met = {"times": 0, "limit": 1}

    def racing(self, session, rows, report):
        real(self, session, rows, report)
        if met["times"] < met["limit"]:
            met["times"] += 1
            raise StaleDataError("another workstation saved the order first")

    monkeypatch.setattr(ImportService, "_apply_orders", racing)
    text = "order_no;type;registered;individual_no;article_no\nRA-1;1;2026-11-23 09:00;D-1;A-1\n"
    assert _import(ctx, tmp_path, text).summary() == (
        "imported: 1 new, 0 updated, 0 unchanged, 0 rejected")  # counted once, stored once
    met.update(times=0, limit=3)
    with pytest.raises(DomainError) as refused:
        _import(ctx, tmp_path, text.replace("RA-1", "RA-2"))
    assert str(refused.value).startswith("the import met other workstations' changes to the "
                                         "same orders 3 times and stored nothing")
    with ctx.db.reading() as s:
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.entity_key == "RA-2")) is None
