"""Plain text of Wikipedia articles from a MediaWiki XML dump (used to build our test corpora).

Our development set (tests/data/devset/) and benchmark corpus (benchmarks/data/) are articles of
the English Wikipedia (CC BY-SA 3.0) taken from the shortened April 2016 dump that gensim 4.4.0
ships as test data. To rebuild them (network access to PyPI only):

    pip download --no-deps gensim==4.4.0 -d /tmp/gensim && pip install mwparserfromhell
    unzip -p /tmp/gensim/gensim-4.4.0-*.whl 'gensim/test/test_data/enwiki-latest-*-shortened.bz2' \
        | bunzip2 > /tmp/enwiki.xml
    python tools/wikipedia_text.py /tmp/enwiki.xml devset     # writes tests/data/devset/
    python tools/wikipedia_text.py /tmp/enwiki.xml benchmark  # writes benchmarks/data/

mwparserfromhell is needed only here, so it is not a dependency of the project.
"""

from __future__ import annotations

import contextlib
import gzip
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = (
    "Andorra; Abraham Lincoln; Aristotle; Albert Einstein; Apollo 11; Apollo 8; Amphibian; "
    "Algeria; Angola; Alaska; Andre Agassi; Animal Farm; Aldous Huxley; Atlantic Ocean; Aruba; "
    "American Revolutionary War; Agriculture; Alchemy; Ampere; Aardvark; Academy Awards; "
    "Alberta; Albania; Azerbaijan"
).split("; ")
SKIPPED_SECTIONS = re.compile(
    r"^(See also|References|External links|Further reading|Notes|Bibliography|Sources|"
    r"Citations|Footnotes|Gallery)$"
)
DEVSET_CHARS = 7_000
BENCHMARK_CHARS = 1_100_000


def articles(dump: Path) -> dict[str, tuple[str, str]]:
    """Title -> (revision id, wikitext) of every article that is not a redirect."""
    root = ET.parse(dump).getroot()
    namespace = {"m": root.tag.split("}")[0][1:]}
    found = {}
    for page in root.findall("m:page", namespace):
        revision = page.find("m:revision", namespace)
        wikitext = revision.find("m:text", namespace).text or ""
        if not wikitext.startswith("#REDIRECT"):
            title = page.find("m:title", namespace).text
            found[title] = (revision.find("m:id", namespace).text, wikitext)
    return found


UNITS = {
    "mi": "miles",
    "km": "kilometres",
    "ft": "feet",
    "m": "metres",
    "sqmi": "square miles",
    "km2": "square kilometres",
    "acre": "acres",
    "ha": "hectares",
    "lb": "pounds",
    "kg": "kilograms",
    "F": "degrees Fahrenheit",
    "C": "degrees Celsius",
    "in": "inches",
    "cm": "centimetres",
    "mm": "millimetres",
    "nmi": "nautical miles",
    "mph": "miles per hour",
    "km/h": "kilometres per hour",
    "t": "tonnes",
    "L": "litres",
    "ly": "light-years",
}


def _template_text(template) -> str:
    """What a reader sees for the templates that carry prose; nothing for the others."""
    name = str(template.name).strip().lower()
    values = [str(p.value).strip() for p in template.params if not p.showkey]
    if name in {"convert", "cvt"} and len(values) >= 2:
        if values[1] in {"-", "to", "and", "\u2013"} and len(values) >= 4:
            return f"{values[0]} to {values[2]} {UNITS.get(values[3], values[3])}"
        return f"{values[0]} {UNITS.get(values[1], values[1])}"
    if name in {"nowrap", "nobr", "ill", "lang"} or name.startswith("lang-"):
        return values[-1] if name == "lang" and values else (values[0] if values else "")
    if name in {"circa", "c."} and values:
        return f"c. {values[0]}"
    return ""


def plain_text(wikitext: str) -> str:
    """Article prose: markup, references, tables, images and end sections removed."""
    import mwparserfromhell

    code = mwparserfromhell.parse(wikitext)
    for template in code.filter_templates(recursive=False):
        with contextlib.suppress(ValueError):  # already gone with an enclosing template
            code.replace(template, _template_text(template))
    for tag in code.filter_tags(recursive=False):
        if str(tag.tag).lower() in {"ref", "gallery", "math", "table", "timeline", "imagemap"}:
            code.remove(tag)
    text = code.strip_code(normalize=True, collapse=True)
    lines = []
    for raw in text.splitlines():
        line = re.sub(r"\(\s*[;,]?\s*(?:[;,]\s*)*\)", "", raw)  # emptied parentheses
        line = re.sub(r"\s{2,}", " ", line).strip()
        if SKIPPED_SECTIONS.match(line):
            break
        if "|" in line or line.startswith(("thumb", "File:", "Image:", "Category:")):
            continue
        lines.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _clip(text: str, limit: int) -> str:
    """The text up to the last paragraph end before *limit* characters."""
    if len(text) <= limit:
        return text
    return text[: text.rfind("\n", 0, limit)].rstrip() + "\n"


def write_devset(pages: dict[str, tuple[str, str]]) -> None:
    folder = ROOT / "tests" / "data" / "devset"
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for title in DEVSET:
        revision, wikitext = pages[title]
        name = re.sub(r"\W+", "-", title.lower()).strip("-") + ".txt"
        (folder / name).write_text(_clip(plain_text(wikitext), DEVSET_CHARS), encoding="utf-8")
        page = title.replace(" ", "_")
        url = f"https://en.wikipedia.org/w/index.php?title={page}&oldid={revision}"
        rows.append(f"| {name} | [{title}]({url}) | CC BY-SA 3.0 |")
    header = "| file | source (Wikipedia revision) | licence |\n| --- | --- | --- |\n"
    (folder / "SOURCES.md").write_text(_sources_note() + header + "\n".join(rows) + "\n")


def write_benchmark(pages: dict[str, tuple[str, str]]) -> None:
    folder = ROOT / "benchmarks" / "data"
    folder.mkdir(parents=True, exist_ok=True)
    parts, titles, size = [], [], 0
    for title, (revision, wikitext) in sorted(pages.items()):
        if title in DEVSET or "/" in title or title.startswith(("List of", "Wikipedia:")):
            continue
        text = plain_text(wikitext)
        if len(text) < 3_000:
            continue
        parts.append(text)
        titles.append(f"- {title} (revision {revision})")
        size += len(text.encode())
        if size >= BENCHMARK_CHARS:
            break
    with gzip.open(folder / "wikipedia-2016.txt.gz", "wt", encoding="utf-8") as out:
        out.write("\n\n".join(parts))
    (folder / "SOURCES.md").write_text(
        _sources_note() + "Articles, in this order:\n\n" + "\n".join(titles) + "\n"
    )


def _sources_note() -> str:
    return (
        "# Sources\n\nPlain text of English Wikipedia articles (April 2016 revisions), licensed "
        "under [CC BY-SA 3.0](https://creativecommons.org/licenses/by-sa/3.0/); authors are "
        "listed in each article's history. Extracted from the shortened dump in gensim 4.4.0's "
        "test data by `tools/wikipedia_text.py` (markup, references and tables removed).\n\n"
    )


if __name__ == "__main__":
    dump, target = Path(sys.argv[1]), sys.argv[2]
    pages = articles(dump)
    write_devset(pages) if target == "devset" else write_benchmark(pages)
