"""axe-core, the accessibility engine the HTML documents are tested with, fetched once from the
npm registry at a pinned version and checked against the registry's published digest before it
is used. ``./dev test`` runs this file; the tests read the file it keeps in the virtual
environment (``.venv/share/axe-core/``) and never download anything themselves."""

from __future__ import annotations

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

VERSION = "4.14.1"
URL = f"https://registry.npmjs.org/axe-core/-/axe-core-{VERSION}.tgz"
# The "integrity" the registry publishes for that tarball (npm view axe-core@4.14.1 dist.integrity).
INTEGRITY = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="


def script_path() -> Path:
    return Path(sys.prefix) / "share" / "axe-core" / VERSION / "axe.min.js"


def fetch() -> Path:
    """The path of axe.min.js, downloading and checking it first if it is not kept yet."""
    target = script_path()
    if target.exists():
        return target
    with urllib.request.urlopen(URL, timeout=60) as response:
        tarball = response.read()
    digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball).digest()).decode("ascii")
    if digest != INTEGRITY:
        raise SystemExit(f"axe-core {VERSION} from {URL} does not match its published digest: not used.")
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as tar:
        member = tar.extractfile("package/axe.min.js")
        if member is None:
            raise SystemExit(f"{URL} holds no package/axe.min.js.")
        script = member.read()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    partial.write_bytes(script)
    partial.replace(target)
    return target


if __name__ == "__main__":
    print(f"axe-core {VERSION}: {fetch()}")
