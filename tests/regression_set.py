"""The hand-annotated regression set: offsets into ../shared/corpus articles plus our own sentences.

Annotations hold article ids, character offsets and expected values, never outlets' text: the text is
read from ../shared/corpus/articles.jsonl at run time. Each annotated sentence is scored as its own
unit (ATTRIBUTION.md section 8), with the predictions whose cue lies inside that sentence.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tasks.core.extract import extract
from tasks.core.model import Article, Attribution
from tasks.core.score import GoldAttribution, Prediction, Score, score_both

DATA = Path(__file__).parent / "data"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl"
BENCH = CORPUS.with_name("bench.jsonl.gz")  # sport, courts, local news: the sections articles.jsonl lacks
CORPUS_FILES = ("regression_corpus_a.jsonl", "regression_corpus_b.jsonl", "regression_corpus_c.jsonl",
                "regression_corpus_d.jsonl", "regression_corpus_e.jsonl", "regression_corpus_f.jsonl",
                "regression_corpus_g.jsonl", "regression_corpus_h.jsonl", "regression_corpus_i.jsonl",
                "regression_corpus_j.jsonl", "regression_corpus_k.jsonl", "regression_corpus_l.jsonl",
                "regression_corpus_m.jsonl", "regression_corpus_n.jsonl",
                "regression_corpus_o.jsonl", "regression_corpus_p.jsonl", "regression_corpus_q.jsonl",
                "regression_corpus_r.jsonl", "regression_corpus_s.jsonl", "regression_corpus_t.jsonl",
                "regression_corpus_u.jsonl", "regression_corpus_v.jsonl", "regression_corpus_w.jsonl",
                "regression_corpus_x.jsonl", "regression_corpus_y.jsonl",
                "regression_corpus_z.jsonl")
WRITTEN_FILE = "regression_written.jsonl"


@dataclass(frozen=True)
class Unit:
    """One annotated sentence with the text of its article."""

    key: str
    article: Article
    start: int
    end: int
    gold: list[dict]
    traps: list[dict]
    file: str = ""  # the annotation file it came from


def load_corpus_texts(ids: set[str]) -> dict[str, Article]:
    articles: dict[str, Article] = {}
    with CORPUS.open(encoding="utf-8") as fh:
        _collect(fh, ids, articles)
    missing = ids - set(articles)
    if missing and BENCH.exists():
        with gzip.open(BENCH, "rt", encoding="utf-8") as fh:
            _collect(fh, missing, articles)
    return articles


def _collect(lines, ids: set[str], into: dict[str, Article]) -> None:
    for line in lines:
        if not any(i in line for i in ids):  # cheap test before parsing 70k bench lines
            continue
        rec = json.loads(line)
        if rec["id"] in ids:
            into[rec["id"]] = Article(rec["id"], rec["text"], rec.get("source"), rec.get("url"),
                                      rec.get("published_at"), rec.get("title"))


def _rows(name: str) -> list[dict]:
    path = DATA / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@cache
def corpus_units(files: tuple[str, ...] = CORPUS_FILES) -> tuple[Unit, ...]:
    """The annotated corpus sentences with their articles; read once per process (the bench file is
    70k lines), so the tests that share them do not read it again."""
    rows = [(name, r) for name in files if (DATA / name).exists() for r in _rows(name)]
    articles = load_corpus_texts({r["doc"] for _, r in rows})
    return tuple(_unit(r, articles[r["doc"]], name) for name, r in rows if r["doc"] in articles)


def written_units() -> list[Unit]:
    units = []
    for r in _rows(WRITTEN_FILE):
        article = Article(r["id"], r["text"])
        units.append(_unit({**r, "doc": r["id"], "sentence": [0, len(r["text"])]}, article))
    return units


def _unit(row: dict, article: Article, file: str = "") -> Unit:
    s, e = row["sentence"]
    gold = []
    for a in row.get("attributions", []):
        cs, ce = a["content"]
        gold.append({**a, "content_text": article.text[cs:ce]})
    return Unit(f"{row['doc']}#{s}", article, s, e, gold, row.get("traps", []), file)


@cache
def _extracted(article: Article) -> tuple[Attribution, ...]:
    return tuple(extract(article))


def predictions_for(units: Sequence[Unit]) -> dict[str, list[Attribution]]:
    """Extract each article once (per process), then hand every unit the attributions whose cue is inside it."""
    return {u.key: [a for a in _extracted(u.article) if u.start <= a.cue_start < u.end
                    or u.start <= a.start < u.end and a.cue_start == a.cue_end] for u in units}


def gold_of(units: Sequence[Unit]) -> list[GoldAttribution]:
    """The units' gold rows, each scored as its own document (the unit key)."""
    return [GoldAttribution(u.key, g["speaker"], g["content_text"], g["form"], tuple(g.get("aliases") or ()))
            for u in units for g in u.gold]


def prediction_rows(preds: dict[str, list[Attribution]]) -> list[dict]:
    """Predictions as scorer rows under their unit key (with their confidence)."""
    return [{**a.to_row(), "doc": key} for key, atts in preds.items() for a in atts]


def score_units(units: Sequence[Unit]) -> tuple[dict[str, Score], dict[str, list[Attribution]]]:
    preds = predictions_for(units)
    pred_rows = [Prediction(key, a.speaker, a.content) for key, atts in preds.items() for a in atts]
    return score_both(gold_of(units), pred_rows), preds
