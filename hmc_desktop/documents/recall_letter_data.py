"""The content of a recall letter (R5), assembled before anything is drawn.

One letter per user, listing the user's affected devices. Only what the user needs: the
name and postal address the letter goes to, the devices (article and individual number),
what is wrong, what the centre will do, and whom to call. No personal identity number,
no phone number of the user, nothing about other users.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hmc_desktop.documents.data import CentreInfo


@dataclass(frozen=True, slots=True)
class LetterDevice:
    """One affected device the user has."""

    individual_no: str
    article_no: str
    article_name: str
    order_no: str | None  # the order that will act on it, for the call to customer service


@dataclass(frozen=True, slots=True)
class RecallLetterData:
    """A letter to one user about one recall campaign."""

    centre: CentreInfo
    campaign_id: int
    title: str  # what is wrong, in the manufacturer's or the authority's words
    reference: str  # the notice's reference ('' when none)
    action: str  # repair | inspect | exchange (domain.recall.RecallAction)
    holder_name: str
    street: str
    postal_code: str
    city: str
    devices: tuple[LetterDevice, ...]
    letter_date: date
