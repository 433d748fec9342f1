"""Print the regression set's score (section 8) and, with -v, every miss and false positive."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tasks.core.arabic import normalise_tokens  # noqa: E402
from tasks.core.score import gold_from_row, speaker_is_right, token_f1  # noqa: E402
from tests.regression_set import corpus_units, score_units, written_units  # noqa: E402


def main() -> None:
    verbose = "-v" in sys.argv
    corpus = corpus_units()
    by_file = sorted({u.file for u in corpus})
    sets = [("corpus", corpus), ("written", written_units())]
    sets += [(f.removeprefix("regression_corpus_").removesuffix(".jsonl"), [u for u in corpus if u.file == f])
             for f in by_file]
    for name, units in sets:
        scores, preds = score_units(units)
        for variant, s in scores.items():
            print(f"{name:8} {variant:8} gold {s.gold:4} pred {s.predicted:4} det F1 {s.detection_f1:.3f} "
                  f"spk acc {s.speaker_accuracy:.3f} e2e P {s.end_to_end_precision:.3f} "
                  f"R {s.end_to_end_recall:.3f} F1 {s.end_to_end_f1:.3f}")
            print("         recall by form", {k: round(v, 2) for k, v in s.recall_by_form.items()})
        if verbose and name in ("corpus", "written"):
            _details(units, preds)


def _details(units, preds) -> None:
    for u in units:
        got = preds[u.key]
        used = set()
        for g in u.gold:
            gt = normalise_tokens(g["content_text"])
            best = max(((token_f1(normalise_tokens(a.content), gt), k) for k, a in enumerate(got)), default=(0, -1))
            if best[0] < 0.5:
                print(f"MISS {u.key} {g['form']:12} {g['speaker']} | {g['content_text'][:70]}")
                continue
            used.add(best[1])
            a = got[best[1]]
            row = gold_from_row({"doc": u.key, **g, "content": g["content_text"]})
            if not speaker_is_right(row, a.speaker):
                print(f"SPK  {u.key} {a.cue} gold {g['speaker']} | pred {a.speaker} ({a.notes})")
        for k, a in enumerate(got):
            if k not in used:
                print(f"FP   {u.key} {a.form:12} {a.cue} {a.speaker} | {a.content[:70]}")


if __name__ == "__main__":
    main()
