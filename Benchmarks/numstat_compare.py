#!/usr/bin/env python3
"""Compares accrue's per-commit line counts with `git log --numstat --no-renames`.

Usage: numstat_compare.py GIT_OUTPUT ACCRUE_OUTPUT
Both files are in `--format=%H` + numstat form. Prints matching (commit, file) pairs, totals, and
the first mismatches; exits 1 if fewer than 99.9% of pairs match or totals differ by more than 0.1%.
"""
import sys


def unquote(path):
    if not (path.startswith('"') and path.endswith('"')):
        return path
    raw = path[1:-1].encode('latin-1', 'backslashreplace').decode('unicode_escape')
    return raw.encode('latin-1', 'replace').decode('utf-8', 'replace')


def parse(name):
    pairs = {}
    commit = None
    with open(name, encoding='utf-8', errors='replace') as handle:
        for line in handle:
            line = line.rstrip('\n')
            if len(line) == 40 and '\t' not in line:
                commit = line
                continue
            if not line or commit is None:
                continue
            parts = line.split('\t', 2)
            if len(parts) != 3:
                continue
            added, deleted, path = parts
            key = (commit, unquote(path))
            value = (None, None) if added == '-' else (int(added), int(deleted))
            if key in pairs and value != (None, None) and pairs[key] != (None, None):
                old = pairs[key]
                value = (old[0] + value[0], old[1] + value[1])
            pairs[key] = value
    return pairs


def main():
    git, accrue = parse(sys.argv[1]), parse(sys.argv[2])
    keys = set(git) | set(accrue)
    same = sum(1 for k in keys if git.get(k, 'missing') == accrue.get(k, 'other'))
    def total(pairs, i):
        return sum(v[i] for v in pairs.values() if v[i] is not None)
    share = same / len(keys) if keys else 1.0
    print(f"pairs: git {len(git)}, accrue {len(accrue)}, union {len(keys)}, equal {same} ({share:.5%})")
    ok = share >= 0.999
    for i, label in ((0, 'added'), (1, 'deleted')):
        g, a = total(git, i), total(accrue, i)
        diff = abs(g - a) / g if g else 0.0
        ok = ok and diff <= 0.001
        print(f"lines {label}: git {g}, accrue {a}, difference {diff:.5%}")
    shown = 0
    for key in sorted(keys):
        if git.get(key, 'missing') != accrue.get(key, 'missing') and shown < 15:
            print(f"  differs: {key[0][:10]} {key[1]}: git {git.get(key, 'missing')} accrue {accrue.get(key, 'missing')}")
            shown += 1
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
