#!/usr/bin/env python3
"""Inter-annotator agreement between two independent annotations of the same articles.

Usage: agreement.py --a DIR_A --b DIR_B [--splits data/corpus/splits.tsv] [--json]

DIR_A and DIR_B hold corpus-format annotation files (data/corpus/README.md) of the same articles by
two annotators, before adjudication. Reports, overall and per language:
- typed entity-span F1: mentions as (start, end, type);
- relation F1: B's relations against A's, entities matched through shared mention spans (else
  through the same normalized name); each side's optional relations are neither hits nor misses for
  the other side (as score.py treats them): tp = A.rel & B.rel, fp = B.rel - (A.rel | A.opt),
  fn = A.rel - (B.rel | B.opt), F1 = 2tp / (2tp + fp + fn);
- event F1: an event of one side matches an event of the other of the same type when one's
  participants include the other's (score.py's rule, which counts a gold event found when the
  predicted event has at least its participants); events are paired greedily.
F1 is symmetric in A and B. Standard library only.
"""
import argparse
import json
import os
import re
import unicodedata
from collections import defaultdict



def _symmetric_relations():
    """The relations data/schema/relations.tsv marks symmetric (the one place that says so)."""
    schema = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "schema", "relations.tsv")
    out = set()
    header = True
    with open(schema, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            if header:
                header = False
                continue
            fields = line.rstrip("\n").split("\t")
            if fields[1] == "yes":
                out.add(fields[0])
    return out


SYMMETRIC = _symmetric_relations()
SUFFIXES = {"inc", "corp", "corporation", "co", "ltd", "limited", "llc", "plc", "pt", "tbk", "persero", "ag", "sa",
            "gmbh", "group", "holdings", "the", "company"}


def norm(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(w for w in re.findall(r"[a-z0-9]+", s) if w not in SUFFIXES)


def names(x):
    return x if isinstance(x, list) else [x]


def canon_map(a, b):
    """Maps each of B's entity names to A's entity name (or a B-only name)."""
    spans = {}
    for e in a["entities"]:
        for m in e["mentions"]:
            spans[(m["start"], m["end"])] = e["name"]
    by_norm = {}
    for e in a["entities"]:
        for n in [e["name"]] + e.get("aliases", []):
            by_norm.setdefault(norm(n), e["name"])
    out = {}
    for e in b["entities"]:
        votes = defaultdict(int)
        for m in e["mentions"]:
            if (m["start"], m["end"]) in spans:
                votes[spans[(m["start"], m["end"])]] += 1
        if votes:
            out[e["name"]] = max(votes, key=votes.get)
        else:
            out[e["name"]] = next((by_norm[norm(n)] for n in [e["name"]] + e.get("aliases", []) if norm(n) in by_norm),
                                  "B:" + e["name"])
    return out


def rel_keys(rels, mapping):
    keys = set()
    for r in rels:
        for s in names(r["s"]):
            for o in names(r["o"]):
                s2, o2 = mapping(s), mapping(o)
                if r["p"] in SYMMETRIC and s2 > o2:
                    s2, o2 = o2, s2
                keys.add((s2, r["p"], o2))
    return keys


def rel_units(rels, mapping):
    """One unit per relation, as the set of (s, p, o) it accepts."""
    return [rel_keys([r], mapping) for r in rels]


def compare(a, b, acc, lang):
    ents_a = {(m["start"], m["end"], e["type"]) for e in a["entities"] for m in e["mentions"]}
    ents_b = {(m["start"], m["end"], e["type"]) for e in b["entities"] for m in e["mentions"]}
    mp = canon_map(a, b)
    ident = lambda n: n
    via_b = lambda n: mp.get(n, "B:" + n)
    a_rel, b_rel = rel_units(a["relations"], ident), rel_units(b["relations"], via_b)
    a_opt, b_opt = rel_keys(a.get("optional", []), ident), rel_keys(b.get("optional", []), via_b)
    a_all, b_all = set().union(*a_rel) | a_opt, set().union(*b_rel) | b_opt
    tp = sum(1 for u in b_rel if u & set().union(*a_rel)) if a_rel else 0
    fp = sum(1 for u in b_rel if not u & a_all)
    fn = sum(1 for u in a_rel if not u & b_all)
    ev_a = [(e["type"], frozenset(e["participants"])) for e in a["events"]]
    ev_b = [(e["type"], frozenset(via_b(p) for p in e["participants"])) for e in b["events"]]
    free = list(ev_b)
    ev_both = 0
    for t, parts in ev_a:
        hit = next((x for x in free if x[0] == t and (x[1] <= parts or parts <= x[1])), None)
        if hit:
            free.remove(hit)
            ev_both += 1
    for key in ("all", "lang:" + lang):
        c = acc[key]
        c["articles"] += 1
        c["ent"][0] += len(ents_a & ents_b)
        c["ent"][1] += len(ents_a)
        c["ent"][2] += len(ents_b)
        c["rel"][0] += tp
        c["rel"][1] += fp
        c["rel"][2] += fn
        c["ev"][0] += ev_both
        c["ev"][1] += len(ev_a)
        c["ev"][2] += len(ev_b)


def f1_overlap(both, na, nb):
    return 2 * both / (na + nb) if na + nb else 1.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--a", required=True)
    ap.add_argument("--b", required=True)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    acc = defaultdict(lambda: {"articles": 0, "ent": [0, 0, 0], "rel": [0, 0, 0], "ev": [0, 0, 0]})
    for name in sorted(os.listdir(args.b)):
        pa, pb = os.path.join(args.a, name), os.path.join(args.b, name)
        if not name.endswith(".json") or not os.path.exists(pa):
            continue
        with open(pa, encoding="utf-8") as f:
            a = json.load(f)
        with open(pb, encoding="utf-8") as f:
            b = json.load(f)
        compare(a, b, acc, a.get("lang", "?"))
    result = {}
    for key, c in sorted(acc.items()):
        tp, fp, fn = c["rel"]
        result[key] = {
            "articles": c["articles"],
            "entity_span_f1": round(f1_overlap(*c["ent"]), 3),
            "relation_f1": round(2 * tp / (2 * tp + fp + fn), 3) if tp + fp + fn else 1.0,
            "relations": {"tp": tp, "fp": fp, "fn": fn},
            "event_f1": round(f1_overlap(*c["ev"]), 3),
        }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, r in result.items():
            print(f"{key:8s} articles {r['articles']:3d}  entity-span F1 {r['entity_span_f1']:.3f}  "
                  f"relation F1 {r['relation_f1']:.3f} (tp {r['relations']['tp']} fp {r['relations']['fp']} "
                  f"fn {r['relations']['fn']})  event F1 {r['event_f1']:.3f}")


if __name__ == "__main__":
    main()
