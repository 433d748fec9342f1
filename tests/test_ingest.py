"""Readers of articles: .txt folders and JSONL files, and a clear error for every kind of bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tasks.ingest import IngestError, article_row, guess_outlet, ingest_task, read_articles

RECORD = {
    "id": "a1",
    "source": "Al Jazeera",
    "url": "https://example.org/a1",
    "published_at": "2020-06-10T12:00:00+03:00",
    "title": "عنوان",
    "text": "وقال المتحدث إن المحادثات مستمرة.",
}


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_txt_folder_sorted_by_stem_with_text_verbatim(seeds_dir: Path) -> None:
    articles = read_articles(seeds_dir)
    files = sorted(seeds_dir.glob("*.txt"))
    assert [a.id for a in articles] == [f.stem for f in files]
    assert [a.text for a in articles] == [f.read_text(encoding="utf-8") for f in files]
    assert all(a.url is None and a.published_at is None for a in articles)


def test_outlet_from_trailing_source_line(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(
        "نص الخبر.\nمصدر الصورة :الشرق الأوسط\nالمصدر : الجزيرة\n", encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text("نص بلا مصدر.\nمصدر الصورة :الشرق الأوسط\n", encoding="utf-8")
    assert [(a.id, a.source) for a in read_articles(tmp_path)] == [("a", None), ("b", "الجزيرة")]
    assert guess_outlet("المصدر : الجزيرة\n" + "سطر\n" * 5) is None  # not at the end


def test_single_txt_file(tmp_path: Path) -> None:
    file = tmp_path / "only.txt"
    file.write_text("نص", encoding="utf-8")
    assert [a.id for a in read_articles(file)] == ["only"]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_jsonl_records(tmp_path: Path, suffix: str) -> None:
    lines = [json.dumps(RECORD, ensure_ascii=False), "", json.dumps({"id": 7, "text": "نص آخر"})]
    path = tmp_path / f"articles{suffix}"
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    first, second = read_articles(path)
    assert (first.id, first.source, first.url, first.title, first.text) == (
        "a1",
        RECORD["source"],
        RECORD["url"],
        RECORD["title"],
        RECORD["text"],
    )
    assert (second.id, second.source) == ("7", None)


def test_article_row_has_warehouse_columns() -> None:
    from tasks.core.model import Article

    row = article_row(Article(id="x", text="نص", source="S"))
    assert row["article_id"] == "x" and row["outlet"] == "S" and len(row["content_hash"]) == 64


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"id": "a", "text": "t"}', '{"id": "b", "text": '], r"articles.jsonl:2: invalid JSON"),
        (['{"text": "t"}'], r"articles.jsonl:1: missing or empty 'id'"),
        (['{"id": "a"}'], r"articles.jsonl:1: missing or empty 'text'"),
        (['{"id": "a", "text": "  "}'], r"articles.jsonl:1: missing or empty 'text'"),
        (
            ['{"id": "a", "text": "t"}', '{"id": "a", "text": "u"}'],
            r"articles.jsonl:2: duplicate id 'a' \(first on line 1\)",
        ),
        (['["a", "t"]'], r"articles.jsonl:1: expected a JSON object"),
        ([""], r"articles.jsonl: no records"),
    ],
)
def test_bad_jsonl(tmp_path: Path, lines: list[str], message: str) -> None:
    path = write_jsonl(tmp_path / "articles.jsonl", lines)
    with pytest.raises(IngestError, match=message):
        read_articles(path)


def test_jsonl_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_bytes(b'{"id": "a", "text": "t"}\n' + '{"id": "b", "text": "قال"}\n'.encode("cp1256"))
    with pytest.raises(IngestError, match=r"articles.jsonl:2: not UTF-8"):
        read_articles(path)


def test_txt_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes("وقال".encode("cp1256"))
    with pytest.raises(IngestError, match=r"bad.txt: not UTF-8"):
        read_articles(tmp_path)


def test_empty_txt(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("\n  \n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"blank.txt: empty text"):
        read_articles(tmp_path)


def test_absent_path_empty_folder_and_other_files(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"nowhere: no such file or folder"):
        read_articles(tmp_path / "nowhere")
    with pytest.raises(IngestError, match=r"no .txt files"):
        read_articles(tmp_path)
    (tmp_path / "data.csv").write_text("id,text\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"data.csv: expected a folder"):
        read_articles(tmp_path / "data.csv")


def test_task_wraps_reader(seeds_dir: Path) -> None:
    assert ingest_task.fn(str(seeds_dir)) == read_articles(seeds_dir)


@pytest.mark.corpus
def test_real_corpus_reads(shared_dir: Path) -> None:
    corpus = shared_dir / "corpus" / "articles.jsonl"
    if not corpus.is_file():
        pytest.skip(f"{corpus} not found")
    articles = read_articles(corpus)
    assert len(articles) == len({a.id for a in articles}) > 1000
    assert all(a.text.strip() and a.source for a in articles)
