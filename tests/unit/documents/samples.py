"""Sample document data for the document tests, and helpers that read PDFs back."""

from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader

from hmc_desktop.documents.samples import CENTRE, pickup, recon, shipping
from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.domain.personnummer import parse_personnummer

__all__ = ["CENTRE", "pages_text", "personnummer_like", "pickup", "recon", "shipping", "text"]


def pages_text(pdf: bytes) -> list[str]:
    """The text of each page, as a reader's copy-paste would give it."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    """All the text of the PDF, lines joined by newlines."""
    return "\n".join(pages_text(pdf))


def personnummer_like(content: str) -> list[str]:
    """Every run of digits in ``content`` that is a valid personnummer."""
    found = []
    for token in re.findall(r"(?<!\d)\d{6,8}[-+]?\d{4}(?!\d)", content):
        candidate = token if "-" in token or "+" in token else f"{token[:-4]}-{token[-4:]}"
        try:
            parse_personnummer(candidate, today=date(2026, 11, 22))
        except ValidationError:
            continue
        found.append(token)
    return found
