#!/usr/bin/env python3
"""Build tests/dev/dev-NNN.json from the annotation sources tests/dev/src/dev-NNN.py.

Each source defines TEXT, META (title, source, doc_date, doc_date_evidence, url),
ENTS [(type, canonical, [mentions], role)], TIMEX [(text, value)] in document order
(occurrence numbers are assigned here), QTY [(text, kind, value, unit, about, period[, value_high])]
and QUOTES [(speaker, text_start)]. The checks: every mention, timex, quantity and quote
opening is an exact substring; occurrences exist; timex strings that occur more often
than annotated are reported for review.
"""
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def build(src):
    spec = importlib.util.spec_from_file_location(src.stem.replace("-", "_"), src)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    text = m.TEXT.strip("\n")
    problems = []
    ents = []
    for t, canon, mentions, role in m.ENTS:
        for x in mentions:
            if x not in text:
                problems.append(f"mention not in text: {x!r}")
        e = {"type": t, "canonical": canon, "mentions": mentions}
        if role:
            e["role"] = role
        ents.append(e)
    seen = {}
    timex = []
    last_start = -1
    for t, v in m.TIMEX:
        # The occurrence is the first match after the previous timex (TIMEX is in text order),
        # so "Tuesday" listed after "Tuesday afternoon" is the later, separate "Tuesday".
        starts = [x.start() for x in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text)]
        later = [i for i, s in enumerate(starts) if s > last_start]
        occ = max(seen.get(t, 0), later[0]) + 1 if later else seen.get(t, 0) + 1
        seen[t] = occ
        if occ > len(starts):
            problems.append(f"timex {t!r} occurrence {occ} but only {len(starts)} in text")
        else:
            last_start = starts[occ - 1]
        timex.append({"text": t, "value": v, "occurrence": occ})
    for t, k in seen.items():
        n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
        if n > sum(1 for x in timex if x["text"] == t):
            print(f"  note {src.stem}: {t!r} occurs {n}x, annotated {sum(1 for x in timex if x['text'] == t)}x")
    qty = []
    for q in m.QTY:
        t, kind, value, unit, about, period = q[:6]
        if t not in text:
            problems.append(f"quantity not in text: {t!r}")
        d = {"text": t, "kind": kind, "value": value}
        if len(q) > 6:
            d["value_high"] = q[6]
        d.update({"unit": unit, "about": about})
        if period:
            d["period"] = period
        qty.append(d)
    quotes = []
    for sp, start in m.QUOTES:
        if start not in text:
            problems.append(f"quote start not in text: {start!r}")
        quotes.append({"speaker": sp, "text_start": start})
    if problems:
        raise SystemExit(f"{src.stem}:\n  " + "\n  ".join(problems))
    doc = {"id": src.stem, **m.META, "text": text, "entities": ents,
           "timex": timex, "quantities": qty, "quotes": quotes}
    out = HERE.parent / f"{src.stem}.json"
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    print(f"{src.stem}: {len(text)} chars, {len(ents)} entities, {len(timex)} timex, "
          f"{len(qty)} quantities, {len(quotes)} quotes")


if __name__ == "__main__":
    srcs = [Path(a) for a in sys.argv[1:]] or sorted(HERE.glob("dev-*.py"))
    for s in srcs:
        build(s)
