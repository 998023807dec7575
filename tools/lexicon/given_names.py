#!/usr/bin/env python3
"""Writes data/lang/<code>/given-names.txt: the given names the annotated corpus's people open their names with
("Francesco" of "Francesco Bagnaia", "Dito" of "Dito Ariotedjo"), beside the hand list data/lexicon/first-names.txt.
The rules type a capitalized run that opens with a given name a person's name ("Rupert Murdoch", not an organization found
on its capitals alone); where a given name splits a run, they read the hand list alone.
A word is kept when, in the annotated articles of the given split of that language, it is the first word of the name
(the fullest form, not an alias) of two words or more of a Person entity in at least MIN_ARTICLES articles, and Person
entities of that language open with it at least RATIO times as often as entities of other types in any language ("Morgan"
of "Morgan Stanley", "Van" of "Van Leeuwen" are left out; the lists of all languages are read as one set). Only words of
letters (a hyphen or apostrophe inside), of two letters or more, opening with a capital and not written in capitals only;
not, in any language of this checkout's data/lang, a function word, common word, weekday, month, title, honorific, degree
or role noun ("Dan", "Will", "August", "Mr", "KH"), nor a word of data/lexicon/person-titles.txt or stop-capitalized.txt,
nor a title of rank or faith (TITLES: "Lord", "Sultan", "Paus"), nor the first word of a gazetteer name of anything but a
person ("Milan", the city and the club).
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
ROOT = pathlib.Path(__file__).resolve().parents[2]
# the language files whose words are no given names: words written in lower case, titles, honorifics, degrees, months, weekdays
WORD_FILES = ("function-words.txt", "common-words.txt", "weekdays.txt", "executive-titles.txt", "government-titles.txt")
PATTERN_FILES = ("honorifics.txt", "degrees.txt", "role-nouns.txt")
# titles of rank and faith that open people's names in the annotations as a given name does ("Lord Roberts of Conwy",
# "Pangeran William", "Paus Fransiskus") and are in no language file: read as a given name, the rules cut "of Conwy" off a peer
# (a verifier's finding)
TITLES = ("Lord", "Lady", "Baron", "Baroness", "Prince", "Princess", "King", "Queen", "Pope", "Sultan", "Sheikh", "Syekh",
          "Paus", "Raden", "Pangeran", "Ratu", "Raja", "Cak", "Kyai", "Habib")


def entries(path):
    if not path.exists():
        return []
    return [line.strip() for line in open(path, encoding="utf-8") if line.strip() and not line.startswith("#")]


def excluded():
    """Whether a word is no given name in any language read: one of a language's function words, common words, weekdays,
    titles, honorifics, degrees, role nouns or months (name or abbreviation), a word of the lexicon's person titles or
    stop words, a title of rank or faith, or the first word of a gazetteer name of anything but a person ("Milan")."""
    words, patterns = set(), []
    for lang in sorted(p.name for p in (ROOT / "data" / "lang").iterdir() if p.is_dir()):
        folder = ROOT / "data" / "lang" / lang
        for name in WORD_FILES:
            words.update(w.lower() for e in entries(folder / name) for w in e.split())
        for name in PATTERN_FILES:
            patterns.extend(entries(folder / name))
        words.update(line.split("\t")[0].lower() for line in entries(folder / "months.tsv")[1:])
    for name in ("person-titles.txt", "stop-capitalized.txt"):
        words.update(w.lower() for e in entries(ROOT / "data" / "lexicon" / name) for w in e.split())
    for f in (ROOT / "data" / "gazetteer").glob("*.tsv"):
        for line in entries(f):
            cols = line.split("\t")
            if len(cols) > 3 and cols[1] not in ("PERSON", "type"):
                words.update(n.split()[0].lower() for n in [cols[2], *cols[3].split("|")] if n.split())
    words.update(t.lower() for t in TITLES)
    pattern = re.compile("(?:" + "|".join(patterns) + r")\.?", re.I)
    return lambda w: w.lower() in words or pattern.fullmatch(w) is not None


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
    skip = excluded()
    for lang in sorted({lang for lang, _ in people}):
        kept = sorted(w for (l, w), n in people.items() if l == lang and len(w) >= 2 and WORD.fullmatch(w) and not w.isupper()
                      and not skip(w)
                      and len(articles[(l, w)]) >= MIN_ARTICLES and n >= RATIO * others[w])
        path = pathlib.Path(out) / lang / "given-names.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# Given names ({lang}), learned: the first words of people's names of two words or more in the\n"
                    f"# {split} split's annotated articles, in at least {MIN_ARTICLES} articles, opening people's names at least\n"
                    f"# {RATIO} times as often as other entities' in any language (tools/lexicon/given_names.py). Read with\n"
                    "# data/lexicon/first-names.txt, as one set with every language's list, to type a run that opens with one a\n"
                    "# person's name. One word a line, as written.\n")
            for w in kept:
                f.write(f"{w}\n")
        print(lang, len(kept), "->", path)


if __name__ == "__main__":
    main(*sys.argv[1:4])
