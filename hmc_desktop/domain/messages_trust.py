"""The sentences of trustworthy data: identity, unusable databases and files, people, imports.

Kept apart from :mod:`hmc_desktop.domain.messages` (which merges them in) so that neither
module grows past a screenful of keys on one theme.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (English, Swedish)
    "override_refused": (
        "{variable}={login} is refused: '{login}' is not a service account of this database "
        "(you are logged in as '{os_login}'; an administrator marks service accounts with "
        "'hmc-desktop staff add {login} … --service-account')",
        "{variable}={login} godtas inte: ”{login}” är inget tjänstekonto i den här databasen "
        "(du är inloggad som ”{os_login}”; en administratör markerar tjänstekonton med "
        "”hmc-desktop staff add {login} … --service-account”)",
    ),
    "last_admin": (
        "'{login}' is the last active administrator; make someone else administrator first",
        "”{login}” är den sista aktiva administratören; gör någon annan till administratör först",
    ),
    "staff_login_required": (
        "a login name is required (1-80 characters, no spaces)",
        "ett inloggningsnamn måste anges (1–80 tecken, inga mellanslag)",
    ),
    "db_url_invalid": (
        "'{url}' is not a database URL this program supports; a URL looks like "
        "sqlite:///path/to/hmc.sqlite3 or postgresql+psycopg://user@server/hmc",
        "”{url}” är ingen databasadress som programmet kan använda; en adress ser ut som "
        "sqlite:///sökväg/till/hmc.sqlite3 eller postgresql+psycopg://användare@server/hmc",
    ),
    "db_url_path": (
        "'{url}' is not a database URL this program supports; for that SQLite file write "
        "sqlite:///{url} (PostgreSQL: postgresql+psycopg://user@server/hmc)",
        "”{url}” är ingen databasadress som programmet kan använda; skriv sqlite:///{url} för "
        "den SQLite-filen (PostgreSQL: postgresql+psycopg://användare@server/hmc)",
    ),
    "db_backend_unsupported": (
        "'{url}' is not a database URL this program supports: hmc-desktop works with SQLite and "
        "PostgreSQL, not {backend}; a URL looks like sqlite:///path/to/hmc.sqlite3 or "
        "postgresql+psycopg://user@server/hmc",
        "”{url}” är ingen databasadress som programmet kan använda: hmc-desktop fungerar med "
        "SQLite och PostgreSQL, inte {backend}; en adress ser ut som "
        "sqlite:///sökväg/till/hmc.sqlite3 eller postgresql+psycopg://användare@server/hmc",
    ),
    "db_folder": (
        "the SQLite file {path} cannot be created there ({reason})",
        "SQLite-filen {path} kan inte skapas där ({reason})",
    ),
    "db_not_a_database": (
        "{path} is not an hmc-desktop database (the file is damaged or of another kind: {reason}); "
        "open another file or restore a backup",
        "{path} är ingen hmc-desktop-databas (filen är skadad eller av annat slag: {reason}); "
        "öppna en annan fil eller återställ en säkerhetskopia",
    ),
    "db_schema_newer": (
        "the database has schema revision {revision}, which this version of hmc-desktop "
        "(schema {ours}) does not know; install the newer version that made it",
        "databasen har schemaversion {revision}, som den här versionen av hmc-desktop "
        "(schema {ours}) inte känner till; installera den nyare version som skapade den",
    ),
    "disk_full": (
        "cannot write {path}: the disk is full; nothing was left half-written",
        "kan inte skriva {path}: disken är full; inget lämnades halvskrivet",
    ),
    "cannot_write": (
        "cannot write {path} ({reason}); nothing was left half-written",
        "kan inte skriva {path} ({reason}); inget lämnades halvskrivet",
    ),
    "person_name_conflict": (
        "this personnummer belongs to a user registered with another name; check the name "
        "and the personnummer (two people are never merged into one)",
        "personnumret tillhör en brukare som är registrerad med ett annat namn; kontrollera "
        "namn och personnummer (två personer slås aldrig ihop till en)",
    ),
    "person_ambiguous": (
        "{count} users named '{name}' are registered at '{street}'; give user_personnummer to "
        "say which one",
        "{count} brukare med namnet ”{name}” är registrerade på ”{street}”; ange "
        "user_personnummer för att tala om vilken",
    ),
    "person_ambiguous_pnr": (
        "a user named '{name}' at '{street}' is registered without personnummer beside another "
        "one of that name; it cannot be told whether this is the same person",
        "en brukare med namnet ”{name}” på ”{street}” är registrerad utan personnummer bredvid "
        "en annan med samma namn; det går inte att avgöra om det är samma person",
    ),
    "date_out_of_range": (
        "{value} is outside the years {earliest}-{latest}",
        "{value} ligger utanför åren {earliest}–{latest}",
    ),
    "time_skipped": (
        "{value} does not exist in Stockholm: the clocks go forward from 02:00 to 03:00 that "
        "night",
        "{value} finns inte i Stockholm: klockan ställs fram från 02:00 till 03:00 den natten",
    ),
    "import_scrapped": (
        "the device {individual_no} is scrapped, and a scrapped device never becomes {target} "
        "again (D2)",
        "hjälpmedlet {individual_no} är kasserat, och ett kasserat hjälpmedel blir aldrig "
        "{target_sv} igen (D2)",
    ),
    "import_raced": (
        "the import met other workstations' changes to the same orders {attempts} times and "
        "stored nothing; import the file again",
        "inläsningen krockade {attempts} gånger med andra arbetsstationers ändringar av samma "
        "arbetsordrar och sparade ingenting; läs in filen igen",
    ),
    "import_busy": (
        "another import (or a long change) kept the database busy for {wait}; nothing was "
        "stored: import the file again when it is done",
        "en annan inläsning (eller en lång ändring) höll databasen upptagen i {wait}; inget "
        "sparades: läs in filen igen när den är klar",
    ),
}
