"""Read articles: a folder of .txt files (id = file stem) or a .jsonl / .jsonl.gz file of records.

Bad input stops the run with an `IngestError` naming the file, the line and the problem: a silently
skipped article would make the warehouse look complete when it is not.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.core.model import Article

# The outlet line at the end of an article: `المصدر : الجزيرة`. A photo credit
# (`مصدر الصورة :الشرق الأوسط`) names another outlet, so only a line starting with this word counts.
OUTLET_MARKER = "المصدر"
OUTLET_LINES_SCANNED = 3


class IngestError(ValueError):
    """Input that cannot become articles; the message names the file (and line) and the problem."""


def read_articles(path: str | Path) -> list[Article]:
    """Articles from a folder of .txt, one .txt file, or a .jsonl / .jsonl.gz file of records."""
    path = Path(path)
    if not path.exists():
        raise IngestError(f"{path}: no such file or folder")
    if path.is_dir():
        return _read_txt_files(sorted(path.glob("*.txt")), folder=path)
    if path.suffix == ".txt":
        return _read_txt_files([path], folder=path.parent)
    if path.name.endswith((".jsonl", ".jsonl.gz")):
        return _read_jsonl_articles(path)
    raise IngestError(f"{path}: expected a folder of .txt files, a .txt, .jsonl or .jsonl.gz file")


def _read_txt_files(files: list[Path], folder: Path) -> list[Article]:
    if not files:
        raise IngestError(f"{folder}: no .txt files")
    return [_article_from_txt(file) for file in files]


def _article_from_txt(file: Path) -> Article:
    try:
        text = file.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(f"{file}: not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    if not text.strip():
        raise IngestError(f"{file}: empty text")
    return Article(id=file.stem, text=text, source=guess_outlet(text))


def guess_outlet(text: str) -> str | None:
    """The outlet named by a trailing `المصدر : X` line, if one of the last lines is one."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in reversed(lines[-OUTLET_LINES_SCANNED:]):
        head, colon, outlet = line.partition(":")
        if colon and head.strip() == OUTLET_MARKER and outlet.strip():
            return outlet.strip()
    return None


def read_jsonl_records(path: str | Path) -> Iterator[tuple[int, dict]]:
    """(line number, record) for each non-blank line of a .jsonl or .jsonl.gz file."""
    path = Path(path)
    if not path.is_file():
        raise IngestError(f"{path}: no such file")
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            yield number, _parse_line(raw, path, number)


def _parse_line(raw: bytes, path: Path, number: int) -> dict:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(f"{path}:{number}: not UTF-8 ({exc.reason})") from exc
    if not line.strip():
        return {}
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise IngestError(f"{path}:{number}: invalid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise IngestError(f"{path}:{number}: expected a JSON object, got {type(record).__name__}")
    return record


def _read_jsonl_articles(path: Path) -> list[Article]:
    articles: list[Article] = []
    seen: dict[str, int] = {}
    for number, record in read_jsonl_records(path):
        if not record:
            continue
        article = _article_from_record(record, path, number)
        if article.id in seen:
            raise IngestError(
                f"{path}:{number}: duplicate id {article.id!r} (first on line {seen[article.id]})"
            )
        seen[article.id] = number
        articles.append(article)
    if not articles:
        raise IngestError(f"{path}: no records")
    return articles


def _article_from_record(record: dict, path: Path, number: int) -> Article:
    for key in ("id", "text"):
        value = record.get(key)
        if not isinstance(value, str | int) or not str(value).strip():
            raise IngestError(f"{path}:{number}: missing or empty {key!r}")
    return Article(
        id=str(record["id"]),
        text=str(record["text"]),
        source=_optional_str(record.get("source")),
        url=_optional_str(record.get("url")),
        published_at=_optional_str(record.get("published_at")),
        title=_optional_str(record.get("title")),
    )


def _optional_str(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def article_row(article: Article) -> dict:
    """The row of the `articles` table (and of the articles validation suite) for one article."""
    return {
        "article_id": article.id,
        "outlet": article.source,
        "url": article.url,
        "published_at": article.published_at,
        "title": article.title,
        "text": article.text,
        "content_hash": article.content_hash,
    }


@task(name="ingest", cache_policy=NO_CACHE)
def ingest_task(path: str) -> list[Article]:
    """Prefect wrapper of `read_articles`."""
    return read_articles(path)
