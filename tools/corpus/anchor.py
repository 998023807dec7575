#!/usr/bin/env python3
"""Turns annotators' drafts into the corpus's standoff annotation files, checking them against the text.

Usage: anchor.py --corpora DIR --splits data/corpus/splits.tsv --out OUT_DIR --annotator TAG DRAFT.json...

A draft (written by an annotator, kept outside the project because it quotes the article) names
entities with their aliases and quotes the sentence of every relation and event. This tool reads
the article's document (title + "\\n" + text) from the corpora, finds every mention of every name
and alias (whole words, case-sensitive, longest first, no overlaps), anchors each quote, trigger
and amount as half-open character offsets, expands quotes to sentence boundaries, and writes
OUT_DIR/<id>.json in the corpus format (data/corpus/README.md) with no article text beyond names,
triggers and amount phrases. Every problem is printed as "DRAFT: problem"; a draft with an error
is not written. Exit code 1 when any draft had an error. Standard library only.
"""
import argparse
import hashlib
import json
import os
import re
import sys

TYPES = {"Organization", "Person", "Product", "Place", "NewsOutlet"}
RELATIONS = {"partnersWith", "pays", "ownedBy", "acquires", "seeksToAcquire", "investsIn",
             "customerOf", "competesWith", "blocks", "sues", "worksFor"}
FACTUALITY = {"asserted", "rumored", "failed"}
NON_FACTUALITY = {"negated", "hypothetical", "rejected"}
EVENTS = {  # type -> (roles, statuses): GUIDELINES.md's table
    "Partnership": ({"partner"}, {"announced", "signed"}),
    "Acquisition": ({"acquirer", "target", "seller"}, {"rumored", "negotiating", "agreed", "completed", "failed"}),
    "Investment": ({"investor", "investee"}, {"announced", "completed"}),
    "Payment": ({"payer", "payee"}, {"reported"}),
    "ServiceContract": ({"customer", "supplier"}, {"reported"}),
    "Block": ({"actor", "target"}, {"announced", "in force"}),
    "RegulatoryAction": ({"authority", "target"}, {"announced"}),
    "Lawsuit": ({"plaintiff", "defendant"}, {"filed", "settled", "decided"}),
    "ProductLaunch": ({"organization", "product"}, {"announced", "launched"}),
    "Appointment": ({"person", "organization"}, {"announced"}),
}
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2}")
PERIOD = re.compile(r"P\d+[YMWD]")
BOUNDARY = re.compile(r'[.!?]["\u201d\u2019)]?\s+(?=["\u201c(]?[A-Z0-9])|\n\s*\n|\n(?=\s{2,})|\n(?=[-\u2022*])'
                      r'|(?<=[a-z0-9)])[.!?](?=[A-Z][a-z])')


class Problems:
    def __init__(self, name):
        self.name, self.errors, self.warnings = name, [], []

    def error(self, msg):
        self.errors.append(msg)

    def warn(self, msg):
        self.warnings.append(msg)


def load_splits(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            rows[line.split("\t")[0]] = dict(zip(header, line.rstrip("\n").split("\t")))
    return rows


def load_documents(corpora, wanted):
    docs = {}
    for corpus in sorted({r["corpus"] for r in wanted.values()}):
        with open(os.path.join(corpora, corpus), encoding="utf-8") as f:
            for line in f:
                m = re.match(r'\{"id": "([^"]+)"', line)
                if m and m.group(1) in wanted:
                    r = json.loads(line)
                    docs[r["id"]] = r["title"] + "\n" + r["text"]
    return docs


def find_all(doc, phrase):
    """Whole-word occurrences of a name; any run of whitespace matches any other (Reuters wraps lines inside names)."""
    words = phrase.split()
    if not words:
        return []
    pattern = r"(?<![\w])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, doc)]


def loose(quote):
    """A quote as a pattern that tolerates any run of whitespace (Reuters wraps lines)."""
    parts = [re.escape(p) for p in quote.split()]
    return re.compile(r"\s+".join(parts)) if parts else None


def sentence(doc, start, end):
    """The sentence (or sentences) around a quote. The headline ends at the document's first newline;
    glued paragraphs of scraped text ("2023).Dalam") break at the stop."""
    title_end = doc.find("\n")
    s = title_end + 1 if 0 <= title_end < start else 0
    for m in BOUNDARY.finditer(doc, s, start + 1):
        if m.end() <= start:
            s = m.end()
    m = BOUNDARY.search(doc, end - 1 if end > start else end)
    e = m.start() + 1 if m and doc[m.start()] in ".!?" else (m.start() if m else len(doc))
    if 0 <= title_end and start <= title_end:
        e = min(e, title_end) if end <= title_end else e
    return s, max(e, end)


def anchor_quote(doc, quote, where, probs):
    if not isinstance(quote, str) or not quote.strip():
        probs.error(f"{where}: no quote")
        return None
    pat = loose(quote)
    ms = list(pat.finditer(doc))
    if not ms:
        probs.error(f"{where}: quote not found in the text: {quote[:80]!r}")
        return None
    if len(ms) > 1:
        probs.warn(f"{where}: quote occurs {len(ms)} times; the first is taken")
    return ms[0].start(), ms[0].end()


def names_of(x):
    return x if isinstance(x, list) else [x]


def convert(draft, row, doc, annotator, probs):
    ent_names = {}
    entities = []
    taken = []  # (start, end, entity index)
    phrases = []
    for i, e in enumerate(draft.get("entities", [])):
        name, etype = e.get("name"), e.get("type")
        if not name or etype not in TYPES:
            probs.error(f"entity {i}: needs a name and a type in {sorted(TYPES)}: {e}")
            continue
        if name in ent_names:
            probs.error(f"entity {name!r} listed twice")
            continue
        ent_names[name] = etype
        aliases = [a for a in dict.fromkeys(" ".join(x.split()) for x in e.get("aliases", []) if isinstance(x, str)) if a and a != name]
        entities.append({"name": name, "type": etype, "aliases": aliases, "mentions": []})
        for p in [name] + aliases:
            phrases.append((p, len(entities) - 1))
    owner = {}
    for p, idx in phrases:
        if p in owner and owner[p] != idx:
            probs.warn(f"name {p!r} belongs to two entities ({entities[owner[p]]['name']!r}, {entities[idx]['name']!r}); mentions go to the first")
            continue
        owner[p] = idx
    for p, idx in sorted(owner.items(), key=lambda kv: -len(kv[0])):
        for s, e in find_all(doc, p):
            if all(e <= ts or s >= te for ts, te, _ in taken):
                taken.append((s, e, idx))
    for s, e, idx in sorted(taken):
        entities[idx]["mentions"].append({"start": s, "end": e, "text": doc[s:e]})
    for ent in entities:
        if not ent["mentions"]:
            probs.error(f"entity {ent['name']!r}: neither the name nor any alias occurs in the text (case and whole words count)")
        found = {m["text"] for m in ent["mentions"]}
        for a in ent["aliases"]:
            if a not in found and not find_all(doc, a):
                probs.warn(f"entity {ent['name']!r}: alias {a!r} does not occur in the text")

    def check_party(n, where, rel=None):
        for x in names_of(n):
            if x not in ent_names:
                probs.error(f"{where}: {x!r} is not a listed entity")
            elif ent_names[x] == "NewsOutlet":
                probs.error(f"{where}: news outlet {x!r} cannot be a party")

    def relation(r, where, allowed):
        p = r.get("p")
        if p not in RELATIONS:
            probs.error(f"{where}: unknown relation {p!r}")
        check_party(r.get("s"), where)
        check_party(r.get("o"), where)
        if p == "worksFor" and any(ent_names.get(x) not in ("Person", None) for x in names_of(r.get("s"))):
            probs.error(f"{where}: worksFor needs a person as subject")
        fact = r.get("factuality", "asserted" if allowed is FACTUALITY else None)
        if fact not in allowed:
            probs.error(f"{where}: factuality {fact!r} not in {sorted(allowed)}")
        span = anchor_quote(doc, r.get("quote"), where, probs)
        out = {"s": r.get("s"), "p": p, "o": r.get("o"), "factuality": fact}
        if span:
            s, e = sentence(doc, *span)
            out["evidence"] = [{"start": s, "end": e}]
        return out

    relations = [relation(r, f"relation {i}", FACTUALITY) for i, r in enumerate(draft.get("relations", []))]
    optional = [relation(r, f"optional {i}", FACTUALITY) for i, r in enumerate(draft.get("optional", []))]
    non_relations = [relation(r, f"non_relation {i}", NON_FACTUALITY) for i, r in enumerate(draft.get("non_relations", []))]

    def amount(a, where, near=None):
        if not isinstance(a, dict):
            probs.error(f"{where}: amount must be an object")
            return None
        v, c = a.get("value"), a.get("currency")
        if not isinstance(v, (int, float)) or v <= 0 or not re.fullmatch(r"[A-Z]{3}", c or ""):
            probs.error(f"{where}: amount needs a positive numeric value and an ISO 4217 currency: {a}")
            return None
        out = {"value": v, "currency": c, "period": a.get("period")}
        if out["period"] is not None and not PERIOD.fullmatch(out["period"]):
            probs.error(f"{where}: period {out['period']!r} is not an ISO 8601 duration like P1M")
        text = a.get("text")
        spans = [(m.start(), m.end()) for m in loose(text).finditer(doc)] if isinstance(text, str) and text.strip() else []
        if not spans:
            probs.error(f"{where}: amount text {text!r} not found in the text")
        else:
            s, e = min(spans, key=lambda sp: abs(sp[0] - near)) if near is not None else spans[0]
            out.update({"start": s, "end": e, "text": doc[s:e]})
        for k in ("payer", "payee", "note"):
            if a.get(k) is not None:
                out[k] = a[k]
        return out

    events = []
    for i, ev in enumerate(draft.get("events", [])):
        where = f"event {i}"
        t = ev.get("type")
        if t not in EVENTS:
            probs.error(f"{where}: unknown event type {t!r}")
            continue
        roles_ok, statuses = EVENTS[t]
        roles = ev.get("roles") or {}
        participants = []
        for role, who in roles.items():
            if role not in roles_ok:
                probs.error(f"{where}: role {role!r} not one of {sorted(roles_ok)} for {t}")
            for x in names_of(who):
                check_party(x, where)
                # the seller is a role, not a participant: score.py expects the deal's two sides
                if role != "seller" and x not in participants:
                    participants.append(x)
        if len(participants) < 1:
            probs.error(f"{where}: no participants")
        if ev.get("status") not in statuses:
            probs.error(f"{where}: status {ev.get('status')!r} not one of {sorted(statuses)} for {t}")
        out = {"type": t, "participants": participants, "roles": roles, "status": ev.get("status")}
        span = anchor_quote(doc, ev.get("quote"), where, probs)
        if span:
            s, e = sentence(doc, *span)
            out["evidence"] = [{"start": s, "end": e}]
            trig = ev.get("trigger")
            hits = [(m.start(), m.end()) for m in loose(trig).finditer(doc, s, max(e, span[1]))] if isinstance(trig, str) and trig.strip() else []
            if not hits:
                probs.error(f"{where}: trigger {trig!r} not found inside its quote's sentence")
            else:
                out["trigger"] = {"start": hits[0][0], "end": hits[0][1], "text": doc[hits[0][0]:hits[0][1]]}
        if ev.get("date") is not None:
            if not DATE.fullmatch(str(ev["date"])):
                probs.error(f"{where}: date {ev['date']!r} is not YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD")
            out["date"] = ev["date"]
        if ev.get("amount") is not None:
            out["amount"] = amount(ev["amount"], where, span[0] if span else None)
        if ev.get("period") is not None:
            out["period"] = ev["period"]
        events.append(out)

    amounts = []
    for i, a in enumerate(draft.get("amounts", [])):
        got = amount(a, f"amount {i}")
        if got:
            amounts.append(got)
    for ev in events:
        a = ev.get("amount")
        if a and not any(x["value"] == a["value"] and x["currency"] == a["currency"] for x in amounts):
            amounts.append(dict(a))

    return {
        "article": row["id"], "id": row["id"], "corpus": row["corpus"], "sha256": row["sha256"],
        "lang": row["lang"], "source": row["source"], "stratum": row["stratum"],
        "annotators": draft.get("annotators") or [annotator], "adjudicated": bool(draft.get("adjudicated", False)),
        "entities": entities, "relations": relations, "optional": optional,
        "non_relations": non_relations, "amounts": amounts, "events": events,
    }


def utf16(node, doc):
    """Offsets in the files are UTF-16 code units (Java string indices); Python's count code points,
    which differ after a character outside the Basic Multilingual Plane (an emoji)."""
    if all(ord(c) < 0x10000 for c in doc):
        return
    extra = [0] * (len(doc) + 1)
    for i, c in enumerate(doc):
        extra[i + 1] = extra[i] + (1 if ord(c) >= 0x10000 else 0)

    def walk(n):
        if isinstance(n, dict):
            for k in ("start", "end"):
                if isinstance(n.get(k), int):
                    n[k] += extra[n[k]]
            for v in n.values():
                walk(v)
        elif isinstance(n, list):
            for v in n:
                walk(v)
    walk(node)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", required=True)
    ap.add_argument("--splits", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--annotator", required=True)
    ap.add_argument("drafts", nargs="+")
    args = ap.parse_args()
    rows = load_splits(args.splits)
    drafts = []
    failed = False
    for path in args.drafts:
        try:
            with open(path, encoding="utf-8") as f:
                d = json.load(f)
        except (OSError, ValueError) as e:
            print(f"{path}: cannot read: {e}")
            failed = True
            continue
        if d.get("id") not in rows:
            print(f"{path}: id {d.get('id')!r} is not in {args.splits}")
            failed = True
            continue
        drafts.append((path, d))
    docs = load_documents(args.corpora, {d["id"]: rows[d["id"]] for _, d in drafts})
    os.makedirs(args.out, exist_ok=True)
    written = 0
    for path, d in drafts:
        row, doc = rows[d["id"]], docs.get(d["id"])
        if doc is None:
            print(f"{path}: article {d['id']} not found in {args.corpora}")
            failed = True
            continue
        if hashlib.sha256(doc.encode("utf-8")).hexdigest() != row["sha256"]:
            print(f"{path}: the text of {d['id']} no longer matches its hash")
            failed = True
            continue
        probs = Problems(path)
        out = convert(d, row, doc, args.annotator, probs)
        for w in probs.warnings:
            print(f"{path}: warning: {w}")
        for e in probs.errors:
            print(f"{path}: ERROR: {e}")
        if probs.errors:
            failed = True
            continue
        utf16(out, doc)
        with open(os.path.join(args.out, d["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        written += 1
    print(f"{written} of {len(args.drafts)} drafts written to {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
