#!/usr/bin/env python3
"""Writes data/lang/<code>/word-clusters.tsv: word classes learned from the corpus's unannotated text,
which the trained name finder reads as features (OpenNLP's Brown cluster features), so that a word
seen in few annotated sentences shares what the model learned of the words used like it
("Xiaomi" like "Samsung", "Kemenkeu" like "Kemenhub").

In the corpus's articles of one language outside the annotated dev and test splits, every token
(case kept) seen at least MIN_COUNT times, up to MAX_WORDS of the most frequent, is described by the
words right before and after it (the CONTEXTS most frequent words, each side apart), weighted by
positive pointwise mutual information and reduced to DIMENSIONS by a truncated SVD. k-means (seeded)
groups the words into CLUSTERS classes, and Ward's hierarchical clustering of the class centres
gives each class a path of 0s and 1s from the root of a binary tree, as Brown clustering does, so
the model sees coarse and fine classes (OpenNLP uses the path's first 4, 6, 10 and 20 bits).

    python3 tools/lexicon/word_clusters.py /work/shared/corpora data/corpus/splits.tsv data/lang

Needs numpy and scipy. The same corpus and settings give the same file. Each line is
`path<TAB>word<TAB>count`, the format of Brown clustering's output that OpenNLP reads; the file
holds single words only, never text of an article.
"""
import collections
import json
import pathlib
import re
import sys

import numpy as np
import scipy.cluster.hierarchy as hierarchy
import scipy.cluster.vq as vq
import scipy.sparse as sparse
import scipy.sparse.linalg as linalg

MIN_COUNT = 5
MAX_WORDS = 60000
CONTEXTS = 5000
DIMENSIONS = 100
CLUSTERS = 1000
SEED = 20261201
FILES = {"en": ["bbc-news.jsonl", "reuters21578.jsonl"], "id": ["id-news.jsonl"]}
# tokens as OpenNLP's tokenizers mostly cut them: words with inner hyphens, apostrophes and points, numbers, punctuation
TOKEN = re.compile(r"\w+(?:[-'’.&]\w+)*|[^\w\s]")


def tokens(corpora, files, lang, held_out):
    for name in files:
        for line in open(pathlib.Path(corpora) / name, encoding="utf-8"):
            rec = json.loads(line)
            if rec["id"] in held_out or rec.get("lang", lang) != lang:
                continue
            for paragraph in ((rec.get("title") or "") + "\n" + rec["text"]).split("\n"):
                found = TOKEN.findall(paragraph)
                if found:
                    yield found


def clusters(paragraphs):
    counts = collections.Counter()
    for p in paragraphs:
        counts.update(p)
    vocab = [w for w, c in counts.most_common(MAX_WORDS) if c >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    context = {w: i for i, w in enumerate(vocab[:CONTEXTS])}
    rows, cols = [], []
    for p in paragraphs:
        ids = [index.get(w, -1) for w in p]
        ctx = [context.get(w, -1) for w in p]
        for k, i in enumerate(ids):
            if i < 0:
                continue
            if k > 0 and ctx[k - 1] >= 0:
                rows.append(i)
                cols.append(ctx[k - 1])
            if k + 1 < len(p) and ctx[k + 1] >= 0:
                rows.append(i)
                cols.append(CONTEXTS + ctx[k + 1])
    m = sparse.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                          shape=(len(vocab), 2 * CONTEXTS)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel()
    coo = m.tocoo()
    pmi = np.log(coo.data * total / (row[coo.row] * col[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    print(f"  {len(vocab)} words, {ppmi.nnz} weighted contexts", file=sys.stderr)
    u, s, _ = linalg.svds(ppmi, k=DIMENSIONS, random_state=SEED)
    vectors = u * np.sqrt(s)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    # words differ only in the sign of an SVD axis between runs; fix each axis's sign by its largest entry
    signs = np.sign(vectors[np.abs(vectors).argmax(axis=0), range(DIMENSIONS)])
    vectors *= signs
    # random points as the first centres: k-means++ costs k times the data here
    centres, labels = vq.kmeans2(vectors, CLUSTERS, iter=30, minit="points", seed=SEED)
    used = sorted(set(labels.tolist()))
    tree = hierarchy.to_tree(hierarchy.linkage(centres[used], method="ward"))
    paths = {}
    stack = [(tree, "")]
    while stack:
        node, path = stack.pop()
        if node.is_leaf():
            paths[used[node.id]] = path or "0"
        else:
            stack.append((node.left, path + "0"))
            stack.append((node.right, path + "1"))
    return [(paths[labels[i]], w, counts[w]) for i, w in enumerate(vocab)]


def main(corpora, splits, out):
    held_out = set()
    for line in open(splits, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) > 4 and cols[4] in ("dev", "test"):
            held_out.add(cols[0])
    for lang, files in FILES.items():
        paragraphs = list(tokens(corpora, files, lang, held_out))
        result = clusters(paragraphs)
        target = pathlib.Path(out) / lang / "word-clusters.tsv"
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            for path, word, count in sorted(result, key=lambda r: (r[0], -r[2], r[1])):
                f.write(f"{path}\t{word}\t{count}\n")
        print(f"{lang}: {len(result)} words in {len(set(r[0] for r in result))} classes -> {target}", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:4])
