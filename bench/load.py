"""A bounded load test of `offramp serve` on loopback: many clients, event queries and coding.

    python bench/load.py [--clients 50] [--requests 3000] [--post-share 0.1] [--budget 600]

Builds a store (the seed article from ../shared/eval/seed, coded, plus synthetic events),
starts `python -m offramp.cli serve` on a free 127.0.0.1 port with an API token, and runs
--clients asyncio clients (httpx) until --requests requests are done or --budget seconds
have passed. Reports status counts, transport errors, 5xx and p50/p95/p99 latency per kind,
then stops the server. Exit status 1 on any 5xx or transport error. Traffic never leaves
127.0.0.1.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

COUNTRIES = ["USA", "RUS", "UKR", "DEU", "FRA", "CHN", "BLR", "POL", "NATO", "GBR"]
TYPES = ["CONSULT", "AGREE", "AID", "COOPERATE", "ACCUSE", "THREATEN", "REJECT", "MOBILIZE",
         "ASSAULT"]
# made-up articles for POST /api/code
ARTICLES = [
    "Finland and Estonia agreed on Tuesday to hold joint naval drills in the Baltic Sea.",
    "Moldova accused Russia of backing separatists in Transnistria, officials said on Monday.",
    "Turkey will host talks between Armenian and Azerbaijani envoys in Ankara next week.",
    "Germany sent air defence systems to Ukraine on Friday, the defence ministry said.",
    "Belarus threatened to close its border with Lithuania after a dispute over transit.",
    "China and Brazil signed a trade agreement in Beijing on Wednesday.",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_db(path: Path, events: int) -> dict:
    """The seed article coded for real, plus about `events` synthetic events."""
    from tests.analysis import dbfixtures as F
    F.seed_db(path)
    F.synthetic_db(path, n_events=events)
    import duckdb
    with duckdb.connect(str(path), read_only=True) as con:
        ids = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY id").fetchall()]
        n = con.execute("SELECT count(*) FROM events").fetchone()[0]
    return {"doc_ids": ids, "events": n}


def start_server(db: Path, port: int, token: str) -> subprocess.Popen:
    env = dict(os.environ, OFFRAMP_API_TOKEN=token)
    return subprocess.Popen([sys.executable, "-m", "offramp.cli", "serve", "--db", str(db),
                             "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


async def wait_ready(base: str, proc: subprocess.Popen, seconds: float = 90) -> None:
    import httpx
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(base_url=base, timeout=2) as c:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError("server exited: " + proc.stderr.read().decode()[-800:])
            try:
                if (await c.get("/api/summary")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError(f"server not ready after {seconds} s")


def make_request(rng: random.Random, doc_ids: list[str], post_share: float):
    """(kind, method, url, params, json body or None) of one random request."""
    if rng.random() < post_share:
        body = {"text": " ".join(rng.sample(ARTICLES, rng.randint(1, 3)))}
        if rng.random() < 0.7:
            body["date"] = f"2023-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        return "POST /api/code", "POST", "/api/code", None, body
    a, b = rng.sample(COUNTRIES, 2)
    day = f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    choices = [
        ("GET /api/events", "/api/events", {"country": a, "limit": rng.choice([20, 50, 200])}),
        ("GET /api/events", "/api/events", {"dyad": f"{a},{b}", "type": rng.choice(TYPES),
                                            "offset": rng.randint(0, 100)}),
        ("GET /api/events", "/api/events", {"from": day, "quad": str(rng.randint(1, 4)),
                                            "q": rng.choice(["did", "toward", "Synthetic"])}),
        ("GET /api/events", "/api/events", {"place": rng.choice(["Geneva", "Kyiv", "UKR"]),
                                            "located": "true", "order": "asc"}),
        ("GET /api/places", "/api/places", {"country": a}),
        ("GET /api/dyads", "/api/dyads", {"limit": 50}),
        ("GET /api/series", f"/api/dyads/{a}/{b}/series", {}),
        ("GET /api/actors", "/api/actors", {"from": day}),
        ("GET /api/quotes", "/api/quotes", {"limit": 20, "offset": rng.randint(0, 50)}),
        ("GET /api/summary", "/api/summary", {}),
        ("GET /api/documents", f"/api/documents/{rng.choice(doc_ids)}", {}),
    ]
    kind, url, params = rng.choice(choices)
    return kind, "GET", url, params, None


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]


async def run_clients(base: str, token: str, doc_ids: list[str], n_clients: int,
                      n_requests: int, post_share: float, budget: float, seed: int) -> dict:
    import httpx
    rng = random.Random(seed)
    plan = [make_request(rng, doc_ids, post_share) for _ in range(n_requests)]
    it = iter(plan)
    lat: dict[str, list[float]] = defaultdict(list)
    status: Counter = Counter()
    errors: Counter = Counter()
    stop_at = time.monotonic() + budget
    headers = {"Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=n_clients, max_keepalive_connections=n_clients)

    async def client(c: httpx.AsyncClient):
        for kind, method, url, params, body in it:
            if time.monotonic() > stop_at:
                return
            t0 = time.perf_counter()
            try:
                if method == "POST":
                    r = await c.post(url, json=body, headers=headers)
                else:
                    r = await c.get(url, params=params)
                status[r.status_code] += 1
                if r.status_code >= 500:
                    errors[f"{kind} -> {r.status_code}: {r.text[:120]}"] += 1
            except httpx.HTTPError as e:
                errors[f"{kind} -> {type(e).__name__}"] += 1
                continue
            lat[kind].append(time.perf_counter() - t0)
            lat["all GET" if method == "GET" else "all POST"].append(time.perf_counter() - t0)

    t0 = time.monotonic()
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as c:
        await asyncio.gather(*(client(c) for _ in range(n_clients)))
    return {"seconds": time.monotonic() - t0, "lat": lat, "status": status, "errors": errors,
            "planned": len(plan)}


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def report(res: dict, info: dict, rss_mb: float | None) -> str:
    done = sum(res["status"].values())
    n5xx = sum(v for k, v in res["status"].items() if k >= 500)
    transport = sum(v for k, v in res["errors"].items() if "->" in k and k.split("-> ")[1][0].isalpha())
    lines = [f"store: {len(info['doc_ids'])} documents, {info['events']} events",
             f"{done} of {res['planned']} requests in {res['seconds']:.1f} s "
             f"({done / max(res['seconds'], 1e-9):.0f}/s); status {dict(sorted(res['status'].items()))}",
             f"5xx: {n5xx}; transport errors: {transport}"
             + (f"; server RSS {rss_mb:.0f} MB" if rss_mb else ""),
             f"{'kind':22} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}"]
    for kind in sorted(res["lat"]):
        v = res["lat"][kind]
        lines.append(f"{kind:22} {len(v):6d} {pct(v, 50) * 1e3:8.1f} {pct(v, 95) * 1e3:8.1f} "
                     f"{pct(v, 99) * 1e3:8.1f} {max(v) * 1e3:8.1f}")
    for e, n in res["errors"].most_common(10):
        lines.append(f"  error x{n}: {e}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--post-share", type=float, default=0.1, help="share of POST /api/code")
    ap.add_argument("--events", type=int, default=20_000, help="synthetic events in the store")
    ap.add_argument("--budget", type=float, default=600, help="seconds before clients stop")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="offramp-load-") as tmp:
        db = Path(tmp) / "load.duckdb"
        t0 = time.monotonic()
        info = build_db(db, a.events)
        print(f"store built in {time.monotonic() - t0:.0f} s", flush=True)
        port, token = free_port(), secrets.token_urlsafe(16)
        base = f"http://127.0.0.1:{port}"
        proc = start_server(db, port, token)
        rss = None
        try:
            asyncio.run(wait_ready(base, proc))
            res = asyncio.run(run_clients(base, token, info["doc_ids"], a.clients, a.requests,
                                          a.post_share, a.budget, a.seed))
            try:
                import psutil
                rss = psutil.Process(proc.pid).memory_info().rss / 1e6
            except Exception:  # noqa: BLE001 — the number is a nicety
                pass
        finally:
            stop_server(proc)
    print(report(res, info, rss))
    bad = sum(v for k, v in res["status"].items() if k >= 500) + sum(res["errors"].values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
