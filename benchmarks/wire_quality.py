"""Precision and recall of the wire tagger on the team-written dev set and on real lines.

Usage: python benchmarks/wire_quality.py [path/to/wire_dev.jsonl] [--errors] [--real-misses]

Without a path it scores three sets one after the other: the team-written dev set
(`data/wire_dev.jsonl`), the real dev set (`data/wire_real.jsonl`: lines and page fields copied
from public pages, wire feeds and test fixtures, each row naming its `source`) and the real
held-out set (`data/wire_real_holdout.jsonl`). `--errors` lists the misses of the team-written
set, `--real-misses` those of the real dev set. Misses of the held-out set are never printed:
it only measures, so that fixes are not fitted to it. With a path, only that file is scored.

Each dev row holds a body `text`, optional page metadata (`title`, `author`, `sitename`, `url`,
`dateline_agency`) and the expected `origin`, `agencies` and `is_wire`. Printed: origin precision
and recall, agency-tag precision and recall (micro and per agency), is_wire accuracy, an overall
line, and the same figures for each group of rows (credit lines, openings, closings, traps, ...). Targets: precision >= 0.98 and recall >= 0.95.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from transforms.wire import tag_wire_sources  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_DEV_SET = DATA / "wire_dev.jsonl"
REAL_DEV_SET = DATA / "wire_real.jsonl"
REAL_HOLDOUT_SET = DATA / "wire_real_holdout.jsonl"
# A second round, collected after the rules were tuned on the first: wire_real2*.jsonl.
REAL_DEV_SET_2 = DATA / "wire_real2.jsonl"
REAL_HOLDOUT_SET_2 = DATA / "wire_real2_holdout.jsonl"
_META = ("title", "author", "sitename", "url", "dateline_agency")


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def evaluate(rows: list[dict]) -> dict:
    origin = Counter()
    per_agency: dict[str, Counter] = {}
    wire_right = 0
    errors = []
    for row in rows:
        tags = tag_wire_sources(row["text"], **{k: row.get(k) for k in _META})
        want, got = row["origin"], tags.origin
        origin["predicted"] += got is not None
        origin["expected"] += want is not None
        origin["correct"] += got is not None and got == want
        expected, found = set(row["agencies"]), set(tags.agencies)
        for agency in expected | found:
            counts = per_agency.setdefault(agency, Counter())
            counts["tp"] += agency in expected and agency in found
            counts["fp"] += agency in found and agency not in expected
            counts["fn"] += agency in expected and agency not in found
        wire_right += tags.is_wire == row["is_wire"]
        if got != want or expected != found or tags.is_wire != row["is_wire"]:
            errors.append((row["id"], want, got, sorted(expected), sorted(found), row["text"][:90]))
    micro = sum(per_agency.values(), Counter())
    return {"origin": origin, "per_agency": per_agency, "micro": micro,
            "wire_accuracy": _ratio(wire_right, len(rows)), "rows": len(rows), "errors": errors}


def report(result: dict, *, show_errors: bool) -> None:
    o, m = result["origin"], result["micro"]
    origin_p, origin_r = _ratio(o["correct"], o["predicted"]), _ratio(o["correct"], o["expected"])
    micro_p, micro_r = _ratio(m["tp"], m["tp"] + m["fp"]), _ratio(m["tp"], m["tp"] + m["fn"])
    print(f"rows: {result['rows']}")
    print(f"origin: precision {origin_p:.4f} ({o['correct']}/{o['predicted']})  "
          f"recall {origin_r:.4f} ({o['correct']}/{o['expected']})")
    print(f"agency tags (micro): precision {micro_p:.4f}  recall {micro_r:.4f}  "
          f"(tp {m['tp']}, fp {m['fp']}, fn {m['fn']})")
    print("per agency:            precision  recall   tp  fp  fn")
    for agency in sorted(result["per_agency"]):
        c = result["per_agency"][agency]
        p, r = _ratio(c["tp"], c["tp"] + c["fp"]), _ratio(c["tp"], c["tp"] + c["fn"])
        print(f"  {agency:<20} {p:9.4f} {r:7.4f} {c['tp']:4d} {c['fp']:3d} {c['fn']:3d}")
    worst_p = min(_ratio(c["tp"], c["tp"] + c["fp"]) for c in result["per_agency"].values())
    worst_r = min(_ratio(c["tp"], c["tp"] + c["fn"]) for c in result["per_agency"].values())
    print(f"is_wire accuracy: {result['wire_accuracy']:.4f}")
    met = min(origin_p, micro_p, worst_p) >= 0.98 and min(origin_r, micro_r) >= 0.95
    print(f"overall: origin P {origin_p:.4f} R {origin_r:.4f} | agencies P {micro_p:.4f} R {micro_r:.4f} | "
          f"lowest per-agency P {worst_p:.4f} R {worst_r:.4f} | targets (P>=0.98, R>=0.95) "
          f"{'met' if met else 'NOT met'}")
    for group, sub in sorted(result["groups"].items()):
        go, gm = sub["origin"], sub["micro"]
        print(f"  group {group:<8} rows {sub['rows']:4d}  origin P {_ratio(go['correct'], go['predicted']):.4f} "
              f"R {_ratio(go['correct'], go['expected']):.4f}  agencies P {_ratio(gm['tp'], gm['tp'] + gm['fp']):.4f} "
              f"R {_ratio(gm['tp'], gm['tp'] + gm['fn']):.4f}")
    if show_errors:
        for error in result["errors"]:
            print("  miss:", *error, sep=" | ")


def load(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(rows: list[dict]) -> dict:
    """`evaluate` over all rows, with the same figures for each group of rows."""
    result = evaluate(rows)
    result["groups"] = {g: evaluate([r for r in rows if r.get("group") == g])
                        for g in sorted({r.get("group", "") for r in rows})}
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev_set", nargs="?", default=None)
    parser.add_argument("--errors", action="store_true",
                        help="list every row of the team-written set the tagger got wrong")
    parser.add_argument("--real-misses", action="store_true",
                        help="list every row of the real dev set the tagger got wrong")
    args = parser.parse_args(argv)
    if args.dev_set is not None:
        report(score(load(args.dev_set)), show_errors=args.errors)
        return
    report(score(load(DEFAULT_DEV_SET)), show_errors=args.errors)
    for title, path, show in (("real dev set", REAL_DEV_SET, args.real_misses),
                              ("real held-out set (misses never listed)", REAL_HOLDOUT_SET, False),
                              ("second real dev set", REAL_DEV_SET_2, args.real_misses),
                              ("second real held-out set (misses never listed)", REAL_HOLDOUT_SET_2, False)):
        if not path.exists():
            continue
        print()
        print(f"== {title}: {path.name}")
        report(score(load(path)), show_errors=show)


if __name__ == "__main__":
    main()
