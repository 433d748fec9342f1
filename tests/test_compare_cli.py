"""The cross-source commands against a real DuckDB file: speakers, who-said, compare, claims, ClaimReview."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tasks.core.model import Article
from tasks.ingest import article_row
from tasks.resolve import resolve
from tests.quality_rows import attribution_row
from warehouse import db

runner = CliRunner()
CLAIM = "خليفة حفتر مستعد لتوقيع اتفاق وقف إطلاق النار في حين ترفضه حكومة الوفاق"
CLAIM_2 = "خليفة حفتر مستعد لتوقيع اتفاق وقف اطلاق النار في حين ترفضه حكومه الوفاق"

# (article id, outlet, date, speaker as the extractor wrote it, type, content)
REPORTS = [
    ("bbc1", "BBC Arabic", "2018-04-13T19:00:00+00:00", "سيرغي لافروف", "person", CLAIM),
    ("cnn1", "CNN Arabic", "2018-04-13T18:00:00+00:00", "لافروف", "person", CLAIM_2),
    (
        "cnn1",
        "CNN Arabic",
        "2018-04-13T18:00:00+00:00",
        "سيرغي شاشكوف",
        "person",
        "الاتصالات مع الأطراف الليبية مستمرة بلا انقطاع",
    ),
    (
        "sky1",
        "Sky News Arabia",
        "2018-04-14T08:00:00+00:00",
        "فايز السراج",
        "person",
        "حكومة الوفاق لن توقع على أي اتفاق الآن",
    ),
    (
        "sky1",
        "Sky News Arabia",
        "2018-04-14T08:00:00+00:00",
        "مصادر فرنسية",
        "anonymous",
        "باريس لديها تساؤلات كثيرة حول الاتفاق",
    ),
]


def _attribution(doc: str, text: str, speaker: str, stype: str, content: str) -> dict:
    # the speaker is not written in the text: a mention without offsets
    return attribution_row(doc, text, "وقال", content, speaker=speaker, mention=speaker, stype=stype)


@pytest.fixture
def warehouse_file(db_file: Path) -> Path:
    texts: dict[str, str] = {}
    for doc, *_, content in REPORTS:
        texts[doc] = texts.get(doc, "وقال ") + content + ". "
    meta = {doc: (outlet, when) for doc, outlet, when, *_ in REPORTS}
    articles = [
        article_row(Article(doc, text, meta[doc][0], f"https://example.org/{doc}", meta[doc][1]))
        for doc, text in texts.items()
    ]
    rows = [_attribution(doc, texts[doc], sp, st, c) for doc, _, _, sp, st, c in REPORTS]
    con = db.open_warehouse(db_file)
    db.load_batch(con, "run-1", articles, rows)
    con.close()
    resolve(str(db_file), "run-1")
    return db_file


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_speakers_json_lists_entities_with_aliases_and_articles(warehouse_file: Path):
    rows = json.loads(_run("speakers", "--json", "--db", str(warehouse_file)))
    lavrov = next(r for r in rows if r["name"] == "سيرغي لافروف")
    assert set(lavrov["aliases"]) == {"سيرغي لافروف", "لافروف"}
    assert lavrov["article_ids"] == ["bbc1", "cnn1"]
    assert any(r["name"] == "سيرغي شاشكوف" for r in rows)


def test_who_said_finds_any_spelling(warehouse_file: Path):
    rows = json.loads(_run("who-said", "فائز السراج", "--json", "--db", str(warehouse_file)))
    assert [r["outlet"] for r in rows] == ["Sky News Arabia"]
    rows = json.loads(_run("who-said", "سيرجي لافروف", "--json", "--db", str(warehouse_file)))
    assert {r["outlet"] for r in rows} == {"BBC Arabic", "CNN Arabic"}


def test_who_said_unknown_name_fails(warehouse_file: Path):
    result = runner.invoke(app, ["who-said", "أنغيلا ميركل", "--db", str(warehouse_file)])
    assert result.exit_code == 1


def test_compare_groups_one_claim_across_outlets(warehouse_file: Path):
    rows = json.loads(_run("compare", "لافروف", "--json", "--db", str(warehouse_file)))
    assert len({r["cluster_id"] for r in rows}) == 1
    assert [r["outlet"] for r in rows] == ["CNN Arabic", "BBC Arabic"]  # first appearance first
    assert "CNN Arabic" in _run("compare", "لافروف", "--db", str(warehouse_file))


def test_claims_about_matches_normalised_words(warehouse_file: Path):
    rows = json.loads(_run("claims", "--about", "إطلاق النار", "--json", "--db", str(warehouse_file)))
    assert len(rows) == 1 and rows[0]["n_outlets"] == 2


def test_views_answer_the_issue_questions(warehouse_file: Path):
    con = db.connect(warehouse_file, read_only=True)
    multi = con.execute("select outlet, is_first_appearance from multi_outlet_claims").fetchall()
    shares = dict(con.execute("select outlet, anonymous_share from anonymous_share_by_outlet").fetchall())
    con.close()
    assert sorted(multi) == [("BBC Arabic", False), ("CNN Arabic", True)]
    assert shares["Sky News Arabia"] == 0.5 and shares["BBC Arabic"] == 0.0


def test_resolve_twice_gives_the_same_rows(warehouse_file: Path):
    query = "select * from attribution_speakers order by all"
    con = db.connect(warehouse_file, read_only=True)
    before = con.execute(query).fetchall()
    con.close()
    resolve(str(warehouse_file), "run-2")
    con = db.connect(warehouse_file, read_only=True)
    assert con.execute(query).fetchall() == before
    con.close()


def test_export_claimreview(warehouse_file: Path, tmp_path: Path):
    out = tmp_path / "claims.json"
    _run("export", "--format", "claimreview", "--out", str(out), "--db", str(warehouse_file))
    items = json.loads(out.read_text(encoding="utf-8"))
    ceasefire = next(i for i in items if len(i["itemReviewed"]["appearance"]) == 2)
    assert ceasefire["@type"] == "ClaimReview" and ceasefire["claimReviewed"] == CLAIM_2
    assert ceasefire["itemReviewed"]["author"]["name"] == "سيرغي لافروف"
    assert ceasefire["itemReviewed"]["datePublished"] == "2018-04-13T18:00:00+00:00"
    assert {a["url"] for a in ceasefire["itemReviewed"]["appearance"]} == {
        "https://example.org/bbc1",
        "https://example.org/cnn1",
    }
    assert all(i["itemReviewed"]["author"]["name"] != "مصادر فرنسية" for i in items)


@pytest.mark.flow
def test_seed_pipeline_entities(prefect_harness, seeds_dir: Path, db_file: Path):
    """The real pipeline over the seeds: the entities the issue names (asserted on real extractor output)."""
    from flows.pipeline import run_pipeline

    run_pipeline(seeds_dir, db_file)
    con = db.connect(db_file, read_only=True)
    profile = con.execute("select name, article_ids, aliases from speaker_profile").fetchall()
    con.close()
    lavrov = [p for p in profile if any("لافروف" in a for a in p[2])]
    assert len(lavrov) == 1 and len(lavrov[0][1]) == 4
    assert len([p for p in profile if any("أوغلو" in a for a in p[2])]) == 1
    assert len([p for p in profile if any("السراج" in a for a in p[2])]) == 1
    assert not any(any("شاشكوف" in a for a in p[2]) and any("لافروف" in a for a in p[2]) for p in profile)
