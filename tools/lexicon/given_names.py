#!/usr/bin/env python3
"""Writes data/lang/<code>/given-names.txt: the given names the annotated corpus's people open their names with
("Francesco" of "Francesco Bagnaia", "Dito" of "Dito Ariotedjo"), beside the hand list data/lexicon/first-names.txt.
The rules read a capitalized run that opens with a given name as a person's ("Rupert Murdoch", not an organization
found on its capitals alone) and keep such a run whole where they would split it.
A word is kept when, in the annotated articles of the given split of that language, it is the first word of the name
(the fullest form, not an alias) of two words or more of a Person entity in at least MIN_ARTICLES articles, and
Person entities of that language open with it at least RATIO times as often as entities of other types in any
language ("Morgan" of "Morgan Stanley", "Van" of "Van Leeuwen" are left out; the lists of all languages are read as one set). Only words of letters (a hyphen or apostrophe inside), of two
letters or more, opening with a capital and not written in capitals only; not one of the language's function words,
common words, honorifics or degrees (this checkout's data/lang/<code>/: "Dan", "Yang", "Mr", "KH").
    python3 tools/lexicon/given_names.py data/corpus data/lang [train]
OUT/<code>/ is made where missing. The list holds single words only, never text of an article.
"""
import collections
import csv
import json
import pathlib
import re
import sys

MIN_ARTICLES = 3
RATIO = 5
WORD = re.compile(r"[A-Z][a-z]*(?:['’-]?[A-Za-z]+)*")


def entries(lang, name):
    path = pathlib.Path(__file__).resolve().parents[2] / "data" / "lang" / lang / name
    return [line.strip() for line in open(path, encoding="utf-8") if line.strip() and not line.startswith("#")]


def excluded(lang):
    """Whether a word is one of the language's function words, common words, honorifics or degrees."""
    words = {w.lower() for name in ("function-words.txt", "common-words.txt") for w in entries(lang, name)}
    patterns = re.compile("(?:" + "|".join(entries(lang, "honorifics.txt") + entries(lang, "degrees.txt")) + r")\.?", re.I)
    return lambda w: w.lower() in words or patterns.fullmatch(w) is not None


def main(annotated, out, split="train"):
    annotated = pathlib.Path(annotated)
    splits = list(csv.DictReader(open(annotated / "splits.tsv", encoding="utf-8"), delimiter="\t"))
    people, others = collections.Counter(), collections.Counter()
    articles = collections.defaultdict(set)
    for row in splits:
        if row["split"] != split:
            continue
        ann = json.load(open(annotated / "annotations" / f"{row['id']}.json", encoding="utf-8"))
        for entity in ann["entities"]:
            # the entity's name, its fullest form: an alias or mention may be a surname alone ("Van Dijk")
            for first in [entity["name"].split()[0]] if len(entity["name"].split()) >= 2 else []:
                if entity["type"] == "Person":
                    people[(ann["lang"], first)] += 1
                    articles[(ann["lang"], first)].add(row["id"])
                else:
                    others[first] += 1  # in any language: the lists are read as one set
    for lang in sorted({lang for lang, _ in people}):
        skip = excluded(lang)
        kept = sorted(w for (l, w), n in people.items() if l == lang and len(w) >= 2 and WORD.fullmatch(w) and not w.isupper()
                      and not skip(w)
                      and len(articles[(l, w)]) >= MIN_ARTICLES and n >= RATIO * others[w])
        path = pathlib.Path(out) / lang / "given-names.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# Given names ({lang}), learned: the first words of people's names of two words or more in the {split}\n"
                    f"# split's annotated articles, in at least {MIN_ARTICLES} articles, opening people's names at least {RATIO} times as\n"
                    "# often as other entities' in any language (tools/lexicon/given_names.py). Read with data/lexicon/first-names.txt. One word\n"
                    "# a line, as written.\n")
            for w in kept:
                f.write(f"{w}\n")
        print(lang, len(kept), "->", path)


if __name__ == "__main__":
    main(*sys.argv[1:4])
