"""Vocabulary for realistic demo data: Swedish names, places, articles and orderer units."""

FIRST_NAMES = ["Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Emma", "Ingrid", "Marie", "Malin", "Birgitta", "Jenny", "Sofia", "Linnea", "Åsa", "Elin", "Ida", "Ulla", "Margareta", "Gunilla", "Elsa", "Astrid", "Maja", "Ebba", "Britt", "Inger", "Märta", "Siv", "Agneta", "Lars", "Mikael", "Anders", "Johan", "Per", "Erik", "Karl", "Peter", "Thomas", "Jan", "Daniel", "Fredrik", "Hans", "Bengt", "Åke", "Stefan", "Mats", "Magnus", "Göran", "Björn", "Oskar", "Nils", "Olof", "Sven", "Gustav", "Leif", "Ulf", "Håkan", "Jörgen", "Rune"]

LAST_NAMES = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lundgren", "Lundqvist", "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Ali", "Engström", "Danielsson", "Håkansson", "Eklund", "Lundin", "Gunnarsson", "Björk", "Bergman", "Holm", "Samuelsson", "Fransson", "Wikström", "Isaksson", "Öberg", "Åberg", "Ström", "Nordström", "Söderberg", "Hellström", "Ekström", "Sjögren", "Löfgren", "Strömberg"]

STREETS = ["Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Järntorgsgatan", "Linnégatan", "Övre", "Husargatan", "Sjöviksvägen", "Björkvägen", "Ekvägen", "Tallstigen", "Lärkgatan", "Skolgatan", "Kyrkogatan", "Ängsvägen", "Hagagatan", "Slottsskogsgatan", "Åvägen", "Mejerivägen", "Solrosgatan", "Granvägen", "Bäckvägen", "Åkervägen", "Norra", "Hamngatan", "Södra", "Vägen", "Östra", "Långgatan", "Västra", "Kyrkogatan", "Fjällgatan", "Backavägen"]

# (city, first three postal-code digits) in Västra Götaland
CITIES = (
    ("Göteborg", "411"), ("Göteborg", "413"), ("Göteborg", "414"), ("Göteborg", "416"),
    ("Göteborg", "417"), ("Göteborg", "418"), ("Mölndal", "431"), ("Partille", "433"),
    ("Alingsås", "441"), ("Kungälv", "442"), ("Lerum", "443"), ("Stenungsund", "444"),
    ("Uddevalla", "451"), ("Trollhättan", "461"), ("Vänersborg", "462"), ("Borås", "503"),
    ("Borås", "504"), ("Ulricehamn", "523"), ("Falköping", "521"), ("Lidköping", "531"),
    ("Skövde", "541"), ("Mariestad", "542"), ("Lysekil", "453"), ("Strömstad", "452"),
)

# (article_no, name, product group, digital, simple aid, weight, lifetime years)
ARTICLES = (
    ("120301", "Manuell rullstol Etac Cross 5", "Manuella rullstolar", False, False, 14, 8),
    ("120302", "Manuell rullstol Panthera S3", "Manuella rullstolar", False, False, 6, 8),
    ("120303", "Komfortrullstol Netti 4U", "Manuella rullstolar", False, False, 5, 8),
    ("122301", "Elrullstol Permobil M3 Corpus", "Elrullstolar", True, False, 4, 7),
    ("122302", "Elrullstol Invacare TDX SP2", "Elrullstolar", True, False, 2, 7),
    ("120601", "Rollator Topro Olympos", "Rollatorer", False, False, 16, 6),
    ("120602", "Rollator Trust Let's Go Out", "Rollatorer", False, False, 10, 6),
    ("181201", "Vårdsäng Invacare Medley Ergo", "Sängar", False, False, 8, 10),
    ("181202", "Vårdsäng Carpe Diem", "Sängar", False, False, 4, 10),
    ("043306", "Tryckavlastande madrass Optima", "Madrasser", False, False, 4, 5),
    ("121206", "Taklyft Liko LikoGuard", "Lyftar", False, False, 3, 12),
    ("121203", "Mobil lyft Liko Viking", "Lyftar", False, False, 3, 10),
    ("121204", "Ståhjälpmedel SystemRoMedic ReTurn", "Lyftar", False, False, 3, 10),
    ("121209", "Lyftsele Liko Original HighBack", "Lyftselar", False, False, 5, 4),
    ("093303", "Toalettförhöjning med armstöd", "Hygienhjälpmedel", False, True, 8, 6),
    ("093304", "Duschpall Etac Swift", "Hygienhjälpmedel", False, True, 8, 6),
    ("093305", "Duschstol Etac Clean", "Hygienhjälpmedel", False, False, 4, 8),
    ("222101", "Talapparat Tobii Dynavox I-13", "Kommunikation", True, False, 4, 5),
    ("222102", "Ögonstyrning Tobii PCEye 5", "Kommunikation", True, False, 3, 5),
    ("222103", "Samtalsapp-platta Lifetool Mind Express", "Kommunikation", True, False, 3, 4),
    ("221806", "Samtalsförstärkare Comfort Duett", "Hörsel", True, False, 5, 6),
    ("221807", "Blixtlarm Bellman Visit", "Hörsel", True, False, 4, 8),
    ("222703", "Digital kalender MEMOplanner", "Kognition", True, False, 5, 5),
    ("222704", "Tidshjälpmedel Kvartersur", "Kognition", True, True, 3, 5),
    ("222705", "Läsplatta Handi för planering", "Kognition", True, False, 3, 4),
    ("241809", "Dörröppnare Bekväm Dörr", "Omgivningskontroll", True, False, 2, 10),
    ("241810", "Omgivningskontroll Abilia Gewa Prog", "Omgivningskontroll", True, False, 2, 8),
    ("120604", "Gåbord Eva-modell", "Gånghjälpmedel", False, False, 3, 8),
    ("123624", "Trapphiss Stannah 600", "Trapphissar", False, False, 1, 15),
    ("183010", "Ramp Portabel 120 cm", "Ramper", False, True, 2, 10),
)
PART_ARTICLES = (
    ("R-1001", "Batteri 12V 50Ah"), ("R-1002", "Laddare 24V"), ("R-2001", "Däck 24\" massivt"),
    ("R-2002", "Bromsvajer rollator"), ("R-3001", "Handkontroll vårdsäng"),
    ("R-4001", "Laddkabel USB-C"), ("R-4002", "Skyddsfodral surfplatta"), ("R-5001", "Lyftsele M"),
)

UNITS = (
    "Vårdcentralen Majorna", "Vårdcentralen Hjällbo", "Rehab Borås", "Rehab Trollhättan",
    "Hemsjukvården Mölndal", "Hemsjukvården Partille", "Kommunrehab Alingsås",
    "Kommunrehab Kungälv", "Habiliteringen Skövde", "Habiliteringen Göteborg",
    "Sahlgrenska Arbetsterapi", "NÄL Fysioterapi", "SkaS Rehabmottagning", "Hörselverksamheten",
    "Logopedmottagningen Uddevalla", "Kommunikationscentrum Mölndal", "Lerums kommun Rehab",
    "Lidköpings kommun Hemsjukvård", "Vänersborgs kommun Rehab", "Stenungsunds kommun Rehab",
)
PROFESSIONS = ("Arbetsterapeut", "Fysioterapeut", "Logoped", "Sjuksköterska", "Audionom")

# What goes wrong with a device of each product group: the fault a corrective order (0–3,
# 12, 13, SDH) describes fits the device it is about.
FAULTS = {
    "Manuella rullstolar": ("Bromsen tar dåligt", "Punktering bakhjul", "Fotstöd sitter löst",
                            "Gnisslar vid körning", "Drivringen har lossnat"),
    "Elrullstolar": ("Batteriet laddar inte", "Styrspaken reagerar sent",
                     "Stannar efter några meter", "Felkod i manöverboxen"),
    "Rollatorer": ("Bromsvajern har gått av", "Hjul glappar", "Bromsen låser inte",
                   "Korgen har lossnat"),
    "Sängar": ("Sängen går inte att höja", "Handkontroll ur funktion",
               "Grinden går inte att fälla upp", "Motorn brummar men sängen rör sig inte"),
    "Madrasser": ("Pumpen larmar", "Madrassen tappar luft", "Överdraget har spruckit"),
    "Lyftar": ("Lyften stannar halvvägs", "Lyften laddar inte", "Nödsänkningen fungerar inte",
               "Lyftbygeln glappar"),
    "Hygienhjälpmedel": ("Ett ben sitter löst", "Höjdinställningen har fastnat",
                         "Armstödet har spruckit"),
    "Kommunikation": ("Talapparaten startar inte", "Ögonstyrningen tappar kalibrering",
                      "Skärmen svarar inte på tryck", "Rösten hörs inte"),
    "Hörsel": ("Ljudet försvinner i samtalsförstärkaren", "Blixtlarmet blinkar inte vid ringning",
               "Sändaren laddar inte"),
    "Kognition": ("Kalendern visar fel tid", "Appen synkar inte", "Påminnelserna hörs inte",
                  "Skärmen är svart"),
    "Omgivningskontroll": ("Dörröppnaren stänger inte", "Fjärrkontrollen når inte dörren",
                           "De programmerade kanalerna har försvunnit"),
    "Gånghjälpmedel": ("Höjdinställningen glappar", "Hjulen låser sig"),
    "Trapphissar": ("Trapphissen stannar mitt i trappan", "Fjärrkontrollen fungerar inte",
                    "Piper och rör sig inte"),
    "Ramper": ("Rampen har spruckit", "Halkskyddet har lossnat"),
}
# Other order types: the text by product group (None: any device, or no device at all);
# a type not listed here describes a fault (FAULTS).
TYPE_TEXTS: dict[str, dict[str | None, tuple[str, ...]]] = {
    "3": {"Lyftar": ("Lyften fungerar inte – brukaren kan inte förflyttas",),
          "Elrullstolar": ("Elrullstolen har stannat helt – brukaren tar sig inte fram",),
          "Sängar": ("Sängmotorn trasig – brukaren ligger lågt",),
          "Trapphissar": ("Trapphissen har stannat – brukaren kommer inte ut",)},
    "4": {"Manuella rullstolar": ("Anpassa armstöd enligt instruktion", "Byt till längre benstöd"),
          "Elrullstolar": ("Montera hållare för andningsutrustning", "Flytta styrspaken till vänster"),
          None: ("Anpassa höjden efter brukaren", "Anpassning enligt förskrivarens anvisning")},
    "5": {"Manuella rullstolar": ("Råd om sittlösning vid ökad spasticitet",),
          "Elrullstolar": ("Bedömning av lämplig styrning",),
          "Kommunikation": ("Konsultation om ögonstyrning",),
          None: ("Konsultation om lämplig lösning",)},
    "6": {"Manuella rullstolar": ("Specialanpassad sits enligt anvisning",
                                  "Förlängd ryggbåge enligt anvisning"),
          None: ("Specialanpassning enligt anvisning",)},
    "7": {"Elrullstolar": ("Specialbyggd styrbox – kostnadsförslag önskas",),
          None: ("Anpassad ram enligt kostnadsförslag",)},
    "8": {"Lyftar": ("Montera taklyft i sovrum", "Demontera lyft efter avslut"),
          "Sängar": ("Montera säng hos brukaren", "Demontera säng efter avslut"),
          "Omgivningskontroll": ("Installera dörröppnare",),
          "Trapphissar": ("Montera trapphiss",), "Ramper": ("Montera ramp vid entrén",)},
    "9": {"Manuella rullstolar": ("Brukaren föll ur stolen – misstänkt fel på bälte",),
          "Sängar": ("Sängens grind lossnade",),
          "Lyftar": ("Lyftselen gled – misstänkt fel på lyftbygeln",),
          None: ("Misstänkt medicinteknisk avvikelse – utred orsaken",)},
    "10": {"Sängar": ("Flytta säng till nytt boende", "Flytt av säng inom lägenheten")},
    "12": {"Sängar": ("Service enligt avtal – säng",), None: ("Årlig service grundutrustning",)},
    "13": {None: ("Akut fel på grundutrustning enligt avtal",)},
}
# Types that only concern some product groups (SDH: digital aids only, by its definition).
TYPE_GROUPS = {
    "8": frozenset({"Lyftar", "Sängar", "Omgivningskontroll", "Trapphissar", "Ramper"}),
    "10": frozenset({"Sängar"}),
    "12": frozenset({"Sängar", "Lyftar", "Madrasser"}),
    "13": frozenset({"Sängar", "Lyftar", "Madrasser"}),
}
PICKUP_REASONS = ("Behovet har upphört", "Brukaren har flyttat till särskilt boende",
                  "Byte till annan modell", "Hjälpmedlet har ersatts")


def descriptions(code: str, group: str | None) -> tuple[str, ...]:
    """Texts that fit an order of type ``code`` on a device of ``group`` (None: no device)."""
    texts = TYPE_TEXTS.get(code, {})
    found = texts.get(group) if group else None
    if found:
        return found
    if code in TYPE_TEXTS and None in texts:
        return texts[None]
    if group in FAULTS:
        return FAULTS[group]
    return next(iter(texts.values()), TYPE_TEXTS["9"][None])


SERVICE_PRODUCTS = ("Konsultation sittande", "Konsultation styrning", "Konsultation kommunikation")
STAFF = (
    ("tekniker1", "Kalle Tekniker", "technician"), ("tekniker2", "Maria Verkstad", "technician"),
    ("support1", "Sofia Support", "support"), ("kundtjanst1", "Anders Kundtjänst", "customer_service"),
    ("lager1", "Lena Lager", "warehouse"), ("admin1", "Göran Admin", "admin"),
)
