"""Reconditioning logs (rekonditioneringsprotokoll), S4."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from hmc_desktop.documents.data import ReconLogData
from hmc_desktop.documents.recon_log import ReconLogRenderer, outcome_text
from tests.unit.documents.samples import recon, text


def render(data: ReconLogData) -> str:
    return " ".join(text(ReconLogRenderer().render(data)).split())  # wrapped lines joined


def test_shows_device_steps_parts_and_sign_off() -> None:
    content = render(recon())
    for expected in (
        "REKONDITIONERINGSPROTOKOLL",
        "Nr 3301",
        "1002345678",
        "756321",
        "Kommunikation – talapparater",
        "Digitalt hjälpmedel Ja",
        "Rengöring och desinfektion",
        "Åtgärdat",
        "Ej OK",
        "Örjan Söderberg",
        "300112",
        "Batteri Li-ion 7,4 V",
        "Tillbaka i lager",
        "Jörgen Ärlig",
        "2026-11-25 15:40",
        "Signatur",
    ):
        assert expected in content, expected


def test_digital_aid_states_the_data_wipe() -> None:
    assert "Dataradering / fabriksåterställning: Utförd" in render(recon(data_wiped=True))
    not_done = render(recon(data_wiped=False))
    assert "Dataradering / fabriksåterställning: EJ UTFÖRD" in not_done
    assert "Utförd" not in not_done.replace("UTFÖRD", "")


def test_non_digital_aid_has_no_data_wipe_line() -> None:
    content = render(recon(digital=False, data_wiped=None))
    assert "Dataradering" not in content
    assert "Digitalt hjälpmedel Nej" in content


def test_scrapped_shows_the_reason() -> None:
    data = recon(outcome="scrapped", scrap_reason="Spricka i ramen vid svetsfog")
    content = render(data)
    assert "Kasserad: Spricka i ramen vid svetsfog" in content
    assert "Tillbaka i lager" not in content
    assert outcome_text(recon(outcome="scrapped", scrap_reason="")) == "Kasserad"


def test_no_parts_and_no_steps_are_said_plainly() -> None:
    content = render(recon(parts_used=[], steps=[]))
    assert "Inga delar byttes." in content
    assert "Inga kontrollmoment registrerade." in content


def test_outcome_must_be_known() -> None:
    with pytest.raises(ValueError):
        recon(outcome="lost")


def test_metadata_and_determinism() -> None:
    pdf = ReconLogRenderer().render(recon())
    assert pdf == ReconLogRenderer().render(ReconLogData.from_dict(recon().to_dict()))
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    assert meta.title == "Rekonditioneringsprotokoll 3301"
    assert meta.author == "Hjälpmedelscentralen Västra Götaland"
