#!/usr/bin/env python3
"""Cuts scripts into about COUNT smaller files between statements, for scripts/bench.sh.

Usage: bench-cut.py STATEMENTS_TSV COUNT OUTPUT_DIR
STATEMENTS_TSV is `evtlint parse --format tsv` of the scripts: its statement rows say where each
statement ends. Each script gets a number of pieces in proportion to its statements (at least one),
and every piece ends at the end of a statement's line, so no statement is cut in two.
"""
import csv
import os
import sys
from collections import OrderedDict


def statement_end_lines(tsv_path):
    ends = OrderedDict()
    with open(tsv_path, newline='', encoding='utf-8') as tsv:
        for row in csv.DictReader(tsv, delimiter='\t'):
            if row['kind'] == 'statement':
                ends.setdefault(row['file'], []).append(int(row['end_line']))
    return ends


def pieces_per_file(ends, count):
    """Largest-remainder shares of COUNT, at least one per file."""
    total = sum(len(lines) for lines in ends.values())
    shares = {f: max(1, len(lines) * count / total) for f, lines in ends.items()}
    pieces = {f: min(len(ends[f]), int(share)) for f, share in shares.items()}
    by_remainder = sorted(shares, key=lambda f: shares[f] - int(shares[f]), reverse=True)
    for f in by_remainder:
        if sum(pieces.values()) >= count:
            break
        if pieces[f] < len(ends[f]):
            pieces[f] += 1
    return pieces


def main(tsv_path, count, out_dir):
    ends = statement_end_lines(tsv_path)
    written = 0
    for f, pieces in pieces_per_file(ends, count).items():
        with open(f, encoding='utf-8') as script:
            lines = script.readlines()
        statements = ends[f]
        cuts = [statements[(i * len(statements)) // pieces - 1] for i in range(1, pieces)] + [len(lines)]
        start = 0
        for cut in sorted(set(cuts)):
            if cut <= start:
                continue
            written += 1
            with open(os.path.join(out_dir, '%05d.sql' % written), 'w', encoding='utf-8') as piece:
                piece.writelines(lines[start:cut])
            start = cut
    print('%d files written to %s' % (written, out_dir), file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
