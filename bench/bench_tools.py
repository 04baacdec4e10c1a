#!/usr/bin/python3
"""Helpers for bench/run: builds the test corpus, records one timed run, writes docs/PERFORMANCE.md.

Standard library only. Every measurement is one JSON line in results.jsonl, so the report can be rebuilt from a
kept work folder (bench/run --keep) with `bench_tools.py report ...`.
"""
import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import statistics
import subprocess
import sys
from pathlib import Path

GB = 1e9  # decimal gigabytes: the targets say GB; GNU time reports KiB

# ----------------------------------------------------------------------------------------------------------------
# The corpus


def chapter_body(text):
    """The chapter's paragraphs without its title and the web-page furniture around it.

    The chapter opens with 'Search' / 'Close this search box.' before the title and closes with a 'Content' line
    followed by share buttons; both are dropped so that every document of the corpus is article text only.
    """
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
    title_at = next((i for i, b in enumerate(blocks) if b.startswith("Chapter ")), None)
    footer_at = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].splitlines()[0] == "Content"), None)
    if title_at is None or footer_at is None or footer_at - title_at < 20:
        raise SystemExit("make-corpus: cannot find the chapter's title ('Chapter ...') and footer ('Content') in "
                         "the chapter; the corpus is built from input/the-rise-of-stalin.txt as shipped")
    return blocks[title_at].splitlines()[0], blocks[title_at + 1:footer_at]


def make_corpus(args):
    chapter = Path(args.chapter)
    raw = chapter.read_bytes()
    title, body = chapter_body(raw.decode("utf-8"))
    total = sum(len(p) for p in body)
    want = args.fraction * total
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    docs, seen, placed = [], set(), {}
    for k in range(args.docs):
        # Document k starts k/N of the way through the chapter's paragraphs and takes consecutive paragraphs,
        # wrapping round to the start, until it holds `fraction` of the chapter's characters.
        start = round(k * len(body) / args.docs)
        paras, chars, i = [], 0, start
        while chars < want and len(paras) < len(body):
            p = body[i % len(body)]
            paras.append(p)
            chars += len(p)
            i += 1
        name = f"doc-{k + 1:02d}.txt"
        heading = f"{title} (corpus document {k + 1} of {args.docs}, from paragraph {start + 1})"
        text = heading + "\n\n" + "\n\n".join(paras) + "\n"
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest in seen:
            raise SystemExit(f"make-corpus: {name} repeats another document's text; use more documents' worth of "
                             "paragraphs (DOC_FRACTION) or fewer documents")
        seen.add(digest)
        # corpus-stats' cache key is a chunk's text and its offset in the document: a paragraph that two documents
        # share must start at different offsets, or the cold run could be served from its own cache.
        offset = len(heading) + 2
        for j in range(start, start + len(paras)):
            key = (j % len(body), offset)
            if key in placed:
                raise SystemExit(f"make-corpus: paragraph {j % len(body) + 1} starts at offset {offset} in both "
                                 f"{placed[key]} and {name}; choose another DOC_FRACTION or DOCS")
            placed[key] = name
            offset += len(body[j % len(body)]) + 2
        (out / name).write_text(text, encoding="utf-8")
        docs.append({"name": name, "first_paragraph": start + 1, "paragraphs": len(paras),
                     "characters": len(text), "sha256": digest})
    info = {"chapter": str(chapter), "chapter_sha256": hashlib.sha256(raw).hexdigest(),
            "body_paragraphs": len(body), "body_characters": total, "documents": args.docs,
            "fraction": args.fraction, "docs": docs}
    Path(args.info).write_text(json.dumps(info, indent=1), encoding="utf-8")
    sizes = [d["characters"] for d in docs]
    print(f"corpus: {args.docs} documents of {min(sizes):,}-{max(sizes):,} characters "
          f"({args.fraction:g} of the chapter's {total:,} body characters each), all different")


# ----------------------------------------------------------------------------------------------------------------
# One run


def parse_time_v(path):
    """Wall seconds, CPU seconds and max RSS from GNU time -v."""
    fields = {}
    for line in Path(path).read_text(errors="replace").splitlines():
        if ":" in line:
            key, _, value = line.strip().rpartition(": ")
            fields[key.strip()] = value.strip()
    wall_text = fields.get("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    if wall_text is None:
        raise SystemExit(f"record: {path} is not GNU time -v output (is /usr/bin/time GNU time?)")
    wall = 0.0
    for part in wall_text.split(":"):
        wall = wall * 60 + float(part)
    return {"wall_s": wall,
            "user_s": float(fields.get("User time (seconds)", "0")),
            "sys_s": float(fields.get("System time (seconds)", "0")),
            "max_rss_bytes": int(fields.get("Maximum resident set size (kbytes)", "0")) * 1024}


def cli_tokens(folder):
    total, files = 0, 0
    for f in sorted(Path(folder).glob("*.json")):
        doc = json.loads(f.read_text(encoding="utf-8"))
        total += sum(len(s.get("tokens", [])) for s in doc.get("sentences", []))
        files += 1
    return total, files


def stage_keys(timings):
    """The manifest's timings worth showing: loading the models, annotating (under either name), the total."""
    annotate = next((k for k in ("annotate", "annotate_and_extract") if k in timings), "annotate")
    return ["load_models", annotate, "total"]


def count_cache_entries(folder):
    if not folder or not Path(folder).is_dir():
        return None
    return sum(1 for p in Path(folder).rglob("*") if p.is_file() and not p.name.endswith(".tmp"))


def record(args):
    rec = {"scenario": args.scenario, "side": args.side, "rep": args.rep, "corpus": args.corpus,
           "documents": args.documents, "exit": args.rc, "command": args.command}
    rec.update(parse_time_v(args.time_file))
    cpu = rec["user_s"] + rec["sys_s"]
    # System-wide busy CPU during the run minus this run's own CPU: what other processes used meanwhile.
    other = max(0.0, args.busy_jiffies / args.hz - cpu)
    rec["background_cpu_share"] = other / (rec["wall_s"] * args.cores) if rec["wall_s"] > 0 else 0.0
    if args.manifest and Path(args.manifest).is_file():
        manifest = json.loads(Path(args.manifest).read_text(encoding="utf-8"))
        rec["tokens_manifest"] = sum(int(i.get("tokens", 0)) for i in manifest.get("inputs", []))
        rec["timings_ms"] = manifest.get("timings_ms", {})
        if "jvm" in manifest:
            rec["jvm"] = manifest["jvm"]
    if args.cli_json_dir:
        tokens, files = cli_tokens(args.cli_json_dir)
        rec["tokens_cli_json"] = tokens
        rec["cli_json_files"] = files
    if args.cache_dir:
        rec["cache_entries"] = count_cache_entries(args.cache_dir)
    if args.note:
        rec["note"] = args.note
    with open(args.results, "a", encoding="utf-8") as out:
        out.write(json.dumps(rec) + "\n")
    extra = ""
    if "tokens_manifest" in rec:
        extra += f", {rec['tokens_manifest']:,} tokens"
        t = rec.get("timings_ms", {})
        nlp = [f"{k} {t[k] / 1000:.1f} s" for k in stage_keys(t) if k in t]
        if nlp:
            extra += " (" + ", ".join(nlp) + ")"
    if rec.get("cache_entries") is not None:
        extra += f", {rec['cache_entries']} cache entries"
    if rec["background_cpu_share"] > 0.10:
        extra += f", WARNING: other processes used {rec['background_cpu_share']:.0%} of the CPUs meanwhile"
    status = "ok" if args.rc == 0 else f"FAILED (exit {args.rc})"
    print(f"    {status}: {rec['wall_s']:.1f} s wall, {cpu:.0f} s CPU, "
          f"{rec['max_rss_bytes'] / GB:.2f} GB peak RSS{extra}", flush=True)


# ----------------------------------------------------------------------------------------------------------------
# Machine


def sh(cmd, cwd=None):
    """The command's output (java -version writes to stderr), or '' when it fails."""
    try:
        done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=60)
        return (done.stdout + done.stderr).strip() if done.returncode == 0 else ""
    except (OSError, subprocess.SubprocessError):
        return ""


def loadavg():
    try:
        return " / ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def busy_processes(exclude_pid):
    """Processes using noticeable CPU right now (ps's %CPU is a lifetime average, so sample /proc twice)."""
    def sample():
        out = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                text = stat.read_text()
                comm = text[text.index("(") + 1:text.rindex(")")]
                rest = text[text.rindex(")") + 2:].split()
                out[int(stat.parent.name)] = (comm, int(rest[11]) + int(rest[12]))
            except (OSError, ValueError, IndexError):
                pass
        return out
    import time
    a = sample()
    time.sleep(2)
    b = sample()
    hz = os.sysconf("SC_CLK_TCK")
    busy = []
    for pid, (comm, ticks) in b.items():
        if pid in a and pid != exclude_pid:
            share = (ticks - a[pid][1]) / hz / 2
            if share >= 0.10:
                busy.append(f"{comm} (pid {pid}, {share:.0%} of a core)")
    return busy


def meta_start(args):
    root = Path(args.root)
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) * 1024 / GB:.1f} GB"
    except OSError:
        pass
    os_name = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip('"') + f", Linux {platform.release()}"
    except OSError:
        pass
    commit = sh(["git", "-C", str(root), "rev-parse", "--short", "HEAD"]) or "?"
    dirty = sh(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no", "--", "src", "pom.xml"])
    version = sh([str(root / "corpus-stats"), "--version"]).splitlines()
    meta = {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "cpu": cpu, "cores": os.cpu_count(), "memory": mem, "os": os_name,
        "java": (sh(["java", "-version"]).splitlines() or ["?"])[0],
        "corpus_stats_version": version[0] if version else "?",
        "commit": commit + (" with uncommitted changes to src/ or pom.xml" if dirty else ""),
        "loadavg_start": loadavg(),
        "busy_at_start": busy_processes(os.getppid()),
    }
    for item in args.set or []:
        key, _, value = item.partition("=")
        meta[key] = int(value) if re.fullmatch(r"-?[0-9]+", value) else (
            value == "true" if value in ("true", "false") else value)
    meta["commands"] = args.command or []
    Path(args.meta).write_text(json.dumps(meta, indent=1), encoding="utf-8")
    if meta["busy_at_start"]:
        print("WARNING: other processes are using the CPU: " + "; ".join(meta["busy_at_start"])
              + ". The timings will be slower than on an idle machine.", flush=True)


# ----------------------------------------------------------------------------------------------------------------
# Report


def med(xs):
    return statistics.median(xs) if xs else None


def secs(x):
    return "–" if x is None else (f"{x:.2f} s" if x < 10 else f"{x:,.1f} s")


def fmt(x, digits=1, unit=""):
    if x is None:
        return "–"
    return f"{x:,.{digits}f}{unit}"


class Runs:
    def __init__(self, records):
        self.records = records

    def get(self, scenario, side):
        return [r for r in self.records if r["scenario"] == scenario and r["side"] == side and r["exit"] == 0]

    def failed(self):
        return [r for r in self.records if r["exit"] != 0 and r["scenario"] != "heap probe"]


def corpus_tokens(runs, corpus):
    """Tokens of a corpus: corpus-stats' manifest count (inputs[].tokens) of its cold run."""
    for r in runs.records:
        if r["corpus"] == corpus and r["side"] == "corpus-stats" and "tokens_manifest" in r and r["exit"] == 0:
            return r["tokens_manifest"]
    return None


def cli_json_tokens(runs, corpus):
    for r in runs.records:
        if r["corpus"] == corpus and r["side"] == "cli" and r.get("tokens_cli_json") and r["exit"] == 0:
            return r["tokens_cli_json"]
    return None


def pair_ratios(cli, cs):
    """corpus-stats wall / CLI wall for rep i against CLI rep i (the last CLI rep when the CLI ran fewer times)."""
    if not cli or not cs:
        return []
    by_rep = {r["rep"]: r for r in cli}
    out = []
    for r in sorted(cs, key=lambda r: r["rep"]):
        partner = by_rep.get(r["rep"]) or max(cli, key=lambda c: c["rep"])
        out.append(r["wall_s"] / partner["wall_s"])
    return out


def scenario_table(runs, title, cli_scenario, cs_scenario, corpus, note):
    cli, cs = runs.get(cli_scenario, "cli"), runs.get(cs_scenario, "corpus-stats")
    tokens = corpus_tokens(runs, corpus)
    lines = [f"### {title}", ""]
    if note:
        lines += [note, ""]
    if not cli and not cs:
        return lines + ["Not measured in this run.", ""], None
    w_cli, w_cs = med([r["wall_s"] for r in cli]), med([r["wall_s"] for r in cs])
    tps_cli = tokens / w_cli if tokens and w_cli else None
    tps_cs = tokens / w_cs if tokens and w_cs else None
    rss_cli = max((r["max_rss_bytes"] for r in cli), default=None)
    rss_cs = max((r["max_rss_bytes"] for r in cs), default=None)
    pairs = pair_ratios(cli, cs)
    ratio = lambda a, b: f"{a / b:.2f}" if a and b else "–"
    lines += [
        "| | CoreNLP CLI | corpus-stats | corpus-stats / CLI |",
        "|---|---:|---:|---:|",
        f"| runs | {len(cli)} | {len(cs)} | |",
        f"| median wall time | {secs(w_cli)} | {secs(w_cs)} | {ratio(w_cs, w_cli)} |",
        f"| wall-time ratio pair by pair | | | {', '.join(f'{p:.2f}' for p in pairs) or '–'} |",
        f"| tokens per second (median wall) | {fmt(tps_cli, 0)} | {fmt(tps_cs, 0)} | {ratio(tps_cs, tps_cli)} |",
        f"| peak RSS, max of runs | {fmt(rss_cli and rss_cli / GB, 2, ' GB')} | "
        f"{fmt(rss_cs and rss_cs / GB, 2, ' GB')} | {ratio(rss_cs, rss_cli)} |",
        f"| CPU time, median (user + sys) | {fmt(med([r['user_s'] + r['sys_s'] for r in cli]), 0, ' s')} | "
        f"{fmt(med([r['user_s'] + r['sys_s'] for r in cs]), 0, ' s')} | |",
        "",
    ]
    if cs_scenario.endswith(" warm"):
        cold = {r["rep"]: r.get("cache_entries") for r in runs.get(cs_scenario[:-5] + " cold", "corpus-stats")}
        added = [r["cache_entries"] - cold[r["rep"]] for r in cs
                 if r.get("cache_entries") is not None and cold.get(r["rep"]) is not None]
        if added:
            lines += [f"The cold runs wrote {', '.join(str(v) for v in cold.values())} cache entries; the warm runs "
                      f"added {', '.join(str(a) for a in added)}"
                      + (" (every chunk came from the cache)." if not any(added) else
                         ": **some chunks were annotated again**."), ""]
    return lines, {"pairs": pairs, "w_cli": w_cli, "w_cs": w_cs, "tps_cli": tps_cli, "tps_cs": tps_cs,
                   "rss_cs": rss_cs, "tokens": tokens}


def linearity(runs, meta):
    docs_total = meta.get("documents", 20)
    sizes = [int(n) for n in str(meta.get("linear_sizes", "5 10")).split()]
    points = []
    for n in sizes + [docs_total]:
        scenario = "corpus cold" if n == docs_total else f"linearity {n} docs"
        rs = runs.get(scenario, "corpus-stats")
        tokens = corpus_tokens(runs, "corpus" if n == docs_total else f"corpus-{n}")
        if rs and tokens:
            points.append((n, tokens, med([r["wall_s"] for r in rs]), len(rs)))
    return points


def linear_fit(points):
    xs, ys = [p[1] for p in points], [p[2] for p in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
    a = my - b * mx
    ss_tot = sum((y - my) ** 2 for y in ys)
    ss_res = sum((y - (a + b * x)) ** 2 for x, y in zip(xs, ys))
    return a, b, 1 - ss_res / ss_tot if ss_tot else 1.0


def verdict(ok):
    return "**PASS**" if ok else "**MISS**"


# Sections other scripts keep in the same file (bench/books: `<!-- books:begin -->` ... `<!-- books:end -->`).
MARKED_SECTION = re.compile(r"<!-- ([\w-]+):begin -->.*?<!-- \1:end -->", re.S)


def marked_sections(text):
    """Every marked section of text, markers included, in order."""
    return [m.group(0) for m in MARKED_SECTION.finditer(text)]


def put_marked_section(text, name, section):
    """text with NAME's marked section replaced by section (markers included), or section appended at the end."""
    pattern = re.compile(rf"<!-- {re.escape(name)}:begin -->.*?<!-- {re.escape(name)}:end -->", re.S)
    if pattern.search(text):
        return pattern.sub(lambda _: section, text, count=1)
    return (text.rstrip("\n") + "\n\n" if text.strip() else "") + section + "\n"


def report(args):
    meta = json.loads(Path(args.meta).read_text(encoding="utf-8"))
    records = [json.loads(l) for l in Path(args.results).read_text(encoding="utf-8").splitlines() if l.strip()]
    runs = Runs(records)
    corpus_info = json.loads(Path(args.corpus_info).read_text()) if args.corpus_info and Path(args.corpus_info).is_file() else None
    probe = [r for r in records if r["scenario"] == "heap probe"]
    quick = meta.get("quick", False)
    n_docs = meta.get("documents", 20)
    out = []
    out += ["# Performance", "",
            f"Written by `bench/run` on {meta['date']}; do not edit by hand, run the benchmark again "
            "(see [How to run it](#how-to-run-it)).", ""]
    if quick:
        out += ["> **Quick mode** (`bench/run --quick`): one run of each side on the chapter only, to try the "
                "script. These are not the benchmark's results.", ""]
    else:
        defaults = {"reps": ("REPS", 3), "cli_corpus_reps": ("CLI_CORPUS_REPS", 1),
                    "linear_reps": ("LINEAR_REPS", 1), "documents": ("DOCS", 20), "doc_fraction": ("DOC_FRACTION", 0.5)}
        changed = [f"{env}={meta[k]}" for k, (env, v) in defaults.items()
                   if k in meta and float(meta[k]) != float(v)]
        if changed:
            out += [f"> Run with non-default settings: {', '.join(changed)}.", ""]

    # Machine -----------------------------------------------------------------------------------------------
    bg = [r["background_cpu_share"] for r in records]
    busiest = max(records, key=lambda r: r["background_cpu_share"], default=None)
    state = (f"load average {meta['loadavg_start']} at the start, {loadavg()} at the end; "
             f"other processes used at most {max(bg, default=0):.0%} of the CPUs during a run")
    if busiest and busiest["background_cpu_share"] > 0.10:
        side = "CoreNLP CLI" if busiest["side"] == "cli" else busiest["side"]
        state += f" (during {busiest['scenario']}, {side}, run {busiest['rep']}: the results are slowed)"
    if meta.get("busy_at_start"):
        state += "; busy at the start: " + "; ".join(meta["busy_at_start"])
    out += ["## Machine", "",
            "| | |", "|---|---|",
            f"| CPU | {meta['cpu']} |",
            f"| cores | {meta['cores']} |",
            f"| memory | {meta['memory']} |",
            f"| OS | {meta['os']} |",
            f"| Java | {meta['java']} |",
            f"| corpus-stats | {meta['corpus_stats_version']}, commit {meta['commit']} |",
            f"| CoreNLP | 4.5.10 with its English models, from the same classpath on both sides |",
            f"| heap | CoreNLP CLI `-Xmx{meta['cli_xmx']}`; corpus-stats `{meta['cs_java_opts']}` "
            f"({meta['cs_java_opts_source']}) |",
            f"| corpus-stats threads | `--threads {meta['threads']}` |",
            f"| machine state | {state} |",
            ""]

    # Scenarios ---------------------------------------------------------------------------------------------
    cli_once = ("CoreNLP's command line has no cache: a re-run does the same work as the first run, so its column "
                "repeats its cold runs.")
    sections, res = [], {}
    t, res["chapter cold"] = scenario_table(runs, "Chapter, cold", "chapter", "chapter cold", "chapter",
                                            "A fresh, empty `--cache` folder for corpus-stats.")
    sections += t
    t, res["chapter warm"] = scenario_table(runs, "Chapter, warm cache", "chapter", "chapter warm", "chapter",
                                            "corpus-stats run again with the cache folder its cold run filled. "
                                            + cli_once)
    sections += t
    if not quick:
        cli_reps = len(runs.get("corpus", "cli"))
        cli_note = (f" CoreNLP's command line ran {cli_reps} time(s) on the corpus (`CLI_CORPUS_REPS`), each "
                    f"corpus-stats run is paired with CLI run of the same number or, beyond them, the last one."
                    if cli_reps < meta.get("reps", 3) else "")
        t, res["corpus cold"] = scenario_table(runs, f"{n_docs}-document corpus, cold", "corpus", "corpus cold",
                                               "corpus", "A fresh, empty `--cache` folder for corpus-stats." + cli_note)
        sections += t
        t, res["corpus warm"] = scenario_table(runs, f"{n_docs}-document corpus, warm cache", "corpus",
                                               "corpus warm", "corpus", cli_once)
        sections += t
        points = linearity(runs, meta)
        small = " and ".join(str(p[0]) for p in points[:-1])
        sections += ["### Linearity (corpus-stats, cold)", "",
                     f"The first {small} documents and all {n_docs} of the corpus, each with a fresh cache. The "
                     f"{n_docs}-document time is the median above; {small} documents ran "
                     f"{meta.get('linear_reps', 1)} time(s) each (`LINEAR_REPS`).", "",
                     "| documents | tokens | median wall time | runs | seconds per 1,000 tokens | "
                     "marginal seconds per 1,000 tokens |", "|---:|---:|---:|---:|---:|---:|"]
        prev = None
        for n, tokens, wall, count in points:
            marginal = f"{(wall - prev[2]) / (tokens - prev[1]) * 1000:.2f}" if prev else "–"
            sections.append(f"| {n} | {tokens:,} | {secs(wall)} | {count} | {wall / tokens * 1000:.2f} | {marginal} |")
            prev = (n, tokens, wall)
        if len(points) == 3:
            a, b, r2 = linear_fit(points)
            sections += ["", f"Least-squares line: wall = {a:.1f} s + {b * 1000:.2f} s per 1,000 tokens, "
                             f"R² = {r2:.4f}. The fixed part is mostly starting Java and loading CoreNLP's models."]
        sections.append("")

    # Targets -----------------------------------------------------------------------------------------------
    rows = []
    def pair_median(r):
        return med(r["pairs"]) if r and r["pairs"] else None
    c = res.get("chapter cold")
    m = pair_median(c)
    # Issue 15's targets; the earlier ones (cold ≤ 0.6 ×, warm < 5 s) are met by these.
    rows.append(("Cold run on the chapter ≤ 0.50 × CoreNLP's command line (wall time)",
                 f"{m:.2f} × (median of the pair ratios)" if m else "not measured", m is not None and m <= 0.50, m))
    w = res.get("chapter warm")
    wm = pair_median(w)
    rows.append(("Warm re-run on the chapter ≤ 0.05 × CoreNLP's command line (wall time)",
                 f"{wm:.3f} × (median of the pair ratios; {w['w_cs']:.2f} s)" if wm and w["w_cs"] else "not measured",
                 wm is not None and wm <= 0.05, wm))
    cc = res.get("corpus cold")
    if cc and cc["pairs"]:
        speedup = med([1 / p for p in cc["pairs"]])
        rows.append((f"{n_docs}-document corpus, cold: tokens per second ≥ 1.8 × CoreNLP's command line",
                     f"{speedup:.2f} × (median of the pairs)", speedup >= 1.8, speedup))
    else:
        rows.append((f"{n_docs}-document corpus, cold: tokens per second ≥ 1.8 × CoreNLP's command line",
                     "not measured", False, None))
    points = linearity(runs, meta) if not quick else []
    if len(points) == 3:
        m1 = (points[1][2] - points[0][2]) / (points[1][1] - points[0][1])
        m2 = (points[2][2] - points[1][2]) / (points[2][1] - points[1][1])
        rows.append(("Time grows linearly with corpus size (marginal cost per token from "
                     f"{points[1][0]} to {points[2][0]} documents ≤ 1.25 × that from {points[0][0]} to {points[1][0]})",
                     f"{m2 / m1:.2f} × ({m1 * 1000:.2f} then {m2 * 1000:.2f} s per 1,000 tokens)",
                     m2 <= 1.25 * m1, m2 / m1))
    else:
        rows.append(("Time grows linearly with corpus size", "not measured", False, None))
    chapter_rss = max((r["max_rss_bytes"] for r in records if r["corpus"] == "chapter"
                       and r["side"] == "corpus-stats" and r["exit"] == 0), default=None)
    rows.append(("Peak memory on the chapter < 4 GB (max RSS of every corpus-stats run on it)",
                 fmt(chapter_rss and chapter_rss / GB, 2, " GB") if chapter_rss else "not measured",
                 chapter_rss is not None and chapter_rss < 4 * GB, chapter_rss))
    corpus_rss = max((r["max_rss_bytes"] for r in records if r["corpus"] == "corpus"
                      and r["side"] == "corpus-stats" and r["exit"] == 0), default=None)
    rows.append((f"Peak memory on the {n_docs}-document corpus < 5 GB (max RSS of every corpus-stats run on it)",
                 fmt(corpus_rss and corpus_rss / GB, 2, " GB") if corpus_rss else "not measured",
                 corpus_rss is not None and corpus_rss < 5 * GB, corpus_rss))
    out += ["## Targets", "", "| target | measured | result |", "|---|---|---|"]
    for name, measured, ok, value in rows:
        out.append(f"| {name} | {measured} | {verdict(ok) if value is not None else '–'} |")
    out.append("")
    if runs.failed():
        out += ["**Failed runs** (left out of every median): " + "; ".join(
            f"{r['scenario']} / {r['side']} run {r['rep']} exited {r['exit']}" for r in runs.failed()), ""]

    out += ["## Results", "",
            "Wall time and peak memory are GNU `/usr/bin/time -v`'s *Elapsed (wall clock) time* and *Maximum "
            "resident set size* of the whole process: starting Java, loading the models, reading, annotating and "
            "writing. Tokens per second = the corpus' tokens ÷ the median wall time, with the same token count "
            "on both sides (see [Tokens](#tokens)); the ratio of tokens per second is the inverse of the "
            "wall-time ratio. GB = 10⁹ bytes.", ""]
    out += sections

    # Method ------------------------------------------------------------------------------------------------
    out += ["## How it was measured", "",
            f"Each repetition runs, one after the other: CoreNLP's command line, corpus-stats with a new empty cache "
            f"folder (cold), then corpus-stats again with the same cache folder (warm); every run writes into a new "
            f"empty output folder. Repetitions: {meta.get('reps')} (`REPS`)"
            + ("" if quick or meta.get("cli_corpus_reps", 1) >= meta.get("reps", 3) else
               f"; CoreNLP's command line on the corpus: {meta.get('cli_corpus_reps')} (`CLI_CORPUS_REPS`), "
               "because one such run takes several minutes")
            + ". Before the first timed run the script builds corpus-stats (untimed) and reads every jar of the "
              "classpath once, so that neither side pays for a cold disk: *cold* means a new Java process and an "
              "empty annotation cache, not an empty operating-system file cache.", "",
            "Commands, as run (`$CP` is `$(cat target/runtime-classpath.txt)`, the classpath Maven writes for the "
            "launcher; `LIST` is a file naming the input files, one a line):", "", "```"]
    for cmd in meta.get("commands", []):
        out.append(cmd)
    out += ["```", "",
            "CoreNLP's command line runs as a user would run it: the same eight annotators corpus-stats loads, "
            "with CoreNLP's defaults otherwise (one thread; `-threads` is not given). corpus-stats also sets "
            "`ssplit.newlineIsSentenceBreak=always` (its input stage leaves one paragraph per line), "
            "`coref.maxMentionDistance=10` and `coref.maxMentionDistanceWithStringMatch=50` (CoreNLP: 50 and 500; "
            "the chapter's tables are identical either way), annotates in chunks of whole sections on `--threads` "
            "threads, and runs Java with ParallelGC; otherwise CoreNLP's defaults (`ner.applyFineGrained` and "
            "`quote.attributeQuotes` are on by default).", "",
            "### Tokens", "",
            "Tokens are counted the same way for both sides: the sum of `inputs[].tokens` in corpus-stats' "
            "`manifest.json` (CoreNLP's tokens of the text corpus-stats annotates, i.e. without the page furniture "
            "it drops)."]
    out.append("")
    for corpus, label in (("chapter", "chapter"), ("corpus", f"{n_docs}-document corpus")):
        a, b = corpus_tokens(runs, corpus), cli_json_tokens(runs, corpus)
        if a:
            out.append(f"- {label}: {a:,} tokens" + (f"; the JSON written by CoreNLP's command line holds {b:,} "
                                                    f"({(b - a) / a:+.1%})" if b else ""))
    out += ["", "The command line annotates the file as it is, page furniture (`Search`, `Share this Article`, …) "
                "included, and splits sentences with CoreNLP's defaults, hence the small difference.", ""]
    if corpus_info and not quick:
        docs = corpus_info["docs"]
        out += ["### The corpus", "",
                f"`bench/run` builds it from the chapter (`input/{Path(corpus_info['chapter']).name}`, SHA-256 "
                f"`{corpus_info['chapter_sha256'][:16]}…`) with `bench/bench_tools.py make-corpus`: the chapter's "
                f"{corpus_info['body_paragraphs']} paragraphs without its title and page furniture; document *k* "
                f"(1–{corpus_info['documents']}) starts at paragraph 1 + (k − 1) × {corpus_info['body_paragraphs']} / "
                f"{corpus_info['documents']} (rounded) and takes consecutive paragraphs, wrapping round to the "
                f"start, until it holds {corpus_info['fraction']:g} of the chapter's "
                f"{corpus_info['body_characters']:,} characters (`DOC_FRACTION`), under its own title line "
                f"(`… (corpus document k of {corpus_info['documents']}, from paragraph p)`). Every document's text is different (checked by "
                "SHA-256), and a paragraph shared by two documents starts at a different offset in each (checked "
                "too; corpus-stats' cache key is a chunk's text and its offset), so the cache cannot serve one "
                "document for another within a cold run. Documents are "
                f"{min(d['characters'] for d in docs):,}–{max(d['characters'] for d in docs):,} characters; "
                "the smaller corpora for the linearity check are the first "
                f"{' and '.join(str(n) for n in str(meta.get('linear_sizes', '5 10')).split())} of them.", ""]

    # Heap probe --------------------------------------------------------------------------------------------
    out += ["### Heap", "",
            f"CoreNLP's command line runs with `-Xmx{meta['cli_xmx']}` (`CLI_XMX`), the heap of the reference "
            "command in the issue; corpus-stats with its launcher's heap. A JVM "
            "lets its heap grow towards `-Xmx` before collecting hard, so peak RSS follows the heap it is given "
            "as much as what the program needs"
            + (": the runs below show how the command line fares with less." if probe else
               "; `bench/run --heap-probe` also runs the command line on the chapter with smaller heaps."), ""]
    if probe:
        out += ["### CoreNLP's command line with smaller heaps", "",
                "The chapter, once per heap size (`bench/run --heap-probe`); a run counts as done when it exits 0 "
                "and writes its JSON.", "",
                "| -Xmx | result | wall time | peak RSS |", "|---|---|---:|---:|"]
        for r in probe:
            ok = r["exit"] == 0 and r.get("cli_json_files", 0) > 0
            result = "done" if ok else f"failed (exit {r['exit']}{', ' + r['note'] if r.get('note') else ''})"
            out.append(f"| {r['rep']} | {result} | {secs(r['wall_s'])} | {r['max_rss_bytes'] / GB:.2f} GB |")
        out.append("")

    # All runs ----------------------------------------------------------------------------------------------
    out += ["## Every run", "",
            "| # | scenario | side | run | exit | wall | CPU (user + sys) | peak RSS | other processes' CPU | "
            "corpus-stats' own timings (load models / annotate / total) | cache entries |",
            "|---:|---|---|---:|---:|---:|---:|---:|---:|---|---:|"]
    for i, r in enumerate(records, 1):
        t = r.get("timings_ms", {})
        tm = " / ".join(f"{t[k] / 1000:.1f} s" if k in t else "–" for k in stage_keys(t)) if t else ""
        ce = r.get("cache_entries")
        side = "CoreNLP CLI" if r["side"] == "cli" else r["side"]
        out.append(f"| {i} | {r['scenario']} | {side} | {r['rep']} | {r['exit']} | {secs(r['wall_s'])} | "
                   f"{r['user_s'] + r['sys_s']:.0f} s | {r['max_rss_bytes'] / GB:.2f} GB | "
                   f"{r['background_cpu_share']:.0%} | {tm} | {'' if ce is None else ce} |")
    out += ["", "## How to run it", "", "```bash",
            "bench/run                 # the full benchmark, 35 to 45 minutes on 2 cores; rewrites docs/PERFORMANCE.md",
            "REPS=5 bench/run          # more repetitions",
            "bench/run --quick         # one run of each side on the chapter (~3 minutes); writes bench/out/",
            "bench/run --help          # every setting",
            "```", "",
            "Run it on an otherwise idle machine with at least 12 GB of memory: the table above records how busy "
            "the machine was."]
    # Sections written by other scripts (bench/books) are carried over from the file being replaced, at the end.
    previous = Path(args.out).read_text(encoding="utf-8") if Path(args.out).is_file() else ""
    for section in marked_sections(previous):
        out += ["", section]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(out) + "\n", encoding="utf-8")
    # The targets, for the terminal.
    print("\nTargets:")
    for name, measured, ok, value in rows:
        print(f"  {'PASS' if ok else ('MISS' if value is not None else ' -- ')}  {name}: {measured}")


def main():
    p = argparse.ArgumentParser(description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("make-corpus")
    c.add_argument("--chapter", required=True)
    c.add_argument("--out", required=True)
    c.add_argument("--info", required=True)
    c.add_argument("--docs", type=int, default=20)
    c.add_argument("--fraction", type=float, default=0.5)
    r = sub.add_parser("record")
    for name in ("results", "scenario", "side", "corpus", "time-file", "command"):
        r.add_argument("--" + name, required=True)
    r.add_argument("--rep", required=True)
    r.add_argument("--documents", type=int, default=1)
    r.add_argument("--rc", type=int, required=True)
    r.add_argument("--busy-jiffies", type=float, required=True)
    r.add_argument("--hz", type=float, default=float(os.sysconf("SC_CLK_TCK")))
    r.add_argument("--cores", type=int, default=os.cpu_count())
    r.add_argument("--manifest")
    r.add_argument("--cli-json-dir")
    r.add_argument("--cache-dir")
    r.add_argument("--note")
    m = sub.add_parser("meta-start")
    m.add_argument("--root", required=True)
    m.add_argument("--meta", required=True)
    m.add_argument("--set", action="append", help="key=value added to the metadata")
    m.add_argument("--command", action="append", help="a command as run, for the report")
    o = sub.add_parser("report")
    o.add_argument("--results", required=True)
    o.add_argument("--meta", required=True)
    o.add_argument("--corpus-info")
    o.add_argument("--out", required=True)
    args = p.parse_args()
    if args.cmd == "record":
        try:
            args.rep = int(args.rep)
        except ValueError:
            pass
    {"make-corpus": make_corpus, "record": record, "meta-start": meta_start, "report": report}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
