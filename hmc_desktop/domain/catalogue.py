"""The work-order type catalogue (DOMAIN.md table, W2, W3, W6).

These are the *defaults*: the database holds the live catalogue, which an
administrator may edit. Every layer reads a :class:`WorkOrderType`, whichever
source it came from.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.domain.types import AttachmentKind, Billing


@dataclass(frozen=True, slots=True)
class WorkOrderType:
    """One row of the catalogue: routing, lead times, billing and requirements."""

    code: str
    name: str
    mailbox: str
    sort_order: int
    billing: Billing
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

DEFAULT_TYPES: tuple[WorkOrderType, ...] = (
    WorkOrderType("0", "Avhjälpande underhåll – Knutpunkt", sort_order=0, mailbox="Underhåll", billing=Billing.INCLUDED,
                  start_days=3, finish_days=10,
                  help_text="Reparation av ett förskrivet hjälpmedel som lämnas/hämtas via knutpunkt. "
                  "Påbörjas inom 3 och klart inom 10 arbetsdagar. Ingår i funktionshyran."),
    WorkOrderType("1", "Avhjälpande underhåll – Utföres på HMC", sort_order=1, mailbox="Underhåll", billing=Billing.INCLUDED,
                  start_days=3, finish_days=10,
                  help_text="Reparation på hjälpmedelscentralen (även snabbservice). "
                  "Påbörjas inom 3 och klart inom 10 arbetsdagar. Ingår i funktionshyran."),
    WorkOrderType("2", "Avhjälpande underhåll – Hos kund/brukare", sort_order=2, mailbox="Underhåll", billing=Billing.INCLUDED,
                  start_days=3, finish_days=10,
                  help_text="Reparation hemma hos brukaren eller hos kunden. "
                  "Påbörjas inom 3 och klart inom 10 arbetsdagar. Ingår i funktionshyran."),
    WorkOrderType("3", "Avhjälpande underhåll – Akut", mailbox="Underhåll", sort_order=3,
                  billing=Billing.INVOICED, finish_hours=8, prescriber_only=True,
                  help_text="Akut reparation inom 8 arbetstimmar. Måste beställas av förskrivare "
                  "(undantag: vissa hjälpmedel för medicinsk behandling i hemmet). Arbetstiden faktureras."),
    WorkOrderType("4", "Anpassning", mailbox="Anpassning", sort_order=4, billing=Billing.INCLUDED,
                  help_text="Anpassning av ett hjälpmedel enligt förskrivarens exakta instruktioner. "
                  "Vet du inte vilken anpassning som behövs är det en konsultation. Ingår i funktionshyran."),
    WorkOrderType("5", "Konsultation", mailbox="Konsulent", sort_order=5, billing=Billing.INVOICED,
                  start_days=15, requires_device=False, requires_service_product=True,
                  requires_payer_no=True, required_attachments=_CB,
                  help_text="Råd om bästa anpassning/lösning är en konsultation, även när det är en "
                  "teknikers hjälp du vill ha. Erbjuds inom 15 arbetsdagar. Kräver tjänsteprodukt, "
                  "betalarnummer och bifogat konsultationsunderlag. Arbetstiden faktureras."),
    WorkOrderType("6", "Specialanpassning/anpassning inom CE-märkning", mailbox="Specialanpassning",
                  sort_order=6, billing=Billing.INVOICED, required_attachments=_SAI,
                  help_text="Specialanpassning som kräver bifogad specialanpassningsanvisning. Faktureras."),
    WorkOrderType("7", "Specialanp/anp inom CE-märk enl kostnadsförslag", mailbox="Specialanpassning",
                  sort_order=7, billing=Billing.INVOICED, required_attachments=_SAI,
                  waits_for_approval=True,
                  help_text="Som typ 6, men tekniker tar först fram ett kostnadsförslag som "
                  "beställaren godkänner innan arbetet utförs. Faktureras enligt förslaget."),
    WorkOrderType("8", "Montering/installation/demontering", mailbox="Montering", sort_order=8,
                  billing=Billing.INCLUDED, invoiced_if_simple_aid=True,
                  help_text="Montering, installation eller demontering. Ingår i hyran, utom för "
                  "artiklar märkta som enkla hjälpmedel – då faktureras det."),
    WorkOrderType("9", "Teknisk utredning vid misstanke av medicinteknisk avvikelse",
                  mailbox="Medicinteknik", sort_order=9, billing=Billing.INCLUDED,
                  help_text="Misstänkt medicinteknisk avvikelse (tillbud/olycka). Hjälpmedlet "
                  "utreds tekniskt och avvikelsen klassas. Ingår i funktionshyran."),
    WorkOrderType("10", "Flytt av säng", mailbox="Montering", sort_order=10, billing=Billing.INVOICED,
                  help_text="Flytt av säng. Faktureras."),
    WorkOrderType("12", "Option grundutrustning service", mailbox="Underhåll", sort_order=12,
                  billing=Billing.AGREEMENT, start_days=3, finish_days=10,
                  help_text="Service på grundutrustning enligt serviceavtal (kan beställas via fax). "
                  "Tidskrav som avhjälpande underhåll."),
    WorkOrderType("13", "Option grundutrustning service – Akut", mailbox="Underhåll", sort_order=13,
                  billing=Billing.AGREEMENT, finish_hours=8,
                  help_text="Akut service på grundutrustning enligt serviceavtal, inom 8 arbetstimmar."),
    WorkOrderType("SDH", "Support digitala hjälpmedel", mailbox="Support digitala hjälpmedel",
                  sort_order=14, billing=Billing.INCLUDED, start_days=3, finish_days=10,
                  help_text="Produktfråga eller fel på ett digitalt hjälpmedel: supportteamet "
                  "felsöker per telefon eller video. Ingår i funktionshyran."),
)

TECHNICAL_REVIEW_TYPES: frozenset[str] = frozenset({"0", "1", "2"})  # W8
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
