from __future__ import annotations

from pathlib import Path

from planner.storage import paths


def test_override_order(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.ENV_VAR, str(tmp_path / "env"))
    assert paths.data_dir(tmp_path / "flag") == (tmp_path / "flag").resolve()
    assert paths.data_dir() == (tmp_path / "env").resolve()
    monkeypatch.delenv(paths.ENV_VAR)
    assert paths.data_dir().name == "pathway-planner"


def test_network_share_is_warned_about(tmp_path):
    mounts = tmp_path / "mounts"
    share = tmp_path / "share" / "planner"
    share.mkdir(parents=True)
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\nserver:/export {tmp_path / 'share'} nfs4 rw 0 0\n")
    warning = paths.network_share_warning(share, mounts)
    assert warning is not None and "network share" in warning
    assert paths.network_share_warning(tmp_path, mounts) is None
    assert paths.network_share_warning(tmp_path, Path("/no/such/file")) is None
