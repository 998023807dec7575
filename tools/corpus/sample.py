#!/usr/bin/env python3
"""Draws the annotated corpus's articles from the shared news corpora: a seeded, stratified sample.

Usage: sample.py --corpora DIR --dev DIR --out data/corpus/splits.tsv [--batches DIR] [--seed 20261130]
       sample.py --corpora DIR --dev DIR --out data/corpus/splits.tsv --extend --seed 20261201 [--split test] [--batches DIR]
       sample.py --corpora DIR --dev DIR --out data/corpus/splits.tsv --extend --deals --seed 20261208 [--scale 0.5]

Reads reuters21578.jsonl, bbc-news.jsonl and id-news.jsonl from DIR (never copied into the project)
and writes one line per sampled article: id, lang, source, stratum, split, corpus file, SHA-256 of
the document (title + "\\n" + text, UTF-8). With --batches it also writes the annotation batches
(article texts, outside the project) and the double-annotation assignment.

How the sample is drawn (data/corpus/README.md states the same):
- eligible: body of 300-4,000 characters; not one of the development set's articles (by id, by URL,
  or near-duplicate of a dev text); not an exact or near duplicate of an article already drawn
  (Jaccard similarity of word 5-gram shingles >= 0.5);
- strata per language with fixed quotas (STRATA below), about 85% business and tech stories and
  15% other news (politics, sport, entertainment, society) so that articles without relations are
  represented; within a stratum, articles are taken in the order of a seeded shuffle;
- splits: within each (language, stratum) the drawn articles, in a second seeded shuffle, go 70% to
  train, 15% to dev, 15% to test.
With --extend, a further wave is drawn with the same quotas and rules from the articles not yet in
--out (nor near duplicates of them, whatever their split), all of it to one split (--split, default
train), and appended to --out: the earlier articles keep their splits.
With --extend --deals, the wave is drawn instead from the eligible articles that name a deal (a word of
DEAL_WORDS: "acquire", "stake", "merger", "akuisisi", "kerja sama", "saham", ...), with the quotas of
DEAL_STRATA (mostly Reuters acq in English, every Indonesian stratum pooled): once the stratified
strata run dry, a wave of relation-rich articles for the train split. Each article keeps its own stratum.
--scale F multiplies every quota by F (rounded), for a smaller wave drawn the same way.
Standard library only.
"""
import argparse
import hashlib
import json
import os
import random
import re
import sys
from collections import defaultdict

# (lang, stratum, quota): 320 English and 320 Indonesian articles.
STRATA = [
    ("en", "reuters-acq", 100), ("en", "reuters-earn", 40), ("en", "reuters-other", 32),
    ("en", "bbc-business", 65), ("en", "bbc-tech", 35), ("en", "bbc-other", 48),
    ("id", "bisnis", 55), ("id", "news-similarity", 50), ("id", "economy", 45),
    ("id", "dailysocial", 45), ("id", "tech", 30), ("id", "cnbc", 12), ("id", "general", 35),
    ("id", "other", 48),
]
OTHER_NEWS = {"bbc-other", "other"}
# --deals: (lang, strata pooled, quota) and the words that make an article one that names a deal
DEAL_STRATA = [
    ("en", ("reuters-acq",), 240), ("en", ("reuters-other", "reuters-earn"), 40),
    ("en", ("bbc-business", "bbc-tech", "bbc-other"), 40),
    ("id", ("bisnis", "news-similarity", "economy", "dailysocial", "tech", "cnbc", "general", "other"), 320),
]
DEAL_WORDS = {
    "en": re.compile(r"acqui|merger|stake|takeover|tender offer|agreed to buy|partnership|joint venture|\bsued\b|lawsuit", re.I),
    "id": re.compile(r"akuisisi|merger|saham|investasi|meluncurkan|anak usaha|kerja ?sama|menggandeng|bermitra|gugat", re.I),
}
DEV_IDS = {"bbc-business-001", "bbc-business-005", "bbc-business-017", "bbc-business-032",
           "bbc-business-034", "bbc-business-035", "bbc-business-040", "reuters-3086",
           "reuters-3095", "reuters-3089"}
ID_ECONOMY = {"ekonomi & keuangan", "ekonomi"}
ID_TECH = {"teknologi", "tekno", "otomotif"}


def stratum(r):
    src, cat = r["source"], (r.get("category") or "").lower()
    if src == "reuters21578":
        topics = r.get("topics") or []
        if not topics:
            return None
        return "reuters-acq" if "acq" in topics else "reuters-earn" if "earn" in topics else "reuters-other"
    if src == "bbc":
        return {"business": "bbc-business", "tech": "bbc-tech"}.get(cat, "bbc-other")
    pub = r.get("publisher") or ""
    if pub == "CNBC Indonesia":
        return "cnbc"
    if src == "uasppw-arbilshofiyurrahman":
        return "other" if cat == "sport" else "bisnis"
    if src == "news-similarity":
        return "news-similarity"
    if cat in ID_ECONOMY:
        return "economy"
    if src == "indosum" and pub == "dailysocial.id":
        return "dailysocial"
    if cat in ID_TECH:
        return "tech"
    if cat in ("tajuk utama", "") or cat is None:
        return "general"
    return "other"


def shingles(text):
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + 5]) for i in range(max(1, len(words) - 4))}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", required=True)
    ap.add_argument("--dev", required=True, help="the development set folder (articles/, SOURCES.md)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--batches", help="folder for annotation batches (outside the project)")
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--extend", action="store_true",
                    help="draw a further wave from the articles not yet in --out, all in one split (--split), and append it")
    ap.add_argument("--deals", action="store_true",
                    help="with --extend: draw from articles that name a deal (DEAL_WORDS), with DEAL_STRATA's quotas")
    ap.add_argument("--split", default="train", choices=["train", "dev", "test"],
                    help="with --extend: the split the whole wave goes to (default: train)")
    ap.add_argument("--scale", type=float, default=1.0,
                    help="multiply every stratum's quota by this factor (rounded; default 1): a smaller or larger wave")
    args = ap.parse_args()
    if args.scale <= 0:
        ap.error(f"--scale must be positive, not {args.scale}")
    if args.split != "train" and not args.extend:
        ap.error("--split only chooses a further wave's split: give --extend too (a first draw splits 70/15/15)")
    if args.deals and not args.extend:
        ap.error("--deals draws a further wave: give --extend too")
    if args.extend:
        if not os.path.isfile(args.out):
            ap.error(f"--extend appends to an existing splits file; there is none at {args.out}")
        with open(args.out, encoding="utf-8") as f:
            if f.readline().rstrip("\n").split("\t")[:5] != ["id", "lang", "source", "stratum", "split"]:
                ap.error(f"{args.out} is not a splits file (its header is not id, lang, source, stratum, split, corpus, sha256)")

    dev_texts = []
    for name in sorted(os.listdir(os.path.join(args.dev, "articles"))):
        with open(os.path.join(args.dev, "articles", name), encoding="utf-8") as f:
            dev_texts.append(shingles(f.read()))
    with open(os.path.join(args.dev, "SOURCES.md"), encoding="utf-8") as f:
        dev_urls = set(re.findall(r"https?://[^\s|]+", f.read()))

    pools = defaultdict(list)
    for corpus in ("reuters21578.jsonl", "bbc-news.jsonl", "id-news.jsonl"):
        with open(os.path.join(args.corpora, corpus), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if not 300 <= len(r["text"]) <= 4000 or r["id"] in DEV_IDS or (r.get("url") or "") in dev_urls:
                    continue
                s = stratum(r)
                if s:
                    r["corpus"] = corpus
                    pools[(r["lang"], s)].append(r)

    earlier = []
    if args.extend:
        with open(args.out, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            earlier = [dict(zip(header, line.rstrip("\n").split("\t"))) for line in f]
    earlier_ids = {r["id"] for r in earlier}
    chosen, chosen_shingles = [], []
    for pool in pools.values():
        for r in pool:
            if r["id"] in earlier_ids:
                chosen_shingles.append(shingles(r["title"] + "\n" + r["text"]))
    if len(chosen_shingles) != len(earlier_ids):
        sys.exit(f"sample.py: {len(earlier_ids) - len(chosen_shingles)} articles of {args.out} are not eligible in {args.corpora}")
    plan = [(lang, (s,), quota) for lang, s, quota in STRATA] if not args.deals else DEAL_STRATA
    for lang, strata, quota in plan:
        quota = round(quota * args.scale)
        s = "+".join(strata)
        pool = sorted(((r, st) for st in strata for r in pools[(lang, st)]
                       if not args.deals or DEAL_WORDS[lang].search(r["title"] + "\n" + r["text"])), key=lambda x: x[0]["id"])
        random.Random(f"{args.seed}/{lang}/{s}").shuffle(pool)
        taken = 0
        for r, own in pool:
            if taken == quota:
                break
            if r["id"] in earlier_ids:
                continue
            doc = r["title"] + "\n" + r["text"]
            sh = shingles(doc)
            if any(jaccard(sh, d) >= 0.5 for d in dev_texts) or any(jaccard(sh, c) >= 0.5 for c in chosen_shingles):
                continue
            r["stratum"], r["document"] = own, doc
            r["sha256"] = hashlib.sha256(doc.encode("utf-8")).hexdigest()
            chosen.append(r)
            chosen_shingles.append(sh)
            taken += 1
        if taken < quota:
            print(f"sample.py: stratum {lang}/{s} has only {taken} of {quota} eligible articles", file=sys.stderr)

    by_stratum = defaultdict(list)
    for r in chosen:
        by_stratum[(r["lang"], r["stratum"])].append(r)
    for key, rs in by_stratum.items():
        random.Random(f"{args.seed}/split/{key[0]}/{key[1]}").shuffle(rs)
        n = len(rs)
        n_test, n_dev = round(n * 0.15), round(n * 0.15)
        for i, r in enumerate(rs):
            r["split"] = args.split if args.extend else "test" if i < n_test else "dev" if i < n_test + n_dev else "train"

    chosen.sort(key=lambda r: (r["lang"], r["stratum"], r["id"]))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("id\tlang\tsource\tstratum\tsplit\tcorpus\tsha256\n")
        for r in earlier:
            f.write("\t".join(r[k] for k in ("id", "lang", "source", "stratum", "split", "corpus", "sha256")) + "\n")
        for r in chosen:
            f.write("\t".join([r["id"], r["lang"], r["source"], r["stratum"], r["split"], r["corpus"], r["sha256"]]) + "\n")
    counts = defaultdict(int)
    for r in chosen:
        counts[(r["lang"], r["split"])] += 1
    print(f"{len(chosen)} articles; " + ", ".join(f"{k[0]}/{k[1]} {v}" for k, v in sorted(counts.items())))
    other = sum(1 for r in chosen if r["stratum"] in OTHER_NEWS)
    print(f"other news: {other} ({100 * other / len(chosen):.1f}%)")

    if args.batches:
        write_batches(chosen, args.batches, args.seed)


def write_batches(chosen, folder, seed):
    """Four batches of 80 per language; the first 8 of each batch are annotated a second time,
    independently, by the annotator of the next batch of the same language. (A wave's batches are
    cut as the annotators' sessions allow; the files are working copies outside the project.)"""
    os.makedirs(folder, exist_ok=True)
    assignment = []
    for lang, first in (("en", 1), ("id", 5)):
        rs = [r for r in chosen if r["lang"] == lang]
        random.Random(f"{seed}/batches/{lang}").shuffle(rs)
        size = (len(rs) + 3) // 4
        batches = [rs[i * size:(i + 1) * size] for i in range(4)]
        for i, b in enumerate(batches):
            n = first + i
            second = first + (i + 1) % 4
            for j, r in enumerate(b):
                assignment.append((r["id"], n, second if j < 8 else 0))
            with open(os.path.join(folder, f"batch-{n}.txt"), "w", encoding="utf-8") as f:
                for r in b:
                    f.write(f"=== {r['id']} ({r['stratum']}, {r.get('date') or 'no date'})\n{r['document']}\n\n")
    with open(os.path.join(folder, "assignment.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tbatch\tsecond_batch\n")
        for a in assignment:
            f.write("\t".join(map(str, a)) + "\n")
    # Each batch's second-annotation articles, as a text file for the annotator who does them.
    by_second = defaultdict(list)
    docs = {r["id"]: r for r in chosen}
    for id_, _, second in assignment:
        if second:
            by_second[second].append(docs[id_])
    for n, rs in by_second.items():
        with open(os.path.join(folder, f"second-{n}.txt"), "w", encoding="utf-8") as f:
            for r in rs:
                f.write(f"=== {r['id']} ({r['stratum']}, {r.get('date') or 'no date'})\n{r['document']}\n\n")


if __name__ == "__main__":
    main()
