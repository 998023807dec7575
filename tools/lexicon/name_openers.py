#!/usr/bin/env python3
"""Writes data/lang/<code>/name-openers.txt: the capitalized words the rules strip from the front of a
run (data/lexicon/stop-capitalized.txt, data/lexicon/org-descriptors.txt) that, in the annotated
corpus, open an organization's or a product's name far more often than they stand right before one
("American Airlines", "Bank Sentral Eropa", "Pemerintah Kota Bandung", but "Shares Indofood").

A word is kept when, in the annotated articles of the given split of that language, where it is
written (as written, capitalized) with a capitalized word right after it, an annotated mention
starts at it at least MIN_OPENS times and in at least SHARE of those places (the rest: a mention
starts at the next word, as the stripping has it, or none starts at either).

    python3 tools/lexicon/name_openers.py /work/shared/corpora data/corpus data/lang [train]

The candidate words are read from this checkout's data/lexicon; OUT/<code>/ is made where missing.

The list holds single words and counts only, never text of an article.
"""
import collections
import csv
import json
import pathlib
import re
import sys

MIN_OPENS = 5
SHARE = 0.5


def candidates(lexicon):
    words = set()
    for name in ("stop-capitalized.txt", "org-descriptors.txt"):
        for line in open(lexicon / name, encoding="utf-8"):
            if not line.startswith("#"):
                for w in line.split():
                    words.add(w[0].upper() + w[1:])
    return words


def utf16(text, index):
    """The UTF-16 code-unit offset (the annotations' offsets) of a Python string index."""
    return len(text[:index].encode("utf-16-le")) // 2


def main(corpora, annotated, out, split="train"):
    annotated = pathlib.Path(annotated)
    splits = {r["id"]: r for r in csv.DictReader(open(annotated / "splits.tsv", encoding="utf-8"), delimiter="\t")}
    wanted = {i for i, r in splits.items() if r["split"] == split}
    texts = {}
    for name in sorted({r["corpus"] for r in splits.values()}):
        for line in open(pathlib.Path(corpora) / name, encoding="utf-8"):
            rec = json.loads(line)
            if rec["id"] in wanted:
                texts[rec["id"]] = rec["title"] + "\n" + rec["text"]  # the document the offsets index
    # the rules' stop words and descriptors: this checkout's data/lexicon, wherever the lists are written
    words = candidates(pathlib.Path(__file__).resolve().parents[2] / "data" / "lexicon")
    written = re.compile(r"\b(" + "|".join(sorted(map(re.escape, words))) + r") (?=[A-Z])")
    places, opens = collections.Counter(), collections.Counter()
    for aid in sorted(wanted):
        ann = json.load(open(annotated / "annotations" / f"{aid}.json", encoding="utf-8"))
        starts = {m["start"] for entity in ann["entities"] for m in entity["mentions"]}
        for m in written.finditer(texts[aid]):
            places[(ann["lang"], m.group(1))] += 1
            if utf16(texts[aid], m.start()) in starts:
                opens[(ann["lang"], m.group(1))] += 1
    for lang in sorted({lang for lang, _ in opens}):
        kept = sorted(w for (l, w), n in opens.items() if l == lang and n >= MIN_OPENS and n >= SHARE * places[(l, w)])
        path = pathlib.Path(out) / lang / "name-openers.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# Name openers ({lang}): capitalized words the rules would strip from the front of a run (a stop word, a\n"
                    "# descriptor) that open the name when a capitalized word other than a title follows them in the run\n"
                    "# (\"American Airlines\", \"Bank Sentral Eropa\"). Kept: where written before a capitalized word in the\n"
                    f"# {split} split's annotated articles, an annotated mention starts at it at least {MIN_OPENS} times and in at least\n"
                    f"# {SHARE:.0%} of the places (tools/lexicon/name_openers.py). One capitalized word a line, as written (not a\n"
                    "# regular expression).\n")
            for w in kept:
                f.write(f"{w}\n")
        print(lang, ", ".join(f"{w} {opens[(lang, w)]}/{places[(lang, w)]}" for w in kept), "->", path)


if __name__ == "__main__":
    main(*sys.argv[1:5])
