#!/usr/bin/env python3
"""Compare accrue's functions and cyclomatic complexity with lizard's, per language.

Usage: Benchmarks/lizard-compare.py REPO [--accrue-json FILE] [--show N] [--language NAME]

Functions are matched by file and start line (several on one line are paired in order of end line).
For each language it prints lizard's and accrue's function counts, recall (lizard's functions accrue
finds), precision (accrue's functions lizard has) and the share of matched functions with the same CCN.

accrue's functions come from `accrue files REPO --format json` when its output carries them, else from
the test-only dump (FunctionDumpTests, ACCRUE_FUNCTIONS_DIR). lizard must be importable (`python3 -m
lizard`, 1.24.3 was used). Nothing is written into REPO.

Components (`.vue`, `.svelte`): lizard's Vue reader reads the tokens between `<script…>` and `</script`
as TypeScript, but drops the newlines outside them, so every function after a template or a first block is
reported lines too early; it has no Svelte reader. So each component is copied to a scratch folder as
`NAME.vue.ts` (`.tsx` for `lang="tsx"`/`"jsx"`) with everything outside its script blocks blanked to
spaces, newlines kept, and read by lizard's TypeScript reader (the one its Vue reader uses): lizard's
functions at the component's own line numbers. `--raw-vue` compares with lizard's Vue reader as it is.

Lua: lizard reads it with its Ruby reader, so `#` (the length operator) comments out the rest of its line and
`class`, `module`, `begin`, `it`, `unless` open blocks. JavaScript and TypeScript: lizard reads the `:` of `case x:`
and `default:` as a type annotation up to the next `{ = ; )`, so `case L: return 1` without a `;` swallows the braces
and functions after it. lizard 1.24 also ends a regular expression at an escaped slash before another
(`/^https?:\/\//i`), reading a `//` comment there: koa's `get href` runs to the end of lib/request.js (CCN 38), and
the 36 functions after it are accrue's alone. C and C++: lizard names a function after an upper-case annotation
macro following its parameters (`void Remove() EXCLUSIVE_LOCKS_REQUIRED(mu_) {` is `EXCLUSIVE_LOCKS_REQUIRED`, starting
on the macro's line) and loses one declared `override final`, reading its loops as functions `for`; accrue keeps the
function's name and line, so each such function is one "only accrue" and one "only lizard" here (googletest's
`GTEST_LOCK_EXCLUDED_`: 33). `PYTHONPATH=Benchmarks/lizard-mended` runs lizard with these readings mended, as accrue reads
them, to see accrue's own differences.

lizard's command line reads a file whose content repeats one it has read only once (svelte's test samples), so
accrue's precision is lower there than function by function.
"""
import argparse
import collections
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRATCH = os.environ.get("ACCRUE_SCRATCH", ".build-functions")
# Languages compared, by accrue's language name, with the file endings lizard reads them by.
LANGUAGES = {
    "C": ("c",), "C/C++ Header": ("h",), "C++": ("cpp", "cc", "cxx", "hpp", "hh"),
    "Swift": ("swift",), "Python": ("py",), "Go": ("go",), "JavaScript": ("js", "mjs", "cjs"),
    "TypeScript": ("ts",), "Java": ("java",), "Rust": ("rs",), "Kotlin": ("kt", "kts"),
    "Ruby": ("rb",), "PHP": ("php",), "C#": ("cs",), "Scala": ("scala",), "Objective-C": ("m",),
    "Vuejs Component": ("vue",), "Svelte": ("svelte",), "Lua": ("lua",), "Zig": ("zig",),
}


def accrue_functions(repo, given):
    """{path: (language, [function])} from accrue."""
    if given:
        document = json.load(open(given))
    else:
        document = accrue_files_json(repo) or dump_with_tests(repo)
    return {f["path"]: (f["language"], f["functions"]) for f in document["files"] if "functions" in f}


def accrue_files_json(repo):
    binary = os.environ.get("ACCRUE_BIN", os.path.join(ROOT, ".build", "release", "accrue"))
    if not os.path.exists(binary):
        subprocess.run(["swift", "build", "-c", "release", "--product", "accrue"], cwd=ROOT, check=True)
    # The same files lizard reads: nothing excluded as vendored, generated or minified.
    includes = sum((["--include", r] for r in ["vendored", "generated", "minified", "lockfile"]), [])
    run = subprocess.run([binary, "files", repo, "--format", "json"] + includes, capture_output=True, text=True)
    if run.returncode != 0:
        return None
    document = json.loads(run.stdout)
    files = document.get("files", [])
    if not any("functions" in f for f in files):
        return None
    return document


def dump_with_tests(repo):
    out = tempfile.NamedTemporaryFile(suffix=".json", delete=False).name
    env = dict(os.environ, ACCRUE_FUNCTIONS_DIR=repo, ACCRUE_FUNCTIONS_OUT=out)
    subprocess.run(
        ["swift", "test", "--skip-build", "--scratch-path", SCRATCH, "--filter", "FunctionDumpTests"],
        cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    document = json.load(open(out))
    os.unlink(out)
    return document


def lizard_functions(repo, raw_vue=False):
    """{path: [(start, end, ccn, name)]} from lizard's CSV output."""
    found = lizard_csv(repo, (), () if raw_vue else ("*.vue",))
    with tempfile.TemporaryDirectory() as scratch:
        listing = subprocess.run(["git", "-C", repo, "ls-files", "-z"], capture_output=True, text=True)
        endings = (".svelte",) if raw_vue else (".svelte", ".vue")
        for path in filter(lambda p: p.endswith(endings), listing.stdout.split("\0")):
            copy_component(os.path.join(repo, path), os.path.join(scratch, path), raw_vue)
        found.update(lizard_csv(scratch, (".vue", ".ts", ".tsx")))
    return found


def copy_component(source, target, raw_vue):
    """Writes `target.vue` (with `raw_vue`) or `target.ts`/`.tsx` (the script code only) for the component `source`."""
    if not os.path.isfile(source):
        return
    with open(source, encoding="utf-8", errors="replace") as file:
        text = file.read()
    suffix = ".vue" if raw_vue else ".tsx" if SCRIPT_TSX.search(text) else ".ts"
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target + suffix, "w", encoding="utf-8") as out:
        out.write(text if raw_vue else script_only(text))


SCRIPT_BLOCK = re.compile(r"""<script\b(?:[^>"']|"[^"]*"|'[^']*')*>(.*?)(?:</script|\Z)""", re.S | re.I)
SCRIPT_TSX = re.compile(r"""<script\b[^>]*\blang=["']?(?:tsx|jsx)\b""", re.I)


def script_only(text):
    """`text` with every byte outside its `<script>` blocks' code turned into a space, newlines kept."""
    out = re.sub(r"[^\n]", " ", text)
    chars = list(out)
    for match in SCRIPT_BLOCK.finditer(text):
        chars[match.start(1):match.end(1)] = text[match.start(1):match.end(1)]
    return "".join(chars)


def lizard_csv(folder, suffixes, excludes=()):
    """lizard's functions under `folder`, by path relative to it; with `suffixes`, only paths ending in one of
    them, which is cut off.

    lizard's command line stops at the first file its readers raise on (1.24.3 on some TypeScript); then each
    file is analysed on its own in this process, and the ones it raises on are counted on stderr.
    """
    arguments = sum((["-x", pattern] for pattern in excludes), [])
    run = subprocess.run([sys.executable, "-m", "lizard", "--csv"] + arguments + [folder], capture_output=True, text=True)
    rows = list(csv.reader(io.StringIO(run.stdout))) if run.returncode == 0 else per_file_rows(folder, excludes)
    found = collections.defaultdict(list)
    prefix = folder.rstrip("/") + "/"
    for row in rows:
        path = row[6][len(prefix):] if row[6].startswith(prefix) else row[6]
        if suffixes:
            suffix = next((s for s in suffixes if path.endswith(s)), None)
            if suffix is None:
                continue
            path = path[:-len(suffix)]
        found[path].append((int(row[9]), int(row[10]), int(row[1]), row[7]))
    return found


def per_file_rows(folder, excludes):
    """lizard's CSV rows (the columns `lizard_csv` reads), one file at a time."""
    import fnmatch
    import lizard
    rows, failed = [], 0
    for root, _, names in os.walk(folder):
        if "/.git" in root + "/":
            continue
        for name in sorted(names):
            path = os.path.join(root, name)
            if any(fnmatch.fnmatch(path, pattern) for pattern in excludes) or not lizard.get_reader_for(path):
                continue
            try:
                info = lizard.analyze_file(path)
            except Exception:  # lizard's readers raise on some inputs; count the file and go on
                failed += 1
                continue
            for f in info.function_list:
                rows.append([0, f.cyclomatic_complexity, 0, 0, 0, "", path, f.name, "", f.start_line, f.end_line])
    if failed:
        print("lizard raised on %d files under %s; they are left out" % (failed, folder), file=sys.stderr)
    return rows


def language_of(path):
    ending = path.rsplit(".", 1)[-1].lower()
    for name, endings in LANGUAGES.items():
        if ending in endings:
            return name
    return None


def compare(repo, ours, theirs, show, only):
    rows = collections.OrderedDict()
    mismatches = collections.defaultdict(list)
    for path in sorted(set(ours) | set(theirs)):
        language = ours[path][0] if path in ours else language_of(path)
        if language is None or language_of(path) is None or (only and language != only):
            continue
        stats = rows.setdefault(language, collections.Counter())
        mine = collections.defaultdict(list)
        for f in (ours.get(path, (None, []))[1]):
            mine[f["start_line"]].append(f)
        lizards = collections.defaultdict(list)
        for f in theirs.get(path, []):
            lizards[f[0]].append(f)
        stats["files"] += 1
        stats["lizard"] += sum(len(v) for v in lizards.values())
        stats["accrue"] += sum(len(v) for v in mine.values())
        for line in set(mine) | set(lizards):
            a = sorted(mine.get(line, []), key=lambda f: f["end_line"])
            b = sorted(lizards.get(line, []), key=lambda f: f[1])
            for f, g in zip(a, b):
                stats["matched"] += 1
                if f["complexity"] == g[2]:
                    stats["same_ccn"] += 1
                else:
                    mismatches[language].append(
                        "ccn  %s:%d %s accrue=%d lizard=%d (ends %d/%d)"
                        % (path, line, g[3], f["complexity"], g[2], f["end_line"], g[1]))
                if f["end_line"] == g[1]:
                    stats["same_end"] += 1
            for f in a[len(b):]:
                mismatches[language].append("only accrue  %s:%d %s" % (path, line, f["name"]))
            for g in b[len(a):]:
                mismatches[language].append("only lizard  %s:%d %s ccn=%d" % (path, line, g[3], g[2]))
    print("%-14s %6s %7s %7s %8s %9s %9s %8s" % (
        "language", "files", "lizard", "accrue", "matched", "recall", "precision", "same CCN"))
    for language, s in rows.items():
        if not s["lizard"] and not s["accrue"]:
            continue
        pct = lambda a, b: "%.1f%%" % (100.0 * a / b) if b else "-"
        print("%-14s %6d %7d %7d %8d %9s %9s %8s" % (
            language, s["files"], s["lizard"], s["accrue"], s["matched"], pct(s["matched"], s["lizard"]),
            pct(s["matched"], s["accrue"]), pct(s["same_ccn"], s["matched"])))
    if show:
        for language, lines in mismatches.items():
            print("\n# %s: %d differences" % (language, len(lines)))
            for line in lines[:show]:
                print("  " + line)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("repo")
    parser.add_argument("--accrue-json", help="accrue.files/1 JSON to read instead of running accrue")
    parser.add_argument("--show", type=int, default=0, help="print up to N differences per language")
    parser.add_argument("--language", help="compare only this accrue language (e.g. Swift)")
    parser.add_argument("--raw-vue", action="store_true", help="lizard's own Vue reader for .vue (see above)")
    args = parser.parse_args()
    repo = os.path.abspath(args.repo)
    compare(repo, accrue_functions(repo, args.accrue_json), lizard_functions(repo, args.raw_vue), args.show, args.language)


if __name__ == "__main__":
    main()
