"""Core commands: run, schedule, query, export, eval. Every command that reads the warehouse takes --db."""

from __future__ import annotations

import dataclasses
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console
from rich.table import Table

from flows.app import app
from tasks.core.score import Score, confident_precision, gold_from_row, prediction_from_row, score_both
from tasks.ingest import IngestError, read_articles, read_jsonl_records
from warehouse import db

console = Console()
REPO_SEEDS = Path(__file__).resolve().parents[1] / "seeds"

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db", help=f"DuckDB file (default: ${db.DB_ENV}, else ./{db.DEFAULT_DB_NAME}).", show_default=False
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
InputArgument = Annotated[Path | None, typer.Argument(help="Folder of .txt articles or a .jsonl[.gz] file.")]


def fail(message: str) -> typer.Exit:
    """Print an error and return the Exit to raise (exit code 1)."""
    console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code=1)


def resolve_db(path: Path | None) -> Path:
    return path if path is not None else db.default_db_path()


def default_input() -> Path:
    """`seeds/` in the current directory, else the seeds bundled with the repository."""
    return Path("seeds") if Path("seeds").is_dir() else REPO_SEEDS


def open_existing(path: Path | None, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    try:
        return db.connect(resolve_db(path), read_only=read_only)
    except (FileNotFoundError, duckdb.Error) as exc:
        raise fail(str(exc)) from exc


def echo_json(records: list[dict]) -> None:
    """Records as one JSON array on stdout (Arabic kept as is, dates as strings)."""
    typer.echo(json.dumps(records, ensure_ascii=False, default=str))


def print_rows(columns: list[str], rows: list[tuple], as_json: bool, title: str | None = None) -> None:
    if as_json:
        echo_json([dict(zip(columns, row, strict=True)) for row in rows])
        return
    table = Table(*columns, title=title)
    for row in rows:
        table.add_row(*("" if value is None else str(value) for value in row))
    console.print(table)


class Runner(StrEnum):
    thread = "thread"
    dask = "dask"


@app.command()
def run(
    path: InputArgument = None,
    db_path: DbOption = None,
    batch_size: Annotated[int, typer.Option(help="Articles per extraction task.", min=1)] = 50,
    runner: Annotated[Runner, typer.Option(help="Task runner (dask needs prefect-dask).")] = Runner.thread,
    as_json: JsonOption = False,
) -> None:
    """Run the pipeline once: ingest, extract, validate and load into the warehouse."""
    from flows.pipeline import dask_task_runner, run_pipeline

    path = path or default_input()
    if not path.exists():
        raise fail(f"{path}: no such file or folder")
    try:
        task_runner = dask_task_runner() if runner is Runner.dask else None
        summary = run_pipeline(path, resolve_db(db_path), batch_size, task_runner)
    except (IngestError, RuntimeError, duckdb.Error) as exc:
        raise fail(str(exc)) from exc
    if as_json:
        typer.echo(json.dumps(summary, ensure_ascii=False, default=str))
    else:
        print_rows(["field", "value"], list(summary.items()), as_json=False, title="qawl run")


@app.command()
def schedule(
    path: InputArgument = None,
    db_path: DbOption = None,
    cron: Annotated[str, typer.Option(help="Cron schedule of the served flow.")] = "0 * * * *",
) -> None:
    """Serve the pipeline on a cron schedule (keeps running; Ctrl-C stops it)."""
    from flows.pipeline import serve_pipeline

    path = path or default_input()
    if not path.exists():
        raise fail(f"{path}: no such file or folder")
    serve_pipeline(path, resolve_db(db_path), cron)


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="SQL to run against the warehouse (read-only).")],
    db_path: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Run SQL against the warehouse and print the result."""
    con = open_existing(db_path)
    try:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall() if columns else []
    except duckdb.Error as exc:
        raise fail(f"{resolve_db(db_path)}: {exc}") from exc
    finally:
        con.close()
    print_rows(columns, rows, as_json)


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    claimreview = "claimreview"  # written by flows.commands_compare.write_claimreview


def export_jsonl(con: duckdb.DuckDBPyConnection, out: Path, min_confidence: float) -> int:
    rows = db.fetch_dicts(con, db.statement("export_attributions"), {"min_confidence": min_confidence})
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    return len(rows)


def export_copy(con: duckdb.DuckDBPyConnection, out: Path, min_confidence: float, fmt: str) -> int:
    # COPY takes the file name as a literal, not a parameter: quote it ourselves.
    target = str(out).replace("'", "''")
    options = "format csv, header" if fmt == "csv" else "format parquet"
    select = db.statement("export_attributions")
    con.execute(f"copy ({select}) to '{target}' ({options})", {"min_confidence": min_confidence})
    count = con.execute(f"select count(*) from ({select})", {"min_confidence": min_confidence}).fetchone()
    return int(count[0])


def export_claimreview(con: duckdb.DuckDBPyConnection, out: Path, min_confidence: float) -> int | None:
    try:
        from flows.commands_compare import write_claimreview
    except ImportError as exc:
        raise fail("--format claimreview needs flows.commands_compare.write_claimreview") from exc
    return write_claimreview(con, out, min_confidence)


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Output format.")] = ExportFormat.jsonl,
    out: Annotated[Path | None, typer.Option(help="Output file (default: attributions.<format>).")] = None,
    min_confidence: Annotated[
        float, typer.Option(help="Only attributions with at least this confidence.")
    ] = 0.0,
    db_path: DbOption = None,
) -> None:
    """Export the attributions (with their article's outlet) as JSONL, CSV, Parquet or ClaimReview."""
    out = out or Path(f"attributions.{'json' if fmt is ExportFormat.claimreview else fmt.value}")
    if not out.parent.is_dir():
        raise fail(f"{out.parent}: no such folder")
    con = open_existing(db_path)
    try:
        if fmt is ExportFormat.jsonl:
            count = export_jsonl(con, out, min_confidence)
        elif fmt is ExportFormat.claimreview:
            count = export_claimreview(con, out, min_confidence)
        else:
            count = export_copy(con, out, min_confidence, fmt.value)
    except duckdb.Error as exc:
        raise fail(f"{resolve_db(db_path)}: {exc}") from exc
    finally:
        con.close()
    console.print(f"wrote {'' if count is None else count} {fmt.value} rows to {out}", highlight=False)


def predictions_from_input(path: Path) -> list[dict]:
    """Run the extractor (no Prefect, no warehouse) over the articles at `path`."""
    from tasks.extract_task import extract_rows

    return extract_rows(read_articles(path))


def score_table(scores: dict[str, Score]) -> Table:
    table = Table("metric", *scores, title="qawl eval (ATTRIBUTION.md section 8)")
    fields = [f.name for f in dataclasses.fields(Score) if f.name != "recall_by_form"]
    for name in fields:
        table.add_row(name, *(_cell(getattr(s, name)) for s in scores.values()))
    forms = sorted({form for s in scores.values() for form in s.recall_by_form})
    for form in forms:
        table.add_row(f"recall: {form}", *(_cell(s.recall_by_form.get(form, 0.0)) for s in scores.values()))
    return table


def _cell(value: float | int) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Option(help="Gold JSONL (doc, speaker, aliases, content, form).")],
    input_path: Annotated[
        Path | None, typer.Option("--input", help="Articles to extract from (default: seeds/).")
    ] = None,
    pred: Annotated[
        Path | None, typer.Option(help="Score this JSONL (doc, speaker, content) instead.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Score extraction against gold attributions: standard (content F1 >= 0.5) and strict (>= 0.8)."""
    try:
        gold_rows = [gold_from_row(r) for _, r in read_jsonl_records(gold) if r]
        pred_dicts = (
            [r for _, r in read_jsonl_records(pred) if r]
            if pred
            else predictions_from_input(input_path or default_input())
        )
        predictions = [prediction_from_row(r) for r in pred_dicts]
    except IngestError as exc:
        raise fail(str(exc)) from exc
    except KeyError as exc:
        raise fail(f"{pred or gold}: a row lacks the key {exc}") from exc
    scores = score_both(gold_rows, predictions)
    confident = confident_precision(gold_rows, pred_dicts)
    if as_json:
        out = {name: dataclasses.asdict(s) for name, s in scores.items()}
        if confident is not None:
            out["confident"] = confident
        typer.echo(json.dumps(out, ensure_ascii=False))
    else:
        console.print(score_table(scores))
        if confident is not None:
            console.print(
                f"confidence >= {confident['min_confidence']}: {confident['predicted']} predictions, "
                f"end-to-end precision {confident['end_to_end_precision']:.3f}",
                highlight=False,
            )

