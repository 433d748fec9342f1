"""Entry point of the `qawl` console script: imports every command module, then exposes `app`."""

from flows import commands_core  # noqa: F401  (registers run, query, export, eval)
from flows.app import app

for _optional in ("commands_quality", "commands_compare"):
    # Command groups owned by later issues register themselves when present.
    try:
        __import__(f"flows.{_optional}")
    except ModuleNotFoundError as exc:  # pragma: no cover - only while a module is absent
        if exc.name != f"flows.{_optional}":
            raise

__all__ = ["app"]
