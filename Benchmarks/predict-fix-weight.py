#!/usr/bin/env python3
"""Would interest predict better if a bug-fix commit weighed more than one change? (offline, session 34)

    Benchmarks/predict-fix-weight.py EVALDIR/*          # EVALDIR: predict-corpus.sh's or predict-eval.sh's KEEP folders
    W=0,1,2,4 MODE=ratio Benchmarks/predict-fix-weight.py EVALDIR/*

Interest is linear in a file's activity, so weighing each fix commit 1 + w changes scales a file's interest by
(C + w·F) / C, where C and F are its decayed changes and decayed fixes before the split (90-day half-life, the
three years before the split, `git log --name-only`, so a mirror missing old blobs can still be read). A fix is
the harness's subject reading (../shared/eval/predict_eval.py: FIX_RE, less NONBUG_RE unless STRONG_RE, no bots,
at most 10 universe files). MODE=add adds w × 1000 × F to the score instead (a file with no debt then ranks by its
fixes: not interest, shown for comparison), MODE=fixonly ranks by F alone. Each KEEP folder's clone is looked up
at /work/corpus-all/<label>, else /work/.mirror/*+<label>/repo (set CORPUS to change the first). Prints the mean
figures and the mean difference against the baselines with wins/losses per w; w = 0 reproduces the folders' rows.
accrue's fix_weight 2 is w = 1 here. Figures: docs/model.md, session 34.
"""
import json, math, os, subprocess, sys
sys.path.insert(0, '/work/shared/eval')
import predict_eval as pe

HALF = 90 * 86400.0
def log(repo, split, split_ct):
    """The commits of the three years before the split: date, author, subject and paths (no blob is read)."""
    raw = pe.git(repo, "log", "--no-merges", "-z", "--name-only", "--no-renames", f"--since={split_ct - 3*365*86400}",
                 "--format=%x1e%H%x1f%ct%x1f%an%x1f%ae%x1f%s%x1f", split)
    commits = []
    for rec in raw.split(b"\x1e"):
        if not rec.strip(b"\0\n"):
            continue
        sha, ct, an, ae, subj, rest = rec.split(b"\x1f", 5)
        paths = [pe.dec(t.lstrip(b"\n")) for t in rest.split(b"\0") if t.strip(b"\n")]
        commits.append(dict(ct=int(ct), author=pe.dec(an), email=pe.dec(ae), subject=pe.dec(subj), paths=paths))
    return commits

def is_fix(c):
    """The harness's reading of a fix commit's subject (no bots; housekeeping only with a strong word)."""
    if pe.BOT_RE.search(c["author"] + " " + c["email"]) or not pe.FIX_RE.search(c["subject"]):
        return False
    return not pe.NONBUG_RE.search(c["subject"]) or bool(pe.STRONG_RE.search(c["subject"]))

def decayed(repo, split, split_ct, uset):
    C = {}; F = {}
    commits = log(repo, split, split_ct)
    for c in commits:
        touched = {p for p in c["paths"] if p in uset}
        fix = is_fix(c) and len(touched) <= 10
        w = 0.5 ** ((split_ct - c["ct"]) / HALF)
        for p in touched:
            C[p] = C.get(p, 0) + w
            if fix:
                F[p] = F.get(p, 0) + w
    return C, F

def evaluate(files, score):
    universe = [f["path"] for f in files]
    loc = {f["path"]: f["loc"] for f in files}
    fixes = {f["path"]: f["fix_commits"] for f in files}
    changes = {f["path"]: f["future_changes"] for f in files}
    fch = {f["path"]: f["future_churn"] for f in files}
    return pe.evaluate(score, universe, loc, fixes, changes, fch)

ws = [float(x) for x in os.environ.get("W", "0,1,3").split(",")]
mode = os.environ.get("MODE", "ratio")
cache = os.environ.get("CACHE", "/tmp/predict-fix-weight-cache-2")
os.makedirs(cache, exist_ok=True)
rows = {}
for d in sys.argv[1:]:
    label = os.path.basename(d.rstrip("/"))
    r = json.load(open(os.path.join(d, "result.json")))
    fj = json.load(open(os.path.join(d, "files.json")))
    files = fj["files"]
    if not any(f["fix_commits"] for f in files):
        continue
    repo = os.environ.get("CORPUS", "/work/corpus-all") + "/" + label
    if not os.path.exists(repo):
        import glob
        repo = glob.glob(f"/work/.mirror/*+{label}/repo")[0]
    split = r["meta"]["split"]
    cf = os.path.join(cache, label + ".json")
    if os.path.exists(cf):
        C, F = json.load(open(cf))
    else:
        split_ct = int(pe.git(repo, "log", "-1", "--format=%ct", split).strip())
        C, F = decayed(repo, split, split_ct, {f["path"] for f in files})
        json.dump([C, F], open(cf, "w"))
    out = {}
    for w in ws:
        sc = {}
        for f in files:
            p = f["path"]; s = f["scores"]["accrue_interest"]
            c = C.get(p, 0); fx = F.get(p, 0)
            if mode == "ratio":
                sc[p] = s * (c + w * fx) / c if c > 0 else s
            elif mode == "add":   # fixes as a separate signal added to interest's rank
                sc[p] = s + w * 1000 * fx
            elif mode == "fixonly":
                sc[p] = fx * 1000 + s / 1e6
        out[w] = evaluate(files, sc)
    rows[label] = out
keys = ["spearman_fix", "capture20", "capture20_loc", "popt"]
first = next(iter(rows.values()))
print("keys:", list(first[ws[0]].keys()))
for w in ws:
    m = [sum(rows[l][w][k] for l in rows) / len(rows) for k in keys]
    print(f"w={w}: " + " ".join(f"{k}={v:.4f}" for k, v in zip(keys, m)))

# wins/losses against the baselines, from the same files
base = {}
for d in sys.argv[1:]:
    label = os.path.basename(d.rstrip("/"))
    if label not in rows: continue
    files = json.load(open(os.path.join(d, "files.json")))["files"]
    base[label] = {b: evaluate(files, {f["path"]: f["scores"][b] for f in files}) for b in ("loc", "churn")}
for w in ws:
    parts = []
    for k, b in (("spearman_fix", "loc"), ("capture20", "loc"), ("capture20_loc", "churn"), ("popt", "churn")):
        diffs = [rows[l][w][k] - base[l][b][k] for l in rows]
        wins = sum(x > 1e-9 for x in diffs); losses = sum(x < -1e-9 for x in diffs)
        parts.append(f"{k}-{b} {sum(diffs)/len(diffs):+.4f} {wins}/{losses}")
    print(f"w={w}: " + " | ".join(parts))
