"""How long the explorer page takes to write and to render, on a synthetic graph, against a small baseline.

    python benchmarks/bench_viz.py                      # 500 entities against 50
    python benchmarks/bench_viz.py --nodes 1000 --max-nodes 1000 --screenshot /tmp/kg-500.png

Write: `kg.viz.render_html` (RDF → networkx → page, written atomically), median of --repeat runs.
Render: Debian's headless Chromium (Playwright) from navigation start until the page's physics has settled and
stopped (`window.kgStabilizedAt`, in-page clock), median of --repeat loads. Both are also given as a ratio to the
baseline measured in the same process, which says more than the absolute figures on an unknown machine.
Also times `kg.analytics.graph_stats` and `shortest_paths` on the same graph.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.analytics import graph_stats, shortest_paths  # noqa: E402
from kg.graph import build_rdf  # noqa: E402
from kg.network import synthetic_documents, to_networkx  # noqa: E402
from kg.viz import render_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless=new", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def measure(entities: int, max_nodes: int, repeat: int, browser, workdir: Path, screenshot: Path | None) -> dict:
    graph = build_rdf(synthetic_documents(entities, seed=0))
    path = workdir / f"bench-{entities}.html"
    writes = []
    for _ in range(repeat):
        start = time.perf_counter()
        summary = render_html(graph, path, max_nodes=max_nodes, title=f"Synthetic graph, {entities} entities")
        writes.append(time.perf_counter() - start)
    renders, blocked = [], []
    for run in range(repeat):
        context = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
        page = context.new_page()
        context.route("**/*", lambda route: route.continue_() if route.request.url == path.as_uri()
                      else (blocked.append(route.request.url), route.abort()))
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-kg-stabilized=true]", state="attached", timeout=300_000)
        renders.append(page.evaluate("window.kgStabilizedAt") / 1000)
        if screenshot is not None and run == 0:
            page.screenshot(path=str(screenshot))
        context.close()
    start = time.perf_counter()
    stats = graph_stats(graph)
    stats_time = time.perf_counter() - start
    nxgraph = to_networkx(graph)
    a, b = stats.top_degree[0].iri, stats.top_degree[-1].iri
    start = time.perf_counter()
    shortest_paths(graph, nxgraph.nodes[a]["label"], nxgraph.nodes[b]["label"])
    path_time = time.perf_counter() - start
    return {"entities": entities, "nodes": summary.nodes, "edges": summary.edges, "truncated": summary.truncated,
            "bytes": path.stat().st_size, "write": statistics.median(writes), "render": statistics.median(renders),
            "stats": stats_time, "path": path_time, "blocked": blocked}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=500, help="entities in the measured graph (default 500)")
    parser.add_argument("--baseline", type=int, default=50, help="entities in the baseline graph (default 50)")
    parser.add_argument("--max-nodes", type=int, default=500, help="render_html's size limit (default 500)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the median is shown")
    parser.add_argument("--screenshot", type=Path, help="save a screenshot of the measured page here")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        parser.error(f"{CHROMIUM} not found (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            base = measure(args.baseline, args.max_nodes, args.repeat, browser, Path(tmp), None)
            main_run = measure(args.nodes, args.max_nodes, args.repeat, browser, Path(tmp), args.screenshot)
        finally:
            browser.close()

    print(f"{'graph':<22}{'drawn':>16}{'page':>10}{'write':>10}{'render':>10}{'stats':>10}{'path':>10}")
    for r in (base, main_run):
        drawn = f"{r['nodes']}n/{r['edges']}e" + ("*" if r["truncated"] else "")
        print(f"{str(r['entities']) + ' entities':<22}{drawn:>16}{r['bytes'] / 1e6:>8.2f}MB"
              f"{r['write']:>9.2f}s{r['render']:>9.2f}s{r['stats']:>9.2f}s{r['path']:>9.2f}s")
    print(f"{'ratio':<22}{main_run['nodes'] / max(1, base['nodes']):>15.1f}x{main_run['bytes'] / base['bytes']:>9.1f}x"
          f"{main_run['write'] / base['write']:>9.1f}x{main_run['render'] / base['render']:>9.1f}x"
          f"{main_run['stats'] / base['stats']:>9.1f}x{main_run['path'] / base['path']:>9.1f}x")
    if main_run["truncated"]:
        print("* cut to the size limit")
    print(f"render = navigation start until the physics stopped, in-page clock; median of {args.repeat}")
    blocked = base["blocked"] + main_run["blocked"]
    print(f"requests leaving the page: {len(blocked)}" + (f" {blocked[:3]}" if blocked else ""))
    if args.screenshot:
        print(f"screenshot: {args.screenshot}")
    return 1 if blocked else 0


if __name__ == "__main__":
    sys.exit(main())
