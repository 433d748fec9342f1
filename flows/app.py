"""The Typer application object. Command modules register on it; `flows.cli` assembles them."""

import typer

app = typer.Typer(
    name="qawl",
    help="qawl (قول): who said what in Arabic news — extract, validate, warehouse, compare.",
    no_args_is_help=True,
    add_completion=False,
)
