#!/usr/bin/env python3
"""Write an annotation folder whose train split is four fifths of the corpus's train split and whose dev split is the
other fifth (the corpus's own dev and test articles become test), for choosing settings on articles no model was
trained on without touching the dev or test split.

    python3 tools/corpus/fold.py --annotations data/corpus --out /tmp/fold --seed 7
    java -jar target/dealgraph.jar train --corpus ../shared/corpora --annotations /tmp/fold --out /tmp/fold.zip
    java -jar target/dealgraph.jar evaluate --corpus ../shared/corpora --annotations /tmp/fold --split dev --models /tmp/fold.zip

The folder holds a splits.tsv and a link to the annotations; README (Quality) names the seed its figures used.
"""
import argparse
import csv
import os
import random


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--annotations', default='data/corpus', help='folder with annotations/ and splits.tsv')
    ap.add_argument('--out', required=True, help='folder to write (splits.tsv and a link to the annotations)')
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--share', type=float, default=0.2, help='the share of the train split held out (default 0.2)')
    a = ap.parse_args()
    with open(os.path.join(a.annotations, 'splits.tsv'), encoding='utf-8') as f:
        rows = list(csv.DictReader(f, delimiter='\t'))
    rnd = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, 'splits.tsv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), delimiter='\t', lineterminator='\n')
        w.writeheader()
        for r in rows:  # in the file's order, one draw per train article: the same seed gives the same fold
            if r['split'] == 'train':
                r['split'] = 'dev' if rnd.random() < a.share else 'train'
            else:
                r['split'] = 'test'
            w.writerow(r)
    link = os.path.join(a.out, 'annotations')
    if not os.path.exists(link):
        os.symlink(os.path.abspath(os.path.join(a.annotations, 'annotations')), link)


if __name__ == '__main__':
    main()
