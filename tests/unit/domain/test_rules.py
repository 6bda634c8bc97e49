"""D2, W6, billing, personnummer and roles: the pure rules say no in a sentence."""

import itertools

import pytest

from hmc_desktop.domain.catalogue import DEFAULT_CATALOGUE, normalise_code
from hmc_desktop.domain.completeness import missing_items
from hmc_desktop.domain.errors import IllegalTransition, NotAllowed, ValidationError
from hmc_desktop.domain.lifecycle import check_device_transition
from hmc_desktop.domain.permissions import Action, require
from hmc_desktop.domain.personnummer import parse_personnummer
from hmc_desktop.domain.types import Billing, DeviceStatus, Role


def test_d2_lifecycle_order():
    path = [DeviceStatus.IN_USE, DeviceStatus.PICKUP_ORDERED, DeviceStatus.RETURNED,
            DeviceStatus.IN_RECONDITIONING, DeviceStatus.IN_STOCK]
    for a, b in itertools.pairwise(path):
        check_device_transition(a, b)
    with pytest.raises(IllegalTransition, match="scrapped cannot become in_use"):
        check_device_transition(DeviceStatus.SCRAPPED, DeviceStatus.IN_USE)
    with pytest.raises(IllegalTransition):
        check_device_transition(DeviceStatus.RETURNED, DeviceStatus.IN_STOCK)  # S4: recondition first


def test_w6_consultation_needs_service_product_payer_and_basis():
    t = DEFAULT_CATALOGUE.get("5")
    assert missing_items(t, service_product="", payer_no=None, attachment_kinds=[]) == [
        "service_product", "payer_no", "attachment:consultation_basis"]
    assert missing_items(t, service_product="Konsultation", payer_no="123",
                         attachment_kinds=["consultation_basis"]) == []


@pytest.mark.parametrize("code", ["6", "7"])
def test_w6_special_adaptation_needs_instruction(code: str):
    t = DEFAULT_CATALOGUE.get(code)
    assert missing_items(t, service_product=None, payer_no=None, attachment_kinds=["other"]) == [
        "attachment:special_adaptation_instruction"]


def test_w3_routing_and_billing_from_the_catalogue():
    assert DEFAULT_CATALOGUE.get("SDH").mailbox == "Support digitala hjälpmedel"
    assert DEFAULT_CATALOGUE.get("10").mailbox == "Montering"
    assert DEFAULT_CATALOGUE.get("8").billing_for(simple_aid=True) is Billing.INVOICED
    assert DEFAULT_CATALOGUE.get("8").billing_for(simple_aid=False) is Billing.INCLUDED
    assert DEFAULT_CATALOGUE.get("12").billing is Billing.AGREEMENT


def test_code_11_does_not_exist_and_codes_normalise():
    assert "11" not in DEFAULT_CATALOGUE
    assert normalise_code(" 01 ") == "1" and normalise_code("sdh") == "SDH"
    with pytest.raises(ValidationError, match="unknown work-order type '11'"):
        DEFAULT_CATALOGUE.get("11")


@pytest.mark.parametrize(("text", "normal"), [("19121212-1212", "19121212-1212"),
                                              ("121212-1212", "20121212-1212")])
def test_personnummer_valid(text: str, normal: str):
    assert parse_personnummer(text).value == normal


@pytest.mark.parametrize(("text", "why"), [("19121212-1213", "check digit"),
                                           ("19121312-1212", "birth date"),
                                           ("1912121212", "not a personnummer")])
def test_personnummer_invalid(text: str, why: str):
    with pytest.raises(ValidationError, match=why):
        parse_personnummer(text)


def test_roles_warehouse_cannot_cancel_and_only_admin_edits_catalogue():
    with pytest.raises(NotAllowed, match="may not cancel orders"):
        require(Role.WAREHOUSE, Action.CANCEL_ORDER, "Lena Lager")
    require(Role.TECHNICIAN, Action.CANCEL_ORDER, "Kalle")
    with pytest.raises(NotAllowed) as err:
        require(Role.TECHNICIAN, Action.EDIT_CATALOGUE, "Kalle")
    assert "får inte ändra typkatalogen" in err.value.message("sv")
