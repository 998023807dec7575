#!/usr/bin/env python3
"""Writes data/lang/<code>/headline-words.txt: words frequent in one language's news headlines and
rare in the other's ("buys", "profit", "akuisisi", "saham"). Where the language detector is unsure
and the function words tie, as in a short headline ("Zentrix Labs buys Orvana Systems"), the
language whose headline words the text holds most is chosen (OpenNlpLanguageIdentifier).

A word is kept when it is written (any case) in at least MIN_COUNT headlines of its language, its
share of that language's headlines is at least RATIO times its share of the other's, and it is
not already a function word, and in the bodies of that language's articles it is written in lower case
at least half the time or never (so names such as "Jakarta" or "Japan" are left out). The MOST most frequent are kept. The test split's articles are left
out (data/corpus/splits.tsv).

    python3 tools/lexicon/headline_words.py /work/shared/corpora data/corpus/splits.tsv data/lang

The list holds single words only, never text of an article.
"""
import collections
import json
import pathlib
import re
import sys

MIN_COUNT = 5
RATIO = 50
MOST = 3000
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def main(corpora, splits, out):
    test = set()
    for line in open(splits, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) > 4 and cols[4] == "test":
            test.add(cols[0])
    counts = collections.defaultdict(collections.Counter)
    titles = collections.Counter()
    lower = collections.defaultdict(collections.Counter)
    written = collections.defaultdict(collections.Counter)
    for f in sorted(pathlib.Path(corpora).glob("*.jsonl")):
        for line in open(f, encoding="utf-8"):
            r = json.loads(line)
            if r["id"] in test or not r.get("title") or r.get("lang") not in ("en", "id"):
                continue
            titles[r["lang"]] += 1
            counts[r["lang"]].update(set(w.lower() for w in WORD.findall(r["title"])))
            for w in WORD.findall(r.get("text") or ""):
                written[r["lang"]][w.lower()] += 1
                if w.islower():
                    lower[r["lang"]][w.lower()] += 1
    for lang in ("en", "id"):
        other = "id" if lang == "en" else "en"
        # the function words of the output folder, or (a folder of only some files, a fold's) of this checkout's data/lang
        fw_path = pathlib.Path(out) / lang / "function-words.txt"
        if not fw_path.exists():
            fw_path = pathlib.Path(__file__).resolve().parents[2] / "data" / "lang" / lang / "function-words.txt"
        fw = {w.strip() for w in open(fw_path, encoding="utf-8") if w.strip() and not w.startswith("#")}
        kept = []
        # most frequent first, ties by the word, so that the same corpus gives the same file whatever Python's hash seed
        for w, n in sorted(counts[lang].items(), key=lambda x: (-x[1], x[0])):
            if n < MIN_COUNT or len(kept) >= MOST:
                break
            own = n / titles[lang]
            theirs = counts[other][w] / titles[other]
            if (w not in fw and len(w) > 1 and own >= RATIO * theirs
                    and lower[lang][w] * 2 >= written[lang][w]):
                kept.append(w)
        (pathlib.Path(out) / lang).mkdir(parents=True, exist_ok=True)
        with open(pathlib.Path(out) / lang / "headline-words.txt", "w", encoding="utf-8") as o:
            o.write(f"# Headline words ({lang}): words frequent in this language's news headlines and rare in the other's,\n"
                    f"# counted by tools/lexicon/headline_words.py over the corpora's headlines outside the test split\n"
                    f"# ({titles[lang]} headlines). Where the language detector is unsure and the function words tie, the\n"
                    f"# language whose headline words the text holds most is chosen. Whole words, case-insensitive.\n")
            for w in kept:
                o.write(w + "\n")
        print(lang, titles[lang], "headlines,", len(kept), "words")


if __name__ == "__main__":
    main(*sys.argv[1:4])
