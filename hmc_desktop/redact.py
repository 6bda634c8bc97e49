"""Secrets never reach a file or the console: passwords in database addresses are masked.

A PostgreSQL address may carry a password (``postgresql+psycopg://hmc:SECRET@server/hmc``,
or ``?password=SECRET``). It must not appear in the log (readable by IT, copied into
support tickets), in a message on the console, or in an exception's text written to
either. :func:`redact` masks every such password in any text; the log's formatter and the
command line's error output pass everything through it.
"""

import re

MASK = "***"

# scheme://user:password@host  — the password runs to the last '@' before the host part
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/?#@\s'\"]*):[^\s'\"]*@")
# password=…  in a URL query or a libpq connection string (quoted values included)
_KEYWORD_PASSWORD = re.compile(r"(?P<head>\bpassword\s*=\s*)(?:'(?:[^'\\]|\\.)*'|[^\s&;'\"]+)",
                               re.IGNORECASE)


def redact(text: str) -> str:
    """``text`` with every password of a URL or connection string replaced by ``***``."""
    if "://" not in text and "password" not in text.lower():
        return text  # the common case: nothing to look for
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}:{MASK}@", text)
    return _KEYWORD_PASSWORD.sub(lambda m: f"{m['head']}{MASK}", text)


def safe_url(url: object) -> str:
    """A database address as it may be shown or logged: any password masked."""
    return redact(str(url))
