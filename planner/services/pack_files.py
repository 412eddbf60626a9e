"""An exchange pack on disk: written whole or not at all, and read only after every check.

``write_pack`` puts the manifest (with each member's SHA-256) and the members into a zip under
a temporary name, then renames it into place. ``read_pack`` refuses, before anything is
written anywhere, a file that is not a zip, a member whose name could escape a folder (``../``,
an absolute path, a link), a member the manifest does not list or whose hash differs, a pack
from a newer schema, and a zip bomb (by the sizes the zip declares, and again while reading, so
a lying header does not help). Members are read into memory and never extracted by name.
"""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner import __version__
from planner.core import packs
from planner.core.errors import UserError
from planner.core.files import atomic_file
from planner.core.i18n import fill, translate
from planner.storage.database import now_stamp, schema_version


@dataclass(frozen=True)
class PackFile:
    manifest: dict[str, Any]
    data: Any  # records.json or team.json, parsed
    evidence: dict[str, bytes]  # sha256 -> content

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])


def write_pack(path: Path, kind: str, about: Mapping[str, Any], data: Any, evidence: Mapping[str, bytes]) -> int:
    """Write a pack; returns its size in bytes."""
    members: dict[str, bytes] = {
        packs.DATA_MEMBER[kind]: json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    }
    for sha in sorted(evidence):
        members[f"evidence/{sha}"] = evidence[sha]
    manifest = {
        "format": packs.FORMAT,
        "kind": kind,
        "schema_version": schema_version(),
        "app_version": __version__,
        "created": now_stamp(),
        **about,
        "members": {name: hashlib.sha256(content).hexdigest() for name, content in members.items()},
    }
    with atomic_file(Path(path)) as f:
        with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(packs.MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            for name, content in members.items():
                # evidence (PDFs, photos) is mostly compressed already: stored as it is
                method = zipfile.ZIP_DEFLATED if not name.startswith("evidence/") else zipfile.ZIP_STORED
                zf.writestr(name, content, compress_type=method)
        size = f.tell()
    return size


def read_pack(path: Path) -> PackFile:
    path = Path(path)
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise UserError(fill(translate("pack_files", "The file %1 does not exist."), path)) from None
    except IsADirectoryError:
        raise UserError(fill(translate("pack_files", "%1 is a folder: give the pack file (a .zip)."), path)) from None
    except (zipfile.BadZipFile, EOFError):
        raise UserError(
            fill(
                translate(
                    "pack_files", "%1 is not a Pathway Planner pack (it is not a zip file): nothing was imported."
                ),
                name,
            )
        ) from None
    except OSError as exc:
        raise UserError(
            fill(translate("pack_files", "The file %1 cannot be read (%2)."), path, exc.strerror or exc)
        ) from None
    with zf:
        infos = zf.infolist()
        _check_members(name, infos)
        names = {i.filename for i in infos}
        if packs.MANIFEST not in names:
            raise UserError(
                fill(
                    translate(
                        "pack_files",
                        "%1 is not a Pathway Planner pack (it has no manifest.json): nothing was imported.",
                    ),
                    name,
                )
            )
        contents = {i.filename: _read(zf, i, name) for i in infos}
    manifest = _manifest(name, contents.pop(packs.MANIFEST))
    listed: dict[str, str] = manifest["members"]
    extra = sorted(set(contents) - set(listed))
    if extra:
        raise UserError(
            fill(
                translate("pack_files", "%1 holds %2, which its manifest does not list: the pack was altered."),
                name,
                extra[0],
            )
        )
    missing = sorted(set(listed) - set(contents))
    if missing:
        raise UserError(
            fill(
                translate("pack_files", "%1 lacks %2, which its manifest lists: the pack is incomplete."),
                name,
                missing[0],
            )
        )
    for member, digest in listed.items():
        if hashlib.sha256(contents[member]).hexdigest() != digest:
            raise UserError(
                fill(
                    translate(
                        "pack_files",
                        "%1 in %2 does not match the SHA-256 its manifest gives: the pack was damaged or altered "
                        "after it was made. Nothing was imported: ask for the pack to be sent again.",
                    ),
                    member,
                    name,
                )
            )
    data_name = packs.DATA_MEMBER[manifest["kind"]]
    if data_name not in contents:
        raise UserError(
            fill(translate("pack_files", "%1 has no %2: it is not a whole %3 pack."), name, data_name, manifest["kind"])
        )
    try:
        data = json.loads(contents.pop(data_name).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise UserError(
            fill(translate("pack_files", "%1 in %2 is not valid JSON: nothing was imported."), data_name, name)
        ) from None
    evidence = {}
    for member, content in contents.items():
        sha = member.removeprefix("evidence/")
        if hashlib.sha256(content).hexdigest() != sha:  # named by its own hash when written
            raise UserError(
                fill(
                    translate("pack_files", "%1 in %2 is not the file its name says: the pack was altered."),
                    member,
                    name,
                )
            )
        evidence[sha] = content
    return PackFile(manifest, data, evidence)


def _check_members(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > packs.MAX_MEMBERS:
        raise UserError(
            fill(
                translate("pack_files", "%1 holds %2 files, more than any pack: refused, nothing was imported."),
                name,
                len(infos),
            )
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        problem = packs.member_problem(info.filename)
        if problem is None and info.filename in seen:
            problem = fill(translate("pack_files", "the member %1 is there twice"), repr(info.filename))
        if problem is None and (info.is_dir() or stat.S_ISLNK(info.external_attr >> 16)):
            problem = fill(
                translate("pack_files", "the member %1 is a folder or a link, which a pack never holds"),
                repr(info.filename),
            )
        if problem is not None:
            raise UserError(fill(translate("pack_files", "%1 is refused: %2. Nothing was imported."), name, problem))
        seen.add(info.filename)
        total += info.file_size
        too_big = packs.size_problem(info.filename, info.compress_size, info.file_size, total)
        if too_big is not None:
            raise UserError(fill(translate("pack_files", "%1 is refused: %2. Nothing was imported."), name, too_big))


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    """A member's bytes, read no further than the size it declares (a header that understates
    it is caught here, not after the memory is gone)."""
    try:
        with zf.open(info) as member:
            content = member.read(info.file_size + 1)
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        raise UserError(
            fill(
                translate("pack_files", "%1 in %2 cannot be read (%3): the pack is damaged."), info.filename, name, exc
            )
        ) from None
    if len(content) != info.file_size:
        raise UserError(
            fill(
                translate("pack_files", "%1 in %2 is not the size the zip declares: the pack is damaged."),
                info.filename,
                name,
            )
        )
    return content


def _manifest(name: str, raw: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise UserError(
            fill(translate("pack_files", "The manifest of %1 is not valid JSON: nothing was imported."), name)
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != packs.FORMAT:
        raise UserError(
            fill(translate("pack_files", "%1 is not a Pathway Planner pack (its manifest does not say so)."), name)
        )
    kind = manifest.get("kind")
    if not isinstance(kind, str) or kind not in packs.DATA_MEMBER:
        raise UserError(
            fill(
                translate("pack_files", "%1 is a pack of a kind this version does not know: nothing was imported."),
                name,
            )
        )
    try:
        packs.check_values(f"The manifest of {name}", "manifest", [{"created_at": manifest.get("created")}])
        packs.check_values(f"The manifest of {name}", "manifest", [{"updated_at": manifest.get("since")}])
    except UserError:
        raise UserError(
            fill(
                translate("pack_files", "The manifest of %1 has no readable time it was made: the pack was altered."),
                name,
            )
        ) from None
    if not isinstance(manifest.get("created"), str):
        raise UserError(
            fill(
                translate("pack_files", "The manifest of %1 does not say when it was made: the pack was altered."), name
            )
        )
    version = manifest.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise UserError(fill(translate("pack_files", 'The manifest of %1 has no whole-number "schema_version".'), name))
    if version > schema_version():
        raise UserError(
            fill(
                translate(
                    "pack_files",
                    "%1 was made by a newer version of Pathway Planner (schema %2; this version knows up to "
                    "%3). Install the newer version to import it: nothing was imported.",
                ),
                name,
                version,
                schema_version(),
            )
        )
    members = manifest.get("members")
    if not isinstance(members, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and packs.SHA256.fullmatch(v) for k, v in members.items()
    ):
        raise UserError(
            fill(
                translate("pack_files", 'The manifest of %1 has no list of members with their SHA-256 ("members").'),
                name,
            )
        )
    for member in members:
        problem = packs.member_problem(member)
        if problem is not None or member == packs.MANIFEST:
            raise UserError(
                fill(
                    translate("pack_files", "%1 is refused: %2. Nothing was imported."),
                    name,
                    problem or "the manifest lists itself",
                )
            )
    return manifest
