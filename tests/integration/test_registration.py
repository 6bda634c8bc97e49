"""Registering orders by phone and fax (W1–W3, W6–W8, W10, C1–C3) on both databases."""

import json
import re

import pytest
from sqlalchemy import select

from hmc_desktop.cli import main
from hmc_desktop.db.models import Attachment, AuditEntry, Orderer, WorkOrder
from hmc_desktop.domain.errors import DomainError, NotAllowed, NotFound, ValidationError
from hmc_desktop.domain.sla import compute_deadlines
from hmc_desktop.services.core.clock import fmt_minute
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.registration.registration import (
    AttachmentDraft,
    OrderDraft,
    RegistrationService,
)
from tests.integration.test_flow_data import add_order, audit, build_centre, local

NOW = "2026-11-23 09:00"  # Monday
CB = AttachmentDraft("underlag.pdf", "consultation_basis", b"%PDF-1.4 underlag")
SAI = AttachmentDraft(r"C:\Users\kund\anvisning.pdf", "special_adaptation_instruction", b"%PDF-1.4 a")
# code → (mailbox, start_by, finish_by, billing), registered Monday 23 Nov 2026 09:00 (DOMAIN table)
EXPECTED = {
    "0": ("Underhåll", "2026-11-26T16:00", "2026-12-07T16:00", "included"),
    "1": ("Underhåll", "2026-11-26T16:00", "2026-12-07T16:00", "included"),
    "2": ("Underhåll", "2026-11-26T16:00", "2026-12-07T16:00", "included"),
    "3": ("Underhåll", None, "2026-11-24T09:00", "invoiced"),
    "4": ("Anpassning", None, None, "included"),
    "5": ("Konsulent", "2026-12-14T16:00", None, "invoiced"),
    "6": ("Specialanpassning", None, None, "invoiced"),
    "7": ("Specialanpassning", None, None, "invoiced"),
    "8": ("Montering", None, None, "included"),
    "9": ("Medicinteknik", None, None, "included"),
    "10": ("Montering", None, None, "invoiced"),
    "12": ("Underhåll", "2026-11-26T16:00", "2026-12-07T16:00", "agreement"),
    "13": ("Underhåll", None, "2026-11-24T09:00", "agreement"),
    "SDH": ("Support digitala hjälpmedel", "2026-11-26T16:00", "2026-12-07T16:00", "included"),
}


@pytest.fixture
def centre(make_ctx):
    ctx = make_ctx(NOW)
    build_centre(ctx)
    return ctx


def orderer_id(ctx) -> int:
    with ctx.db.reading() as s:
        return s.scalar(select(Orderer.id).where(Orderer.name == "Eva Ek"))


def complete_draft(ctx, code: str, **kw) -> OrderDraft:
    """A draft of ``code`` with everything its type requires (W6)."""
    base = {"type_code": code, "individual_no": "D-200" if code != "SDH" else "D-100",
            "orderer_id": orderer_id(ctx), "description": "Bromsen tar dåligt"}
    if code == "5":
        base.update(individual_no="", service_product="Konsultation sittande", payer_no="111",
                    attachments=(CB,))
    if code in ("6", "7"):
        base["attachments"] = (SAI,)
    base.update(kw)
    return OrderDraft(**base)


def stored(ctx, order_no: str) -> WorkOrder:
    with ctx.db.reading() as s:
        return s.scalars(select(WorkOrder).where(WorkOrder.order_no == order_no)).unique().one()


@pytest.mark.parametrize("code", list(EXPECTED))
def test_each_type_lands_in_its_mailbox_with_the_sla_deadlines(centre, db_url, capsys, code):
    view = RegistrationService(centre).register(complete_draft(centre, code))
    mailbox, start_by, finish_by, billing = EXPECTED[code]
    assert re.fullmatch(r"HMC2026-\d{6}", view.order_no)
    assert (view.type, view.mailbox, view.status, view.billing, view.incomplete) == (
        code, mailbox, "registered", billing, [])
    assert (fmt_minute(view.deadlines.start_by), fmt_minute(view.deadlines.finish_by)) == (
        start_by, finish_by)
    assert view.deadlines == compute_deadlines(centre.catalogue.get(code), local(NOW),
                                               centre.calendar)
    # the same answer as the contract's `sla` and `order show` commands
    assert main(["--db", db_url, "--as-of", NOW, "sla", "--type", code, "--registered", NOW,
                 "--json"]) == 0
    sla = json.loads(capsys.readouterr().out)
    assert main(["--db", db_url, "--as-of", NOW, "order", "show", view.order_no, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    for key in ("start_by", "finish_by", "contact_by", "registered"):
        assert shown[key] == sla[key]
    assert (shown["mailbox"], shown["billing"], shown["incomplete"]) == (mailbox, billing, [])


def test_order_numbers_follow_each_other_and_retry_when_taken(centre, monkeypatch):
    service = RegistrationService(centre)
    first = service.register(complete_draft(centre, "1")).order_no
    assert first == "HMC2026-000001"
    assert service.register(complete_draft(centre, "4")).order_no == "HMC2026-000002"
    real = RegistrationService.next_number
    calls = []

    def taken_once(session, now):  # another workstation saved HMC2026-000001 a moment before
        calls.append(now)
        return first if len(calls) == 1 else real(session, now)

    monkeypatch.setattr(RegistrationService, "next_number", staticmethod(taken_once))
    assert service.register(complete_draft(centre, "9")).order_no == "HMC2026-000003"
    assert len(calls) == 2


def test_type_8_of_a_simple_aid_is_invoiced(centre):
    service = RegistrationService(centre)
    draft = complete_draft(centre, "8", individual_no="D-300")  # Duschpall: a simple aid
    assert service.preview(draft).billing == "invoiced"
    assert service.register(draft).billing == "invoiced"
    assert service.register(complete_draft(centre, "8")).billing == "included"


def test_w6_incomplete_order_is_saved_flagged_and_cannot_start(centre):
    service = RegistrationService(centre)
    draft = OrderDraft("5", orderer_id=orderer_id(centre), description="Råd om sittande",
                       source="fax")
    preview = service.preview(draft)
    assert preview.can_save and preview.missing == (
        "service_product", "payer_no", "attachment:consultation_basis")
    view = service.register(draft)
    assert view.incomplete == list(preview.missing) and view.individual_no is None
    assert ("register", "incomplete", "", "service_product|payer_no|attachment:consultation_basis",
            "tester") in audit(centre, view.order_no)
    assert stored(centre, view.order_no).source == "fax"
    with pytest.raises(DomainError) as err:
        OrderService(centre).start(view.order_no)
    assert err.value.key == "incomplete"


def test_attachments_are_stored_with_their_content_and_complete_the_order(centre):
    view = RegistrationService(centre).register(complete_draft(centre, "6"))
    assert view.incomplete == []
    with centre.db.reading() as s:
        [(name, kind, content, size)] = s.execute(
            select(Attachment.file_name, Attachment.kind, Attachment.content, Attachment.size)
            .join(WorkOrder).where(WorkOrder.order_no == view.order_no)).all()
    assert (name, kind, bytes(content), size) == ("anvisning.pdf", "special_adaptation_instruction",
                                                  SAI.content, len(SAI.content))
    big = AttachmentDraft("stor.pdf", "other", b"x" * (25 * 1024 * 1024 + 1))
    with pytest.raises(ValidationError) as err:
        RegistrationService(centre).register(complete_draft(centre, "1", attachments=(big,)))
    assert err.value.key == "attachment_too_large"
    announced = AttachmentDraft("underlag.pdf", "consultation_basis", b"")  # still on disk
    assert RegistrationService(centre).preview(complete_draft(centre, "5", attachments=(announced,))
                                               ).missing == ()


def test_likely_duplicate_lists_open_orders_of_the_same_kind(centre):
    add_order(centre, "U-1", "1", "D-200")
    add_order(centre, "S-1", "SDH", "D-100")
    service = RegistrationService(centre)
    assert service.preview(complete_draft(centre, "2")).duplicates == ("U-1",)  # both corrective
    assert service.preview(complete_draft(centre, "3", ordered_by_name="Eva Ek")).duplicates == ("U-1",)
    assert service.preview(complete_draft(centre, "4")).duplicates == ()  # adaptation: another kind
    preview = service.preview(complete_draft(centre, "SDH"))
    assert preview.duplicates == ("S-1",) and preview.can_save
    assert preview.warnings[0].message() == (
        "Hjälpmedel D-100 har redan en öppen arbetsorder av samma slag: S-1")
    view = service.register(complete_draft(centre, "1"))  # saving anyway is the person's call
    assert ("register", "duplicate_of", "", "U-1", "tester") in audit(centre, view.order_no)
    OrderService(centre).cancel("U-1", "Dubblett")
    assert service.preview(complete_draft(centre, "2")).duplicates == (view.order_no,)


def test_w7_acute_needs_a_prescriber_unless_home_medical_treatment(centre):
    service = RegistrationService(centre)
    by_patient = complete_draft(centre, "3", orderer_id=None, ordered_by_role="patient",
                                ordered_by_name="Åsa Öberg")
    [problem] = service.preview(by_patient).problems
    assert problem.key == "prescriber_only"
    with pytest.raises(DomainError) as err:
        service.register(by_patient)
    assert err.value.message("sv").startswith(
        "En arbetsorder av typ 3 måste beställas av en förskrivare, inte av patienten")
    view = service.register(complete_draft(centre, "3", orderer_id=None, ordered_by_role="patient",
                                           ordered_by_name="Åsa Öberg", home_medical_treatment=True))
    order = stored(centre, view.order_no)
    assert (order.ordered_by_role, order.ordered_by_name) == ("patient", "Åsa Öberg")
    assert ("register", "w7_exception", "", "medicinsk behandling i hemmet", "tester") in audit(
        centre, view.order_no)
    prescribed = service.register(complete_draft(centre, "13"))  # the orderer is the prescriber
    assert stored(centre, prescribed.order_no).ordered_by_name == "Eva Ek"
    nobody = complete_draft(centre, "3", orderer_id=None)
    assert [p.key for p in service.preview(nobody).problems] == ["orderer_name_required"]


def test_w8_technical_review_only_on_0_to_2_with_a_contact_deadline(centre):
    service = RegistrationService(centre)
    view = service.register(complete_draft(centre, "2", technical_review=True))
    assert view.technical_review
    assert fmt_minute(view.deadlines.contact_by) == "2026-12-07T16:00"
    assert view.deadlines.start_by is None and view.deadlines.finish_by is None
    preview = service.preview(complete_draft(centre, "4", technical_review=True))
    assert [p.key for p in preview.problems] == ["technical_review_type"]
    with pytest.raises(DomainError) as err:
        service.register(complete_draft(centre, "4", technical_review=True))
    assert err.value.key == "technical_review_type"


def test_adaptation_records_where_and_whether_the_prescriber_takes_part(centre):
    service = RegistrationService(centre)
    view = service.register(complete_draft(centre, "4", work_location="home",
                                           prescriber_participates=True))
    order = stored(centre, view.order_no)
    assert (order.work_location, order.prescriber_participates) == ("home", True)
    with pytest.raises(ValidationError) as err:
        service.preview(complete_draft(centre, "1", work_location="home"))
    assert err.value.key == "work_location_type"
    with pytest.raises(ValidationError):
        service.preview(complete_draft(centre, "4", source="email"))


def test_unknown_individual_number_then_register_the_device(centre):
    service = RegistrationService(centre)
    draft = complete_draft(centre, "1", individual_no="D-999")
    preview = service.preview(draft)
    assert preview.device_unknown and [p.key for p in preview.problems] == ["device_unknown"]
    with pytest.raises(DomainError) as err:
        service.register(draft)
    assert "rätta numret eller registrera hjälpmedlet" in err.value.message("sv")
    with pytest.raises(NotFound):
        service.register_device("D-999", "000000")
    with pytest.raises(ValidationError):
        service.register_device("D-999", "120601", holder_name="Nils Nord",
                                holder_personnummer="19450312-1231")
    facts = service.register_device("D-999", "120601", holder_name="Nils Nord",
                                    holder_personnummer="450312-1230",
                                    holder_address="Ekvägen 2, 504 30 Borås")
    assert (facts.article_name, facts.status, facts.holder_name) == (
        "Rollator Topro Olympos", "in_use", "Nils Nord")
    assert ("register", "status", "", "in_use", "tester") in audit(centre, "D-999", "device")
    same = service.register_device("D-997", "120601", holder_personnummer="19450312-1230")
    assert same.holder_name == "Nils Nord"  # found again by personnummer
    assert service.register(draft).individual_no == "D-999"
    with pytest.raises(DomainError) as err:
        service.register_device("D-999", "120601")
    assert err.value.key == "device_exists"
    stock = service.register_device("D-998", "120601")
    assert (stock.status, stock.holder_name) == ("in_stock", None)


def test_device_facts_show_the_holder_only_to_roles_that_need_it(make_ctx, centre):
    add_order(centre, "U-1", "1", "D-200")
    facts = RegistrationService(centre).device_facts("D-200")
    assert facts is not None and facts.holder_name == "Åsa Öberg"
    assert facts.open_orders == (("U-1", "1"),) and not facts.digital
    warehouse = RegistrationService(make_ctx(NOW, login="lager1")).device_facts("D-200")
    assert warehouse is not None and warehouse.holder_name is None
    assert RegistrationService(centre).device_facts("nope") is None


def test_find_and_add_orderers(centre):
    service = RegistrationService(centre)
    added = service.add_orderer(" Örjan Åberg ", "Vårdcentral Ödåkra", "5501")
    assert service.add_orderer("Örjan Åberg", "Vårdcentral Ödåkra").id == added.id
    service.add_orderer("Anna Berg", "Rehab Öst", "7700")
    assert ("create", "created", "", "Örjan Åberg, Vårdcentral Ödåkra (5501)", "tester") in audit(
        centre, str(added.id), "orderer")
    assert [o.name for o in service.find_orderers("örjan")] == ["Örjan Åberg"]
    assert [o.name for o in service.find_orderers("ödåkra")] == ["Örjan Åberg"]
    assert [o.name for o in service.find_orderers("550")] == ["Örjan Åberg"]
    assert [o.name for o in service.find_orderers("berg")] == ["Anna Berg", "Örjan Åberg"]
    assert service.find_orderers("e")[0].name == "Eva Ek"  # name prefix first
    assert len(service.find_orderers("", limit=2)) == 2
    with pytest.raises(ValidationError):
        service.add_orderer("  ")


def test_update_refuses_a_type_change_and_audits_the_rest(centre):
    service = RegistrationService(centre)
    view = service.register(complete_draft(centre, "1"))
    no = view.order_no
    with pytest.raises(DomainError) as err:
        service.update(no, {"type_code": "2"})
    assert err.value.message("sv") == ("En arbetsorders typ kan inte ändras; makulera den och "
                                       "registrera en ny arbetsorder")
    service.update(no, {"type_code": "01", "description": "Bromsen och ett hjul"})
    after = service.update(no, {"technical_review": True, "medical_risk": True})
    assert fmt_minute(after.deadlines.contact_by) == "2026-12-07T16:00"
    assert after.deadlines.start_by is None and after.medical_risk
    trail = audit(centre, no)
    assert ("update", "description", "Bromsen tar dåligt", "Bromsen och ett hjul", "tester") in trail
    assert ("update", "technical_review", "false", "true", "tester") in trail
    assert any(a == "update" and f == "start_by" and o and not n for a, f, o, n, _w in trail)
    moved = service.update(no, {"registered": local("2026-11-24 09:00"), "technical_review": False})
    assert fmt_minute(moved.deadlines.start_by) == "2026-11-27T16:00"
    with pytest.raises(ValidationError):
        service.update(no, {"billing": "invoiced"})
    with pytest.raises(DomainError) as err:
        service.update(no, {"description": " "})
    assert err.value.key == "description_required"
    OrderService(centre).cancel(no, "Fel arbetsordertyp")
    with pytest.raises(DomainError) as err:
        service.update(no, {"description": "igen"})
    assert err.value.key == "order_closed"


def test_update_changes_the_device_and_rechecks_w6_and_w7(centre):
    service = RegistrationService(centre)
    no = service.register(complete_draft(centre, "8")).order_no
    assert service.update(no, {"individual_no": "D-300"}).billing == "invoiced"  # a simple aid
    with pytest.raises(NotFound):
        service.update(no, {"individual_no": "D-999"})
    consult = service.register(OrderDraft("5", description="Råd")).order_no
    assert service.update(consult, {"payer_no": "111", "service_product": "Konsultation sittande"}
                          ).incomplete == ["attachment:consultation_basis"]
    acute = service.register(complete_draft(centre, "3")).order_no
    with pytest.raises(DomainError) as err:
        service.update(acute, {"ordered_by_role": "relative", "ordered_by_name": "Per Öberg"})
    assert err.value.key == "prescriber_only"
    service.update(acute, {"ordered_by_role": "relative", "ordered_by_name": "Per Öberg",
                           "home_medical_treatment": True})
    assert ("update", "w7_exception", "", "medicinsk behandling i hemmet", "tester") in audit(
        centre, acute)


def test_only_staff_may_register(make_ctx, centre):
    stranger = RegistrationService(make_ctx(NOW, login="okand"))
    with pytest.raises(NotAllowed):
        stranger.register(complete_draft(centre, "1"))
    with pytest.raises(NotAllowed):
        stranger.add_orderer("Eva Ek")
    with centre.db.reading() as s:
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "register")) is None
