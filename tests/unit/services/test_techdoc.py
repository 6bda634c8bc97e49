"""Technical documentation (S2, S5): log entries, attachments (25 MB limit), type 9 deviation class; W10."""

from datetime import datetime

import pytest
from sqlalchemy import select

from hmc_desktop.db.models import Attachment, AuditEntry, DocEntry, WorkOrder
from hmc_desktop.domain.calendar import TZ
from hmc_desktop.domain.errors import DomainError, NotAllowed, NotFound, ValidationError
from hmc_desktop.services.orders.techdoc import (
    ATTACHMENT_LIMIT,
    DEVIATION_CLASSES,
    TechDocService,
    file_name_of,
)

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)


@pytest.fixture
def ctx(make_ctx):
    ctx = make_ctx("2026-11-24 10:00")
    with ctx.db.transaction() as s:
        for no, code, mailbox, incomplete in (
            ("S-1", "SDH", "Support digitala hjälpmedel", ""),
            ("M-9", "9", "Medicinteknik", ""),
            ("P-6", "6", "Specialanpassning", "attachment:special_adaptation_instruction"),
        ):
            s.add(WorkOrder(order_no=no, type_code=code, mailbox=mailbox, status="started",
                            registered=datetime(2026, 11, 20, 9, 0, tzinfo=TZ), billing="included",
                            incomplete=incomplete, description="Skärmen svart"))
    return ctx


def audit(ctx, key, action):
    with ctx.db.reading() as s:
        return [(a.field, a.old, a.new, a.who) for a in s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "order", AuditEntry.entity_key == key,
                                     AuditEntry.action == action).order_by(AuditEntry.id))]


def test_entries_are_logged_with_author_time_and_audit(ctx):
    docs = TechDocService(ctx)
    first = docs.add_entry("S-1", "step", "  Startade om surfplattan ", 10)
    docs.add_entry("S-1", "outcome", "Löst på distans", 5)
    assert (first.kind, first.text, first.minutes, first.author) == (
        "step", "Startade om surfplattan", 10, "tester")
    assert first.at == NOW
    entries = docs.entries("S-1")
    assert [e.kind for e in entries] == ["step", "outcome"]
    view = docs.load("S-1")
    assert view.total_minutes == 15 and view.header.type_code == "SDH"
    assert not view.header.classifiable
    assert audit(ctx, "S-1", "doc") == [
        ("step", None, "Startade om surfplattan (10 min)", "tester"),
        ("outcome", None, "Löst på distans (5 min)", "tester"),
    ]


@pytest.mark.parametrize(("kind", "text", "minutes", "key"), [
    ("guess", "x", 0, "doc_kind_unknown"),
    ("note", "   ", 0, "doc_text_required"),
    ("note", "x", -1, "doc_minutes_range"),
    ("note", "x", 24 * 60 + 1, "doc_minutes_range"),
])
def test_invalid_entries_are_refused(ctx, kind, text, minutes, key):
    with pytest.raises(ValidationError) as err:
        TechDocService(ctx).add_entry("S-1", kind, text, minutes)
    assert err.value.key == key
    with ctx.db.reading() as s:
        assert s.scalar(select(DocEntry.id)) is None


def test_unknown_order_and_unknown_login_are_refused(ctx, make_ctx):
    with pytest.raises(NotFound, match="no order X-1"):
        TechDocService(ctx).add_entry("X-1", "note", "x", 0)
    stranger = TechDocService(make_ctx("2026-11-24 10:00", login="okänd"))
    with pytest.raises(NotAllowed):
        stranger.add_entry("S-1", "note", "x", 0)
    with pytest.raises(NotAllowed):
        stranger.add_attachment("S-1", "a.txt", b"x")
    with pytest.raises(NotAllowed):
        stranger.set_deviation_class("M-9", "other")


def test_attachment_round_trip_without_content_in_listing(ctx):
    docs = TechDocService(ctx)
    info = docs.add_attachment("S-1", r"C:\Users\tekn\Skärmbild 1.png", b"\x89PNG data", "other")
    assert (info.file_name, info.size, info.received, info.added_by) == (
        "Skärmbild 1.png", 9, True, "tester")
    [listed] = docs.attachments("S-1")
    assert listed == info
    assert docs.attachment_content(info.id) == ("Skärmbild 1.png", b"\x89PNG data")
    assert audit(ctx, "S-1", "attach") == [
        ("attachment", None, "Skärmbild 1.png (other, 9 B)", "tester")]
    with pytest.raises(NotFound):
        docs.attachment_content(info.id + 100)


def test_attachment_above_25_mb_is_refused_with_a_sentence(ctx):
    with pytest.raises(ValidationError) as err:
        TechDocService(ctx).add_attachment("S-1", "film.mp4", b"\0" * (ATTACHMENT_LIMIT + 1))
    assert err.value.key == "attachment_too_large"
    assert err.value.message("sv") == "Bilagan ”film.mp4” är 25.0 MB; gränsen är 25 MB"
    assert str(err.value) == "the attachment 'film.mp4' is 25.0 MB; the limit is 25 MB"
    with pytest.raises(ValidationError, match=r"26\.0 MB"):
        TechDocService(ctx).add_attachment("S-1", "film.mp4", b"\0" * (26 * 1024 * 1024))
    with pytest.raises(ValidationError) as empty:
        TechDocService(ctx).add_attachment("S-1", "tom.txt", b"")
    assert empty.value.key == "attachment_empty"
    assert TechDocService(ctx).attachments("S-1") == []
    assert audit(ctx, "S-1", "attach") == []


def test_required_attachment_completes_the_order_w6(ctx):
    TechDocService(ctx).add_attachment("P-6", "anvisning.pdf", b"%PDF-1.4",
                                       "special_adaptation_instruction")
    with ctx.db.reading() as s:
        assert s.scalar(select(WorkOrder.incomplete).where(WorkOrder.order_no == "P-6")) == ""
    assert ("incomplete", "attachment:special_adaptation_instruction", "", "tester") in audit(
        ctx, "P-6", "attach")


def test_announced_attachment_is_filled_in(ctx):
    with ctx.db.transaction() as s:
        order_id = s.scalar(select(WorkOrder.id).where(WorkOrder.order_no == "S-1"))
        s.add(Attachment(order_id=order_id, file_name="logg.txt", kind="other", content=None,
                         size=0, added_by="import", added_at=NOW))
    docs = TechDocService(ctx)
    [announced] = docs.attachments("S-1")
    assert not announced.received
    with pytest.raises(DomainError) as err:
        docs.attachment_content(announced.id)
    assert err.value.key == "attachment_not_received"
    filled = docs.add_attachment("S-1", "logg.txt", b"rad 1\n")
    assert filled.id == announced.id and filled.received
    assert docs.attachment_content(announced.id) == ("logg.txt", b"rad 1\n")


def test_deviation_class_only_for_type_9(ctx):
    docs = TechDocService(ctx)
    header = docs.set_deviation_class("M-9", "handling_error")
    assert header.deviation_class == "handling_error" and header.classifiable
    assert DEVIATION_CLASSES["handling_error"] == "Hanteringsfel"
    docs.set_deviation_class("M-9", "handling_error")  # unchanged: no second audit entry
    assert audit(ctx, "M-9", "classify") == [("deviation_class", None, "handling_error", "tester")]
    with pytest.raises(DomainError) as err:
        docs.set_deviation_class("S-1", "product_fault")
    assert err.value.key == "deviation_class_type"
    assert "typ SDH" in err.value.message("sv")
    with pytest.raises(ValidationError):
        docs.set_deviation_class("M-9", "bad_luck")
    assert docs.load("M-9").header.deviation_class == "handling_error"


def test_deviation_classes_are_the_six_of_the_brief():
    assert list(DEVIATION_CLASSES.values()) == [
        "Produktfel", "Använd till fel ändamål", "Bristande information", "Bristande underhåll",
        "Hanteringsfel", "Annat"]


def test_file_name_of_paths():
    assert file_name_of("/home/a/b.pdf") == "b.pdf"
    assert file_name_of(r"C:\x\y z.docx") == "y z.docx"
    assert file_name_of("bara.txt") == "bara.txt"
