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

DESCRIPTIONS = {
    "0": ("Bromsen tar dåligt", "Punktering bakhjul", "Gnisslar vid körning", "Fotstöd sitter löst"),
    "1": ("Batteriet laddar inte", "Styrspaken reagerar sent", "Hjul glappar", "Ryggstöd trasigt"),
    "2": ("Sängen går inte att höja", "Lyften stannar halvvägs", "Handkontroll ur funktion"),
    "3": ("Lyften fungerar inte – brukaren kan inte förflyttas", "Elrullstol stannat helt",
          "Sängmotor trasig, brukaren ligger lågt"),
    "4": ("Anpassa armstöd enligt instruktion", "Montera hållare för andningsutrustning",
          "Byt till längre benstöd"),
    "5": ("Råd om sittlösning vid ökad spasticitet", "Bedömning av lämplig styrning",
          "Konsultation om ögonstyrning"),
    "6": ("Specialanpassad sits enligt anvisning", "Förlängd ryggbåge enligt anvisning"),
    "7": ("Specialbyggd styrbox – kostnadsförslag önskas", "Anpassad ram enligt kostnadsförslag"),
    "8": ("Montera taklyft i sovrum", "Demontera säng efter avslut", "Installera dörröppnare"),
    "9": ("Brukaren föll ur stolen – misstänkt fel på bälte", "Sängens grind lossnade"),
    "10": ("Flytta säng till nytt boende", "Flytt av säng inom lägenheten"),
    "12": ("Årlig service grundutrustning", "Service enligt avtal – säng"),
    "13": ("Akut fel på grundutrustning enligt avtal",),
    "SDH": ("Talapparaten startar inte", "Appen synkar inte", "Ögonstyrningen tappar kalibrering",
            "Ljudet försvinner i samtalsförstärkaren", "MEMOplanner visar fel tid"),
}

SERVICE_PRODUCTS = ("Konsultation sittande", "Konsultation styrning", "Konsultation kommunikation")
STAFF = (
    ("tekniker1", "Kalle Tekniker", "technician"), ("tekniker2", "Maria Verkstad", "technician"),
    ("support1", "Sofia Support", "support"), ("kundtjanst1", "Anders Kundtjänst", "customer_service"),
    ("lager1", "Lena Lager", "warehouse"), ("admin1", "Göran Admin", "admin"),
)
