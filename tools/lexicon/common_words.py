#!/usr/bin/env python3
"""Writes data/lang/<code>/common-words.txt: the words a language writes in lower case, which a
capitalized run made of nothing else is not a name ("Inflasi itu ...", "the Year ahead").

A word is common when, in the corpus's articles of that language outside the annotated dev and test
splits, it occurs at least MIN_LOWER times in lower case and at least SHARE of its occurrences
other than a sentence's first word are lower case. Only alphabetic words of three letters or more.

    python3 tools/lexicon/common_words.py /work/shared/corpora data/corpus/splits.tsv data/lang

The list holds single words only, never text of an article.
"""
import collections
import json
import pathlib
import re
import sys

MIN_LOWER = 10
SHARE = 0.85
FILES = {"en": ["bbc-news.jsonl", "reuters21578.jsonl"], "id": ["id-news.jsonl"]}
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")


def main(corpora, splits, out):
    held_out = set()
    for line in open(splits, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) > 4 and cols[4] in ("dev", "test"):
            held_out.add(cols[0])
    for lang, files in FILES.items():
        lower, capital = collections.Counter(), collections.Counter()
        for name in files:
            for line in open(pathlib.Path(corpora) / name, encoding="utf-8"):
                rec = json.loads(line)
                if rec["id"] in held_out or rec.get("lang", lang) != lang:
                    continue
                for sentence in SENTENCE.split(rec["text"]):
                    for i, w in enumerate(WORD.findall(sentence)):
                        if w.islower():
                            lower[w] += 1
                        elif i > 0 and w[0].isupper() and not w.isupper():
                            capital[w.lower()] += 1
        words = sorted(w for w, n in lower.items()
                       if len(w) >= 3 and w.isalpha() and n >= MIN_LOWER and n / (n + capital[w]) >= SHARE)
        path = pathlib.Path(out) / lang / "common-words.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# Common words ({lang}): written in lower case in at least {SHARE:.0%} of their occurrences after a sentence's\n"
                    f"# first word, at least {MIN_LOWER} times, in the corpus's {lang} articles outside the dev and test splits\n"
                    "# (tools/lexicon/common_words.py). A capitalized run of one or two of them, and nothing else, is not a name.\n"
                    "# One word a line, matched exactly but for case (not as a regular expression).\n")
            f.write("\n".join(words) + "\n")
        print(lang, len(words), "words ->", path)


if __name__ == "__main__":
    main(*sys.argv[1:4])
