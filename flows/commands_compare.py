"""Cross-source commands: speakers, who-said, compare, claims; and the ClaimReview export.

Names are matched in Python with the entity rules of `tasks.core.entities` (any spelling variant
finds the entity: فائز / فايز السراج); the SQL lives in `warehouse/statements` and `warehouse/views`.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from itertools import groupby
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.table import Table

from flows.app import app
from flows.commands_core import (
    DbOption,
    JsonOption,
    console,
    echo_json,
    fail,
    open_existing,
    print_rows,
    resolve_db,
)
from tasks.core.arabic import normalise_text
from tasks.core.entities import matches_alias
from warehouse import db

NameArgument = Annotated[str, typer.Argument(help="A speaker's name, in any spelling (لافروف, فايز السراج).")]


def _query(db_path: Path | None, sql: str, params: dict | None = None) -> list[dict]:
    con = open_existing(db_path)
    try:
        return db.fetch_dicts(con, sql, params)
    except duckdb.Error as exc:
        raise fail(f"{resolve_db(db_path)}: {exc} (run `qawl run` to create the entity tables)") from exc
    finally:
        con.close()


def find_speakers(db_path: Path | None, name: str) -> list[str]:
    """Speaker ids whose aliases the name matches, most reported first; exit 1 when none does."""
    aliases = _query(db_path, db.statement("speaker_aliases_all"))
    hits = {a["speaker_id"]: a["n_attributions"] for a in aliases if matches_alias(name, a["alias"])}
    if not hits:
        raise fail(f"no speaker matches {name!r} (see `qawl speakers`)")
    return sorted(hits, key=lambda sid: -hits[sid])


@app.command()
def speakers(
    db_path: DbOption = None,
    as_json: JsonOption = False,
    speaker_type: Annotated[
        str | None, typer.Option("--type", help="Only this speaker type (person, organization, ...).")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many entities (0: all).", min=0)] = 0,
) -> None:
    """List speaker entities with their aliases and the articles they speak in."""
    rows = _query(db_path, "select * from speaker_profile")
    rows = [r for r in rows if speaker_type is None or r["speaker_type"] == speaker_type]
    rows = rows[:limit] if limit else rows
    columns = ["name", "speaker_type", "aliases", "n_attributions", "n_claims", "n_outlets", "outlets"]
    _show(rows, columns, as_json, "speakers")


def _show(rows: list[dict], columns: list[str], as_json: bool, title: str) -> None:
    """Every field as JSON, or the chosen columns as a table (lists joined with an Arabic comma)."""
    if as_json:
        echo_json(rows)
        return
    print_rows(columns, [tuple(_cell(r[c]) for c in columns) for r in rows], as_json=False, title=title)


def _cell(value: object) -> object:
    return "، ".join(str(v) for v in value) if isinstance(value, list) else value


@app.command("who-said")
def who_said(name: NameArgument, db_path: DbOption = None, as_json: JsonOption = False) -> None:
    """What a speaker said, in which outlet and when (any spelling variant finds the entity)."""
    ids = find_speakers(db_path, name)
    rows = _query(db_path, db.statement("who_said"), {"speaker_ids": ids})
    _show(rows, ["speaker_name", "published_at", "outlet", "cue", "content"], as_json, name)


@app.command()
def compare(name: NameArgument, db_path: DbOption = None, as_json: JsonOption = False) -> None:
    """A speaker's claims grouped by claim cluster, each outlet's wording side by side."""
    ids = find_speakers(db_path, name)
    rows = _query(db_path, db.statement("compare_speaker"), {"speaker_ids": ids})
    if as_json:
        echo_json(rows)
        return
    clusters = [list(g) for _, g in groupby(rows, key=lambda r: r["cluster_id"])]
    for members in (c for c in clusters if len(c) > 1):
        head = members[0]
        title = (
            f"{head['speaker_name']} — {head['cluster_id']}: {head['n_outlets']} outlet(s), "
            f"first seen {head['first_published_at'] or '?'}"
        )
        _print_reports(title, members)
    # claims reported once: one table, not one per claim
    singles = [c[0] for c in clusters if len(c) == 1]
    if singles:
        _print_reports(f"{singles[0]['speaker_name']} — reported once ({len(singles)})", singles)


def _print_reports(title: str, reports: list[dict]) -> None:
    table = Table("outlet", "published_at", "wording", "similarity", title=title, show_lines=True)
    for r in reports:
        table.add_row(r["outlet"] or "", r["published_at"] or "", r["wording"], f"{r['similarity']:.2f}")
    console.print(table)


def matches_about(about: str, content: str) -> bool:
    """Every normalised query word occurs in the normalised content (clitics allowed: والهدنة)."""
    words = normalise_text(about).split()
    haystack = normalise_text(content)
    return bool(words) and all(w in haystack for w in words)


@app.command()
def claims(
    about: Annotated[str, typer.Option("--about", help="Words the claim contains (any spelling).")],
    db_path: DbOption = None,
    as_json: JsonOption = False,
    min_outlets: Annotated[int, typer.Option(help="Only claims reported by this many outlets.", min=0)] = 0,
    limit: Annotated[int, typer.Option(help="At most this many claims.", min=1)] = 50,
) -> None:
    """Claims (clusters) whose wording contains TEXT, most widely reported first."""
    rows = _query(db_path, db.statement("claim_search_inputs"))
    rows = [r for r in rows if r["n_outlets"] >= min_outlets and matches_about(about, r["content"])][:limit]
    _show(rows, ["speaker_name", "first_published_at", "n_outlets", "outlets", "content"], as_json, about)


# ---------------------------------------------------------------- ClaimReview


def claimreview_item(reports: list[dict], reviewed_on: str) -> dict:
    """One schema.org ClaimReview draft (no rating yet) for the reports of one claim cluster."""
    head = next((r for r in reports if r["attribution_id"] == r["first_attribution_id"]), reports[0])
    author_type = "Person" if head["speaker_type"] == "person" else "Organization"
    appearances = [_appearance(r) for r in reports]
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": head["cluster_id"],
        "claimReviewed": head["claim"],
        "datePublished": reviewed_on,
        "author": {"@type": "Organization", "name": "qawl (draft for a fact-checker to rate)"},
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": author_type, "name": head["speaker_name"]},
            **_present(datePublished=head["first_published_at"]),
            "firstAppearance": appearances[reports.index(head)],
            "appearance": appearances,
        },
    }


def _present(**fields: object) -> dict:
    """JSON-LD leaves out what is unknown rather than writing null."""
    return {k: v for k, v in fields.items() if v is not None}


def _appearance(report: dict) -> dict:
    publisher = _present(name=report["outlet"])
    return {
        "@type": "CreativeWork",
        **_present(url=report["url"], datePublished=report["published_at"]),
        **({"publisher": {"@type": "Organization", **publisher}} if publisher else {}),
    }


def write_claimreview(con: duckdb.DuckDBPyConnection, out_path: Path, min_confidence: float) -> int:
    """Write a JSON-LD array of ClaimReview drafts, one per claim cluster; return how many."""
    rows = db.fetch_dicts(con, db.statement("claimreview_items"), {"min_confidence": min_confidence})
    today = datetime.now(UTC).date().isoformat()
    items = [
        claimreview_item(list(group), today) for _, group in groupby(rows, key=lambda r: r["cluster_id"])
    ]
    Path(out_path).write_text(json.dumps(items, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return len(items)
