#!/usr/bin/env python3
"""Turns run.sh's results.jsonl into the Markdown section of bench/README.md (stdout)."""

import argparse
import datetime as dt
import glob
import json
import os
import statistics


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def rps(w):
    return w["requests"] * 1e6 / w["duration_us"] if w["duration_us"] else 0.0


def ms(us):
    return us / 1000.0


def fmt_ms(value):
    return f"{value:.2f} ms" if value < 100 else f"{value:,.0f} ms"


def errors(w):
    return w["connect"] + w["read"] + w["write"] + w["status"] + w["timeout"]


def page_cache(rows):
    """The run's page cache setting; runs from before the option had the cache on."""
    return next((r["page_cache"] for r in rows if r["kind"] == "config"), "on")


def previous_1k(history, db, cache, current_dir):
    """p50 of our article page (per connection count) in the newest earlier 1k run on the same
    database with the same page cache setting."""
    best = None
    for path in sorted(glob.glob(os.path.join(history, f"*-{db}-1k", "results.jsonl"))):
        if os.path.dirname(path) == current_dir:
            continue
        every = load(path)
        if page_cache(every) != cache:
            continue
        rows = [r for r in every if r["kind"] == "wrk" and r["label"] == "ours_article"]
        if rows:
            best = (os.path.basename(os.path.dirname(path)), {r["conns"]: ms(r["wrk"]["p50_us"]) for r in rows})
    return best


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--results", required=True)
    p.add_argument("--db", required=True)
    p.add_argument("--corpus", required=True)
    p.add_argument("--duration", required=True)
    p.add_argument("--warmup", required=True)
    p.add_argument("--history", required=True)
    a = p.parse_args()
    rows = load(a.results)
    cache = page_cache(rows)
    wrk = {(r["label"], r["conns"]): r for r in rows if r["kind"] == "wrk"}
    conns = sorted({c for _, c in wrk})
    labels = list(dict.fromkeys(label for label, _ in wrk))
    names = {
        "ours_article": f"ours: article page (seed, 50 comments; page cache {cache})",
        "ours_exercise": "ours: exercise page",
        "ours_listing": "ours: article listing",
        "ours_search": "ours: search `running`",
        "wp_article": "WordPress article (twentytwentyone, no page cache)",
        "wp_search": "WordPress search `running`",
        "wp_static": "nginx: static copy of the WordPress article",
        "ours_static": "nginx: static copy of our article page",
    }
    load_info = next((r["info"] for r in rows if r["kind"] == "load"), {})
    # how the portal was started for each kind of cold start (run.sh's cold_starts)
    cold_kinds = [("cold_start", "cold start, `java -jar`, process start → health UP"),
                  ("cold_start_extracted", "cold start, extracted jar, no AOT cache, process start → health UP"),
                  ("cold_start_aot", "cold start, extracted jar with the JDK AOT cache, process start → health UP")]
    cold = {kind: [r["seconds"] for r in rows if r["kind"] == kind] for kind, _ in cold_kinds}
    reindex = next((r for r in rows if r["kind"] == "reindex"), None)
    rss_idle = next((r["mib"] for r in rows if r["kind"] == "rss_after_warmup"), None)
    rss_load = next((r["mib"] for r in rows if r["kind"] == "rss_under_load"), None)
    missing = [r for r in rows if r["kind"] == "missing"]
    bytes_ = {r["label"]: r["bytes"] for r in rows if r["kind"] == "target"}

    out = []
    when = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    load1 = os.getloadavg()[0]
    out.append(f"### {when}: {a.db}, corpus {a.corpus}, page cache {cache} "
               f"(`bench/run.sh --corpus {a.corpus} --db {a.db} --page-cache {cache}`)")
    out.append("")
    out.append(f"{os.cpu_count()} cores, load average {load1:.1f} at the end; wrk {a.duration} s per row after "
               f"{a.warmup} s warm-up. Shared CPU: preliminary numbers unless the box CPU column stays near "
               "what the target alone needs.")
    out.append("")
    out.append("| target | conns | req/s | p50 | p99 | errors | page bytes | box CPU | JVM CPU | JVM CPU ms/req |")
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label in labels:
        for c in conns:
            r = wrk.get((label, c))
            if not r:
                continue
            w = r["wrk"]
            ours = label.startswith("ours_") and label != "ours_static"
            jvm = f"{r['jvm_cpu']} %" if ours else ""
            per = f"{r['jvm_cpu'] * 10 / rps(w):.1f}" if ours and rps(w) > 0 else ""
            p50, p99 = (fmt_ms(ms(w["p50_us"])), fmt_ms(ms(w["p99_us"]))) if w["requests"] else ("–", "–")
            out.append(f"| {names.get(label, label)} | {c} | {rps(w):,.1f} | {p50} | "
                       f"{p99} | {errors(w)} | {bytes_.get(label, '')} | {r['box_busy']} % | {jvm} | {per} |")
    for m in missing:
        out.append(f"| {names.get(m['label'], m['label'])} | – | missing (HTTP {m['status']}) | | | | | | | |")
    out.append("")
    out.append("JVM CPU ms/req: CPU time the portal's JVM used per answered request (all cores), a figure that "
               "depends less on other load than req/s; 2,000 divided by it bounds req/s on two free cores.")
    out.append("")

    def ratio(x, y, c):
        if (x, c) in wrk and (y, c) in wrk and rps(wrk[(y, c)]["wrk"]) > 0:
            return rps(wrk[(x, c)]["wrk"]) / rps(wrk[(y, c)]["wrk"])
        return None

    out.append("| ratio of req/s | " + " | ".join(f"{c} conns" for c in conns) + " |")
    out.append("| --- |" + " ---: |" * len(conns))
    for x, y, text in [("ours_article", "wp_article", "our article / WordPress article"),
                       ("ours_search", "wp_search", "our search / WordPress search"),
                       ("ours_article", "ours_static", "our article / nginx static copy of it")]:
        vals = [ratio(x, y, c) for c in conns]
        cells = [("–" if v is None else (f"{v:,.1f}×" if v >= 1 else f"{v:.3f}×")) for v in vals]
        out.append(f"| {text} | " + " | ".join(cells) + " |")
    out.append("")

    # goals of issue 6
    goals = []
    top = max(conns) if conns else None

    def verdict(ok):
        return "—" if ok is None else ("met" if ok else "**missed**")

    r200 = ratio("ours_article", "wp_article", top) if top else None
    goals.append(("≥ 200× WordPress classic article (req/s, 64 conns)", "200×",
                  "–" if r200 is None else f"{r200:,.1f}×", verdict(None if r200 is None else r200 >= 200)))
    a64 = wrk.get(("ours_article", 64))
    if a64 and a64["wrk"]["requests"] == 0:
        goals.append(("article page p99 at 64 conns", "≤ 20 ms", "no request completed", verdict(False)))
    else:
        p99 = ms(a64["wrk"]["p99_us"]) if a64 else None
        goals.append(("article page p99 at 64 conns", "≤ 20 ms", "–" if p99 is None else fmt_ms(p99),
                      verdict(None if p99 is None else p99 <= 20 and errors(a64["wrk"]) == 0)))
    if a.corpus == "100k":
        prev = previous_1k(a.history, a.db, cache, os.path.dirname(os.path.abspath(a.results)))
        if prev and ("ours_article", top) in wrk:
            now50 = ms(wrk[("ours_article", top)]["wrk"]["p50_us"])
            was = prev[1].get(top)
            if was:
                f = now50 / was
                goals.append((f"article p50 at 100k vs 1k ({top} conns; 1k run {prev[0]})", "≤ 1.5×",
                              f"{fmt_ms(now50)} / {fmt_ms(was)} = {f:.2f}×", verdict(f <= 1.5)))
        else:
            goals.append(("article p50 at 100k vs 1k", "≤ 1.5×", "no earlier 1k run to compare", "—"))
    # goals of issue 4 (search)
    s64 = wrk.get(("ours_search", top)) if top else None
    if s64:
        p99 = ms(s64["wrk"]["p99_us"]) if s64["wrk"]["requests"] else None
        goals.append((f"search p99 at {top} conns (issue 4)", "≤ 30 ms", "–" if p99 is None else fmt_ms(p99),
                      verdict(None if p99 is None else p99 <= 30 and errors(s64["wrk"]) == 0)))
        r100 = ratio("ours_search", "wp_search", top)
        goals.append((f"search ≥ 100× WordPress search (req/s, {top} conns; issue 4)", "100×",
                      "–" if r100 is None else f"{r100:,.1f}×", verdict(None if r100 is None else r100 >= 100)))
    for kind, what in cold_kinds:
        starts = cold[kind]
        if starts:
            med = statistics.median(starts)
            goals.append((f"{what} (median of {len(starts)}: " + ", ".join(f"{c:.1f}" for c in starts) + " s)",
                          "≤ 10 s", f"{med:.1f} s", verdict(med <= 10)))
    if reindex:
        sec = reindex["ms"] / 1000
        judged = a.corpus == "100k"
        goals.append((f"full reindex ({load_info.get('size', a.corpus)} corpus; done {reindex['since_start_seconds']:.0f} s "
                      "after process start)", "≤ 120 s at 100k", f"{sec:.1f} s",
                      verdict(sec <= 120) if judged else "(not the 100k corpus)"))
    if rss_load is not None:
        goals.append((f"resident memory (after warm-up {rss_idle} MiB; max under load)", "≤ 1,024 MiB",
                      f"{rss_load} MiB", verdict(rss_load <= 1024)))
    out.append("| goal | limit | measured | |")
    out.append("| --- | --- | --- | --- |")
    for g in goals:
        out.append("| " + " | ".join(g) + " |")
    if load_info:
        out.append("")
        out.append(f"Corpus load (`bench/corpus/load.sh {a.db} {a.corpus}`): generated in "
                   f"{load_info.get('generate_seconds', 0):.0f} s, bulk-loaded in {load_info.get('bulk_load_seconds', 0):.0f} s, "
                   f"reindex {load_info.get('reindex_ms', 0) / 1000:.1f} s, {load_info.get('total_seconds', 0):.0f} s in all.")
    print("\n".join(out))


if __name__ == "__main__":
    main()
