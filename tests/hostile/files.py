"""The hostile import files: what an ordering system, a spreadsheet or a person gets wrong.

Each case says what the import must make of it: every good row imported and each bad one a
rejected row with its line, field and reason (exit 1); or the whole file refused in one
sentence (exit 2) with nothing stored. Never a traceback, "internal error", a merged
person, a lost row.
"""

import json
from dataclasses import dataclass
from typing import Literal

ORDER_HEADER = ("order_no;type;registered;individual_no;article_no;orderer_name;user_name;"
                "user_address;user_personnummer;description")
DEVICE_HEADER = "individual_no;article_no;status;holder;lifetime_years"
# one person, the century given or not ('+': a hundred years old or more)
ASA, ASA_SHORT = "19121212-1212", "121212+1212"
FATHER, SON = "19400101-0018", "19700315-1235"


@dataclass(frozen=True)
class Hostile:
    id: str
    data: bytes
    outcome: Literal["imported", "rejected", "refused"]
    new: int = 0  # rows stored
    rejected: tuple[tuple[int, str, str], ...] = ()  # (line, field, part of the reason)
    refusal: str = ""  # part of the one sentence
    suffix: str = ".csv"
    before: bytes | None = None  # imported first (a register the file meets)
    people: int | None = None  # users in the register afterwards
    warning: str = ""  # part of the warning line


def row(no: str, *, type_: str = "1", registered: str = "2026-11-23 09:00",
        individual: str | None = None, article: str = "A-1", orderer: str = "Eva Ek",
        user: str = "", address: str = "", pnr: str = "", description: str = "Trasig") -> str:
    return ";".join([no, type_, registered, individual or f"D-{no}", article, orderer, user,
                     address, pnr, description])


def csv(*rows: str, header: str = ORDER_HEADER, encoding: str = "utf-8",
        newline: str = "\n") -> bytes:
    return (newline.join([header, *rows]) + newline).encode(encoding)


def good(n: int, prefix: str = "G") -> list[str]:
    return [row(f"{prefix}-{i}") for i in range(1, n + 1)]


def js(items: object) -> bytes:
    return json.dumps(items, ensure_ascii=False).encode("utf-8")


def obj(no: str, **values: object) -> dict[str, object]:
    base: dict[str, object] = {"order_no": no, "type": "1", "registered": "2026-11-23 09:00",
                               "individual_no": f"D-{no}", "article_no": "A-1"}
    base.update(values)
    return base


def _cases() -> list[Hostile]:
    g3 = good(3)
    return [
        # -- encodings -------------------------------------------------------------------------
        Hostile("utf8-one-bad-byte", csv(row("B-0", user="Örjan Ängström"), *g3,
                row("B-1", user="Åsa")).replace(b"\xc3\x85sa", b"\xc5sa"), "refused",
                refusal="line 6: byte 0xC5 is not UTF-8"),
        Hostile("utf8-then-cp1252", csv(row("B-1", user="Åsa Öberg")) + (row(
                "B-2", user="Åsa Öberg") + "\n").encode("cp1252"), "refused",
                refusal="the file mixes encodings"),
        Hostile("cp1252-excel", csv(*g3, row("B-1", user="Åsa Öberg"), encoding="cp1252",
                newline="\r\n"), "imported", new=4, people=1),
        Hostile("utf8-bom", csv(*g3, encoding="utf-8-sig"), "imported", new=3),
        Hostile("bom-then-cp1252", csv(*g3, encoding="utf-8-sig") + "Å\n".encode("cp1252"),
                "refused", refusal="starts with a UTF-8 byte-order mark"),
        Hostile("utf16-with-bom", csv(*g3, encoding="utf-16"), "refused", refusal="is UTF-16"),
        Hostile("utf16-without-bom", csv(*g3, encoding="utf-16-le"), "refused",
                refusal="a NUL byte"),
        Hostile("cp1252-undefined-byte", csv(*g3, encoding="cp1252") + b"X-1;1;\x81\n",
                "refused", refusal="byte 0x81 is neither UTF-8 nor Windows-1252"),
        Hostile("png-not-text", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "refused",
                refusal="a NUL byte; this is not a text file"),
        Hostile("empty", b"", "refused", refusal="the file is empty"),
        Hostile("only-blank-lines", b"\r\n  \n\n", "refused", refusal="the file is empty"),
        # -- CSV structure ---------------------------------------------------------------------
        Hostile("unclosed-quote", csv(*good(4), row("Q-5", description='"Trasig sedan i går'),
                *good(7, "H")), "rejected", new=11,
                rejected=((6, "row", "a quote opened in this row is never closed"),)),
        Hostile("quote-closed-by-later-row", csv(*good(2), row("Q-3", description='"Trasig'),
                *good(3, "H"), row("Q-7", description='"Knarrar"'), *good(1, "K")),
                "rejected", new=7, rejected=((4, "row", "not closed before line 8"),)),
        Hostile("too-few-fields", csv(*g3, "F-1;1;2026-11-23 09:00"), "rejected", new=3,
                rejected=((5, "row", "the row has 3 fields but the header has 10"),)),
        Hostile("unquoted-separator", csv(*g3, row("F-2", description="Trasig; bromsen")),
                "rejected", new=3, rejected=((5, "row", "an unquoted separator in a value"),)),
        Hostile("text-after-closing-quote", csv(*g3, row("F-3", user='"Åsa" Öberg')),
                "rejected", new=3, rejected=((5, "row", "not readable as CSV"),)),
        Hostile("header-only", csv(), "imported", new=0),
        Hostile("duplicate-column", csv(*g3, header=ORDER_HEADER + ";type"), "refused",
                refusal="the column 'type' appears twice in the header"),
        Hostile("missing-required-column", (b"order_no;type;individual_no\nX-1;1;D-1\n"),
                "refused", refusal="missing required column 'registered'"),
        Hostile("misspelt-column", csv(row("M-1"), header=ORDER_HEADER.replace(
                "user_personnummer", "user_personummer")), "imported", new=1,
                warning="'user_personummer' (did you mean 'user_personnummer'?)"),
        Hostile("blank-and-empty-lines", csv(g3[0], "", ";;;;;;;;;", g3[1], "   ", g3[2]),
                "imported", new=3),
        Hostile("old-mac-line-ends", csv(*g3, newline="\r"), "imported", new=3),
        Hostile("megabyte-description", csv(*g3, row("L-1", description="x" * 1_000_000)),
                "rejected", new=3, rejected=((5, "description", "but at most 20000 fit"),)),
        Hostile("same-order-twice", csv(*g3, g3[1]), "rejected", new=3,
                rejected=((5, "order_no", "appears twice in this file (first on line 3)"),)),
        Hostile("nameless-column", csv(*g3, header=ORDER_HEADER.replace("description", "")
                + ";description"), "refused", refusal="column 10 of the header has no name"),
        Hostile("tab-separated", csv(*[r.replace(";", "\t") for r in g3],
                header=ORDER_HEADER.replace(";", "\t")), "refused",
                refusal="has neither order_no"),
        # -- characters and lengths the database cannot hold the same way ---------------------------
        Hostile("order-no-41", csv(*g3, row("O" * 41, individual="D-O41")), "rejected", new=3,
                rejected=((5, "order_no", "41 characters, but at most 40 fit"),)),
        Hostile("nul-in-json", js([obj("N-1", description="Tra\u0000sig"), obj("N-2")]),
                "rejected", new=1, suffix=".json",
                rejected=((1, "description", "U+0000"),)),
        Hostile("bidi-override-name", csv(*g3, row("R-1", user="Åsa\u202eÖberg")), "rejected",
                new=3, rejected=((5, "user_name", "U+202E (right-to-left override)"),)),
        Hostile("zero-width-individual", csv(*g3, row("Z-1", individual="D-\u200b1")),
                "rejected", new=3, rejected=((5, "individual_no", "U+200B (zero width space)"),)),
        Hostile("bell-in-orderer", csv(*g3, row("C-1", orderer="Eva\x07Ek")), "rejected", new=3,
                rejected=((5, "orderer_name", "U+0007"),)),
        Hostile("lone-surrogate-json", b'[{"order_no": "S-1", "type": "1", "registered": '
                b'"2026-11-23 09:00", "individual_no": "D-S1", "article_no": "A-1", '
                b'"user_name": "\\ud800"}]', "rejected", suffix=".json",
                rejected=((1, "user_name", "U+D800"),)),
        Hostile("emoji-and-formula-text", csv(*g3, row("E-1", description="=cmd|' /C calc'!A0 🔧")),
                "imported", new=4),
        # -- numbers and JSON that crashed the reader -----------------------------------------------
        Hostile("json-5000-digits", js([obj("J-1")]).replace(b'"J-1"', b"9" * 5000) [:-1]
                + b', {"order_no": "J-2", "type": "1", "registered": "2026-11-23 09:00", '
                  b'"individual_no": "D-J2", "article_no": "A-1"}]', "rejected", new=1,
                suffix=".json", rejected=((1, "order_no", "a number of 5000 characters"),)),
        Hostile("json-1e400", js([obj("J-3", individual_no="X")]).replace(b'"X"', b"1e400"),
                "rejected", suffix=".json", rejected=((1, "individual_no", "1e400"),)),
        Hostile("json-nan", js([obj("J-4", individual_no="X")]).replace(b'"X"', b"NaN"),
                "refused", suffix=".json", refusal="NaN is not a number in JSON"),
        Hostile("json-infinity", js([obj("J-5", individual_no="X")]).replace(b'"X"', b"-Infinity"),
                "refused", suffix=".json", refusal="-Infinity is not a number in JSON"),
        Hostile("json-deep", b"[" * 200_000 + b"]" * 200_000, "refused", suffix=".json",
                refusal="nested thousands of levels deep"),
        Hostile("json-object-not-list", js(obj("J-6")), "refused", suffix=".json",
                refusal="a JSON import must be a list of objects"),
        Hostile("json-list-of-lists", js([obj("J-7"), [1, 2], "x"]), "rejected", new=1,
                suffix=".json", rejected=((2, "row", "expected an object, got a list"),
                                          (3, "row", "expected an object"))),
        # -- dates and times --------------------------------------------------------------------
        Hostile("year-0001", csv(*g3, row("Y-1", registered="0001-01-01 00:00")), "rejected",
                new=3, rejected=((5, "registered", "outside the years 1900-2199"),)),
        Hostile("year-9999", csv(*g3, row("Y-2", registered="9999-12-31 23:59")), "rejected",
                new=3, rejected=((5, "registered", "outside the years 1900-2199"),)),
        Hostile("spring-forward", csv(*g3, row("T-1", registered="2026-03-29 02:30")),
                "rejected", new=3, rejected=((5, "registered", "does not exist in Stockholm"),)),
        Hostile("autumn-repeated-hour", csv(*g3, row("T-2", registered="2026-10-25 02:30")),
                "imported", new=4),
        Hostile("february-30", csv(*g3, row("T-3", registered="2026-02-30 10:00")), "rejected",
                new=3, rejected=((5, "registered", "no such date"),)),
        Hostile("iso-with-seconds", csv(*g3, row("T-4", registered="2026-11-23 09:00:17")),
                "rejected", new=3, rejected=((5, "registered", "expected YYYY-MM-DD HH:MM"),)),
        Hostile("lifetime-1e20", csv("D-L1;A-1;in_stock;;100000000000000000000",
                header=DEVICE_HEADER), "rejected",
                rejected=((2, "lifetime_years", "got 21 digits"),)),
        Hostile("lifetime-beyond-int32", csv("D-L2;A-1;in_stock;;3000000000", "D-L3;A-1;;;5",
                header=DEVICE_HEADER), "rejected", new=1,
                rejected=((2, "lifetime_years", "from 0 to 100, got 3000000000"),)),
        Hostile("lifetime-negative", csv("D-L4;A-1;in_stock;;-5", header=DEVICE_HEADER),
                "rejected", rejected=((2, "lifetime_years", "expected a whole number"),)),
        Hostile("unknown-status", csv("D-L5;A-1;borta;;5", header=DEVICE_HEADER), "rejected",
                rejected=((2, "status", "unknown device status 'borta'"),)),
        Hostile("type-11", csv(*g3, row("U-1", type_="11")), "rejected", new=3,
                rejected=((5, "type", "unknown work-order type '11'"),)),
        # -- people -------------------------------------------------------------------------------
        Hostile("father-and-son", csv(row("P-1", user="Karl Ek", address="Björkvägen 5, 412 01 "
                "Göteborg", pnr=FATHER), row("P-2", user="Karl Ek", address="Björkvägen 5, 412 01 "
                "Göteborg", pnr=SON)), "imported", new=2, people=2),
        Hostile("namesakes-without-number", csv(row("P-3", user="Karl Ek", address="Björkvägen 5, "
                "412 01 Göteborg")), "rejected", before=csv(row("P-1", user="Karl Ek",
                address="Björkvägen 5, 412 01 Göteborg", pnr=FATHER), row("P-2", user="Karl Ek",
                address="Björkvägen 5, 412 01 Göteborg", pnr=SON)), people=2,
                rejected=((2, "user_name", "2 users named 'Karl Ek' are registered"),)),
        Hostile("number-with-another-name", csv(row("P-4", user="Kalle Eriksson", pnr=FATHER)),
                "rejected", before=csv(row("P-1", user="Karl Ek", pnr=FATHER)), people=1,
                rejected=((2, "user_personnummer", "belongs to a user registered with another"),)),
        Hostile("full-width-and-short-number", csv(row("P-5", user="Åsa Öberg", pnr=ASA),
                row("P-6", user="Åsa Öberg", pnr="１９１２１２１２－１２１２"),
                row("P-7", user="ÅSA ÖBERG", pnr=ASA_SHORT)), "imported", new=3, people=1),
        Hostile("wrong-check-digit", csv(*g3, row("P-8", user="Åsa", pnr="19121212-1213")),
                "rejected", new=3, rejected=((5, "user_personnummer", "wrong check digit"),)),
        # -- the device register's lifecycle (D2) ---------------------------------------------------
        Hostile("scrapped-revived", csv("D-X1;A-1;in_use;Åsa Öberg;5", header=DEVICE_HEADER),
                "rejected", before=csv("D-X1;A-1;scrapped;;5", header=DEVICE_HEADER),
                rejected=((2, "status", "a scrapped device never becomes in_use again"),)),
    ]


CASES = _cases()
