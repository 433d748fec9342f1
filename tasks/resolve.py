"""Prefect task: speaker entities and claim clusters over everything in the warehouse.

Entities are cross-article, so each resolve reads every stored attribution (not only this run's)
and rewrites the resolution tables in one transaction: running it twice gives the same rows.
"""

from __future__ import annotations

import dataclasses

import duckdb
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.core.claims import ClaimRef, cluster_claims
from tasks.core.entities import Resolution, SpeakerRef, resolve_speakers
from warehouse import db


def read_inputs(con: duckdb.DuckDBPyConnection) -> tuple[list[dict], dict[str, str]]:
    """Stored attributions (with outlet and date) and the article texts, for short-form linking."""
    rows = db.fetch_dicts(con, db.statement("resolve_inputs"))
    texts = dict(con.execute("select article_id, text from articles").fetchall())
    return rows, texts


def compute(rows: list[dict], texts: dict[str, str]):
    """The pure part: entities from speakers, then claim clusters within each entity."""
    resolution = resolve_speakers(
        [SpeakerRef(r["attribution_id"], r["article_id"], r["speaker"], r["speaker_type"]) for r in rows],
        texts,
    )
    claims = [
        ClaimRef(
            r["attribution_id"],
            speaker_id,
            r["article_id"],
            r["content"],
            r["outlet"],
            r["published_at"],
        )
        for r in rows
        for speaker_id in resolution.links[r["attribution_id"]]
    ]
    clusters, members = cluster_claims(claims)
    return resolution, clusters, members


def _insert(con: duckdb.DuckDBPyConnection, name: str, rows: list[dict], **params) -> None:
    if rows:
        con.execute(db.statement(name), {"rows": rows, **params})


def write(con: duckdb.DuckDBPyConnection, run_id: str, resolution: Resolution, clusters, members) -> None:
    speakers = [{**dataclasses.asdict(e), "n_articles": len(e.article_ids)} for e in resolution.entities]
    for s in speakers:
        del s["aliases"], s["article_ids"]
    with db.transaction(con):
        con.execute(db.statement("clear_resolution"))
        _insert(con, "insert_speakers", speakers, run_id=run_id)
        _insert(con, "insert_speaker_aliases", [dataclasses.asdict(a) for a in resolution.aliases])
        _insert(
            con,
            "insert_attribution_speakers",
            [
                {"attribution_id": a, "speaker_id": s, "position": i}
                for a, ids in sorted(resolution.links.items())
                for i, s in enumerate(ids)
            ],
        )
        _insert(con, "insert_claim_clusters", [dataclasses.asdict(c) for c in clusters])
        _insert(con, "insert_claim_members", [dataclasses.asdict(m) for m in members])


def resolve(db_path: str, run_id: str) -> dict:
    """Recompute and store entities and clusters; return their counts."""
    con = db.open_warehouse(db_path)
    try:
        rows, texts = read_inputs(con)
        resolution, clusters, members = compute(rows, texts)
        write(con, run_id, resolution, clusters, members)
    finally:
        con.close()
    return {
        "speakers": len(resolution.entities),
        "claim_clusters": len(clusters),
        "multi_outlet_clusters": sum(c.n_outlets >= 2 for c in clusters),
    }


@task(name="resolve", cache_policy=NO_CACHE)
def resolve_task(db_path: str, run_id: str) -> dict:
    """Prefect wrapper of `resolve`."""
    return resolve(db_path, run_id)
