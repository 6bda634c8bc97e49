"""The documents a newcomer reads first point at files that exist and rules that are written down."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RULE = re.compile(r"\b(PM[1-9]|[WCDSPR][1-9][0-9]?)\b")  # W10, C2, PM4 … (P90 is a percentile)
PERCENTILE = re.compile(r"P[1-9][0-9]")


def test_every_relative_link_in_the_readme_and_docs_names_a_file_of_the_repository():
    for page in (ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))):
        for target in re.findall(r"\]\(([^)#]+)\)", page.read_text(encoding="utf-8")):
            if "://" in target:
                continue
            assert (page.parent / target).exists(), f"{page.name} links to missing {target}"


def test_every_rule_id_the_code_names_is_written_in_docs_domain():
    written = set(re.findall(r"\*\*((?:PM|[WCDSPR])\d+)\*\*", (ROOT / "docs" / "DOMAIN.md").read_text(
        encoding="utf-8")))
    named: dict[str, Path] = {}
    for source in [*(ROOT / "hmc_desktop").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]:
        for rule in RULE.findall(source.read_text(encoding="utf-8")):
            if not PERCENTILE.fullmatch(rule):
                named.setdefault(rule, source)
    assert {"C2", "W6", "D2", "PM2", "R3"} <= set(named)
    missing = {rule: str(path.relative_to(ROOT)) for rule, path in named.items() if rule not in written}
    assert not missing, f"rule ids named in the code but not in docs/DOMAIN.md: {missing}"
