"""The work-order type catalogue (DOMAIN.md table, W2, W3, W6).

These are the *defaults*: the database holds the live catalogue, which an
administrator may edit. Every layer reads a :class:`WorkOrderType`, whichever
source it came from.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.domain.types import AttachmentKind, Billing


class Family(StrEnum):
    """What kind of work a type is (DOMAIN's type table), whatever its code: rules that hold
    for a kind of work ask the family, so a new type of an existing kind is one catalogue row."""

    CORRECTIVE = "corrective"  # avhjälpande underhåll (0–2): may carry technical review (W8)
    ACUTE = "acute"  # akut (3, 13): finished within working hours (C3)
    SERVICE_AGREEMENT = "service_agreement"  # service on basic equipment by agreement (12)
    ADAPTATION = "adaptation"  # anpassning, specialanpassning (4, 6, 7)
    CONSULTATION = "consultation"  # konsultation (5)
    INSTALLATION = "installation"  # montering, flytt (8, 10)
    INVESTIGATION = "investigation"  # teknisk utredning, medicinteknisk avvikelse (9)
    SUPPORT = "support"  # support for digital aids (SDH: S1–S5)
    OTHER = "other"  # a type an administrator added without saying


@dataclass(frozen=True, slots=True)
class WorkOrderType:
    """One row of the catalogue: its family, routing, lead times, billing and requirements.

    The lead time's *shape* (:func:`hmc_desktop.domain.sla.lead_time_of`) follows from the
    row's ``start_days`` / ``finish_days`` / ``finish_hours``; nothing else names type codes.
    """

    code: str
    name: str
    mailbox: str
    sort_order: int
    billing: Billing
    family: Family = Family.OTHER
    start_days: int | None = None  # start within N working days (C2)
    finish_days: int | None = None  # finish within N working days (C2)
    finish_hours: int | None = None  # finish within N working hours (C3)
    invoiced_if_simple_aid: bool = False  # type 8: "included, except simple aids"
    prescriber_only: bool = False  # W7
    requires_device: bool = True
    requires_service_product: bool = False  # W6
    requires_payer_no: bool = False  # W6
    required_attachments: tuple[AttachmentKind, ...] = field(default_factory=tuple)  # W6
    waits_for_approval: bool = False  # W9
    help_text: str = ""

    @property
    def allows_technical_review(self) -> bool:
        """W8: only corrective maintenance can be ordered as a technical review."""
        return self.family is Family.CORRECTIVE

    @property
    def has_lead_time(self) -> bool:
        return any(v is not None for v in (self.start_days, self.finish_days, self.finish_hours))

    def billing_for(self, simple_aid: bool) -> Billing:
        """The billing category of an order of this type for an article (type 8 rule)."""
        if self.invoiced_if_simple_aid and simple_aid:
            return Billing.INVOICED
        return self.billing


MAILBOXES: tuple[str, ...] = (
    "Underhåll",
    "Anpassning",
    "Konsulent",
    "Specialanpassning",
    "Montering",
    "Medicinteknik",
    "Support digitala hjälpmedel",
)

_CB = (AttachmentKind.CONSULTATION_BASIS,)
_SAI = (AttachmentKind.SPECIAL_ADAPTATION_INSTRUCTION,)

SUPPORT_TYPE = "SDH"  # support for digital aids: the S1–S5 flow

DEFAULT_TYPES: tuple[WorkOrderType, ...] = (
    WorkOrderType("0", "Avhjälpande underhåll – Knutpunkt", family=Family.CORRECTIVE, sort_order=0, mailbox="Underhåll", billing=Billing.INCLUDED,
                  start_days=3, finish_days=10,
                  help_text="Reparation av ett förskrivet hjälpmedel via knutpunkt: en överenskommelse mellan den "
                  "lokala kunden och närmaste hjälpmedelscentral om service på en central plats. "
                  "Påbörjas inom 3 och klart inom 10 arbetsdagar. Ingår i funktionshyran. "
                  "Teknisk översyn beställs som typ 0–2 med markeringen teknisk översyn."),
    WorkOrderType("1", "Avhjälpande underhåll – Utföres på HMC", family=Family.CORRECTIVE, sort_order=1, mailbox="Underhåll", billing=Billing.INCLUDED,
                  start_days=3, finish_days=10,
                  help_text="Reparation av ett förskrivet hjälpmedel på hjälpmedelscentralen, där avhjälpande "
                  "underhåll enligt avtal i första hand ska ske. Patient, anhörig eller vårdpersonal "
                  "får själva ringa kundtjänst och beställa. Påbörjas inom 3 och klart inom 10 "
                  "arbetsdagar. Ingår i funktionshyran. Snabbservice (bokas via kundtjänst, vardagar "
                  "09–14) registreras som denna typ."),
    WorkOrderType("2", "Avhjälpande underhåll – Hos kund/brukare", family=Family.CORRECTIVE, sort_order=2, mailbox="Underhåll", billing=Billing.INCLUDED,
                  start_days=3, finish_days=10,
                  help_text="Reparation av ett förskrivet hjälpmedel hemma hos brukaren eller hos kunden. "
                  "Patient, anhörig eller vårdpersonal får själva ringa kundtjänst och beställa. "
                  "Påbörjas inom 3 och klart inom 10 arbetsdagar. Ingår i funktionshyran. "
                  "Teknisk översyn (förskrivaren har själv sett över hjälpmedlet) är planerat "
                  "underhåll utan ledtid: teknikern kontaktar brukaren inom 10 arbetsdagar."),
    WorkOrderType("3", "Avhjälpande underhåll – Akut", family=Family.ACUTE, mailbox="Underhåll", sort_order=3,
                  billing=Billing.INVOICED, finish_hours=8, prescriber_only=True,
                  help_text="Akut reparation, klar inom 8 arbetstimmar. Måste beställas av en förskrivare; "
                  "undantag gäller vissa hjälpmedel för medicinsk behandling i hemmet, där patienten "
                  "själv får ringa. Ange vem som beställde. Arbetstiden faktureras."),
    WorkOrderType("4", "Anpassning", family=Family.ADAPTATION, mailbox="Anpassning", sort_order=4, billing=Billing.INCLUDED,
                  help_text="Teknikerhjälp med en anpassning som kräver mer avancerad teknisk kompetens än "
                  "bruksanvisningen förutsätter. Teknikern anpassar efter förskrivarens anvisning: "
                  "skriv exakt vad som ska göras (t.ex. flytta drivhjul till läge B1). Ingen "
                  "rådgivning ingår – råd om lämpligaste anpassning eller utprovning är en "
                  "konsultation, även när det är en teknikers hjälp du vill ha. Sker i huvudsak på "
                  "hjälpmedelscentralen, i särskilda fall på förskrivarens enhet eller i hemmet. "
                  "Kan anvisningen inte göras exakt ska förskrivaren kunna delta. Ingår i "
                  "funktionshyran."),
    WorkOrderType("5", "Konsultation", family=Family.CONSULTATION, mailbox="Konsulent", sort_order=5, billing=Billing.INVOICED,
                  start_days=15, requires_device=False, requires_service_product=True,
                  requires_payer_no=True, required_attachments=_CB,
                  help_text="Råd, förslag och individuella inställningar för en viss patient i någon av "
                  "förskrivningsprocessens faser. Råd om bästa anpassning är en konsultation, även "
                  "när det är en teknikers hjälp du vill ha; konsulent och/eller tekniker medverkar. "
                  "Kräver tjänsteprodukt, betalarnummer och bifogat konsultationsunderlag. Erbjuds "
                  "inom 15 arbetsdagar. Arbetstiden faktureras."),
    WorkOrderType("6", "Specialanpassning/anpassning inom CE-märkning", family=Family.ADAPTATION, mailbox="Specialanpassning",
                  sort_order=6, billing=Billing.INVOICED, required_attachments=_SAI,
                  help_text="Används alltid när en specialanpassning beställs – utom när du först vill ha ett "
                  "kostnadsförslag (typ 7). Specialanpassningsanvisningen måste bifogas för att "
                  "beställningen ska vara komplett. Faktureras."),
    WorkOrderType("7", "Specialanp/anp inom CE-märk enl kostnadsförslag", family=Family.ADAPTATION, mailbox="Specialanpassning",
                  sort_order=7, billing=Billing.INVOICED, required_attachments=_SAI,
                  waits_for_approval=True,
                  help_text="Specialanpassning där beställaren först vill ha ett kostnadsförslag. Bifoga en "
                  "detaljerad specialanpassningsanvisning, annars går det inte att räkna ut ett pris. "
                  "Arbetsordern väntar tills beställaren ger klartecken till tillverkning eller "
                  "avblåser. Faktureras enligt förslaget."),
    WorkOrderType("8", "Montering/installation/demontering", family=Family.INSTALLATION, mailbox="Montering", sort_order=8,
                  billing=Billing.INCLUDED, invoiced_if_simple_aid=True,
                  help_text="När tekniker ska installera hjälpmedlet i brukarens bostad vid leveransen (t.ex. en "
                  "säng), eller montera/demontera det. Ingår i funktionshyran, utom för enklare "
                  "hjälpmedel (t.ex. badbräda): då faktureras monteringen. För vissa artiklar (t.ex. "
                  "taklyft) måste hjälpmedelskonsulent kontaktas först."),
    WorkOrderType("9", "Teknisk utredning vid misstanke av medicinteknisk avvikelse", family=Family.INVESTIGATION,
                  mailbox="Medicinteknik", sort_order=9, billing=Billing.INCLUDED,
                  help_text="När förskrivaren utreder en misstänkt medicinteknisk avvikelse på ett hyrt "
                  "hjälpmedel och vill ha teknisk utredning och dokumentation: produktfel, fel "
                  "ändamål, bristande information eller underhåll, handhavandefel eller annat. "
                  "Ingår i funktionshyran."),
    WorkOrderType("10", "Flytt av säng", family=Family.INSTALLATION, mailbox="Montering", sort_order=10, billing=Billing.INVOICED,
                  help_text="Flytt av säng. Ingen ledtid. Faktureras."),
    WorkOrderType("12", "Option grundutrustning service", family=Family.SERVICE_AGREEMENT, mailbox="Underhåll", sort_order=12,
                  billing=Billing.AGREEMENT, start_days=3, finish_days=10,
                  help_text="Service på grundutrustning för vårdgivare som undertecknat överenskommelsen om "
                  "service (beställs i webSESAM eller med faxformulär). Samma tider som avhjälpande "
                  "underhåll: påbörjas inom 3 och klart inom 10 arbetsdagar. Enligt serviceavtalet."),
    WorkOrderType("13", "Option grundutrustning service – Akut", family=Family.ACUTE, mailbox="Underhåll", sort_order=13,
                  billing=Billing.AGREEMENT, finish_hours=8,
                  help_text="Akut service på grundutrustning för vårdgivare med serviceöverenskommelse "
                  "(webSESAM eller fax). Samma tid som akut avhjälpande underhåll: klart inom 8 "
                  "arbetstimmar. Enligt serviceavtalet."),
    WorkOrderType("SDH", "Support digitala hjälpmedel", family=Family.SUPPORT, mailbox="Support digitala hjälpmedel",
                  sort_order=14, billing=Billing.INCLUDED, start_days=3, finish_days=10,
                  help_text="Produktfråga eller fel på ett digitalt hjälpmedel som kräver supportteamets "
                  "kompetens (en allmän fråga besvarar kundtjänst direkt). Supportteamet felsöker per "
                  "telefon eller digitalt möte; går felet inte att åtgärda på distans får brukaren ett "
                  "nytt hjälpmedel och det gamla hämtas. Påbörjas inom 3 och klart inom 10 "
                  "arbetsdagar. Ingår i funktionshyran."),
)

# W8, of the defaults: the window's checkbox still asks by code (the services ask the family)
TECHNICAL_REVIEW_TYPES: frozenset[str] = frozenset(
    t.code for t in DEFAULT_TYPES if t.allows_technical_review)
TECHNICAL_REVIEW_CONTACT_DAYS = 10  # W8
QUICK_SERVICE_TYPE = "1"


class Catalogue:
    """Lookup of work-order types by code, in DOMAIN.md order."""

    def __init__(self, types: Sequence[WorkOrderType]) -> None:
        self._types = sorted(types, key=lambda t: t.sort_order)
        self._by_code = {t.code: t for t in self._types}

    def __iter__(self) -> Iterator[WorkOrderType]:
        return iter(self._types)

    def __len__(self) -> int:
        return len(self._types)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and normalise_code(code) in self._by_code

    def get(self, code: str) -> WorkOrderType:
        """The type with this code; a :class:`ValidationError` names an unknown code."""
        norm = normalise_code(code)
        try:
            return self._by_code[norm]
        except KeyError:
            raise ValidationError(
                "unknown_type", field="type", code=code, valid=", ".join(self._by_code)
            ) from None

    def sort_key(self, code: str) -> int:
        return self._by_code[code].sort_order if code in self._by_code else 999

    @property
    def mailboxes(self) -> list[str]:
        seen: dict[str, None] = {}
        for t in self._types:
            seen.setdefault(t.mailbox, None)
        return list(seen)


def normalise_code(code: str) -> str:
    """'01' → '1', ' sdh ' → 'SDH': the forms people type for the same code."""
    c = code.strip().upper()
    if c.isdigit():
        return str(int(c))
    return c


DEFAULT_CATALOGUE = Catalogue(DEFAULT_TYPES)
