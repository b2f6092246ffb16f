"""What starting a command costs, as whole processes measured against `python -c pass`.

    python -m bench.startup [--runs 15] [--seed PATH] [--no-write]

Each command runs `--runs` times in turn (round-robin, so a busy neighbour slows them alike);
the table shows the best wall time and peak RSS of each, and what it adds to an empty
interpreter started the same way in the same run. The pool worker row is a process spawned by
a `ProcessPoolExecutor` (as the bot starts its workers) whose initializer is `bot.work.warm_up`;
it reports its own peak RSS once warmed. The table goes to docs/performance.md ("startup").

The project's own modules are byte-compiled first (`compile_project`), as an installed bot's
are after its first start: with PYTHONDONTWRITEBYTECODE set (some shells and containers set
it), every run would otherwise compile them from source and the table would measure the
compiler, not the start-up.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import multiprocessing
import os
import resource
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "article-putin-rouhani.txt"
PACKAGES = ("bot", "config", "summarizer")
BASELINE = "python -c pass"


def commands(seed: Path) -> dict[str, list[str]]:
    """Label -> argv; every command runs from the current directory with this interpreter."""
    python = sys.executable
    return {
        BASELINE: [python, "-c", "pass"],
        "gistbot summarize --help": [python, "-m", "bot.cli", "summarize", "--help"],
        "gistbot summarize SEED": [python, "-m", "bot.cli", "summarize", str(seed)],
    }


def compile_project() -> None:
    """Write the .pyc files of our packages (compileall writes them even where the interpreter
    is told not to)."""
    for package in PACKAGES:
        if not compileall.compile_dir(ROOT / package, quiet=1):
            raise RuntimeError(f"{package} does not compile")


def run_once(argv: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one run of `argv`, output discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited with {process.returncode}")
    return seconds, usage.ru_maxrss / 1024


def best_runs(argvs: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float]]:
    """Label -> (best seconds, smallest peak RSS MB) over `runs` round-robin rounds."""
    samples: dict[str, list[tuple[float, float]]] = {label: [] for label in argvs}
    for _ in range(runs):
        for label, argv in argvs.items():
            samples[label].append(run_once(argv))
    return {
        label: (min(s for s, _ in values), min(m for _, m in values))
        for label, values in samples.items()
    }


def peak_rss_mb() -> float:
    """This process's peak RSS so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _warm_up() -> None:
    from bot.work import warm_up

    warm_up()


def worker_rss(runs: int) -> float:
    """Smallest peak RSS (MB) of a spawned pool worker after `warm_up`, over `runs` workers."""
    context = multiprocessing.get_context("spawn")
    values = []
    for _ in range(runs):
        with ProcessPoolExecutor(1, mp_context=context, initializer=_warm_up) as pool:
            values.append(pool.submit(peak_rss_mb).result())
    return min(values)


def empty_worker_rss(runs: int) -> float:
    """The same for a spawned worker that imports and warms nothing (the baseline)."""
    context = multiprocessing.get_context("spawn")
    values = []
    for _ in range(runs):
        with ProcessPoolExecutor(1, mp_context=context) as pool:
            values.append(pool.submit(peak_rss_mb).result())
    return min(values)


def table(results: dict[str, tuple[float, float]], worker: float, empty_worker: float) -> str:
    base_s, base_mb = results[BASELINE]
    lines = [
        "| command | best s | minus `python -c pass` s | peak RSS MB | minus `python -c pass` MB |",
        "|---|---|---|---|---|",
    ]
    for label, (seconds, mb) in results.items():
        extra_s, extra_mb = seconds - base_s, mb - base_mb
        lines.append(f"| `{label}` | {seconds:.3f} | {extra_s:+.3f} | {mb:.1f} | {extra_mb:+.1f} |")
    lines.append(
        f"| pool worker after `warm_up` | | | {worker:.1f} | {worker - empty_worker:+.1f} "
        f"(vs an empty spawned worker, {empty_worker:.1f}) |"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each command")
    parser.add_argument("--worker-runs", type=int, default=3, help="spawned workers measured")
    parser.add_argument("--seed", type=Path, default=SEED, help="article to summarize")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    compile_project()
    results = best_runs(commands(args.seed), args.runs)
    body = table(results, worker_rss(args.worker_runs), empty_worker_rss(args.worker_runs))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = "python -m bench.startup " + " ".join(argv if argv is not None else sys.argv[1:])
    text = f"### Latest run\n\n`{command.strip()}` — {stamp}, in `{Path.cwd().name}`.\n\n{body}\n"
    print(text)
    if not args.no_write:
        from bench.docs import write_section

        write_section("performance.md", "startup", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
