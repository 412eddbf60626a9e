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


def test_the_folder_last_opened_in_the_app_comes_after_the_flag_and_the_variable(tmp_path, monkeypatch):
    from planner.services.workspace import Workspace

    chosen = tmp_path / "chosen"
    Workspace.open(chosen).close()
    paths.remember_folder(chosen)
    assert paths.data_dir(tmp_path / "flag") == (tmp_path / "flag").resolve()
    assert paths.data_dir() != chosen.resolve()  # PLANNER_DATA_DIR (set for every test) still wins
    monkeypatch.delenv(paths.ENV_VAR)
    assert paths.data_dir() == chosen.resolve()
    assert paths.lost_folder_warning(None, chosen.resolve()) is None


def test_a_folder_that_has_gone_is_said_not_silently_replaced(tmp_path, monkeypatch):
    from planner.services.workspace import Workspace

    monkeypatch.delenv(paths.ENV_VAR)
    monkeypatch.setattr(paths, "default_data_dir", lambda: tmp_path / "default")
    gone = tmp_path / "usb"
    Workspace.open(gone).close()
    paths.remember_folder(gone)
    paths.remove_database(gone)
    ws = Workspace.open()
    try:
        assert ws.folder == tmp_path / "default"
        assert ws.warning is not None and str(gone.resolve()) in ws.warning and "cannot be found" in ws.warning
    finally:
        ws.close()


def test_recent_folders_are_kept_latest_first_without_repeats_and_capped(tmp_path):
    for n in range(paths.MAX_RECENT + 3):
        paths.remember_folder(tmp_path / f"f{n}")
    paths.remember_folder(tmp_path / "f5")
    recent = paths.recent_folders()
    assert recent[0] == (tmp_path / "f5").resolve() and len(recent) == paths.MAX_RECENT
    assert len(set(recent)) == len(recent)
    paths.forget_folder((tmp_path / "f5").resolve())
    assert (tmp_path / "f5").resolve() not in paths.recent_folders() and paths.remembered_folder() is None


def test_an_unreadable_folders_file_is_started_afresh(tmp_path):
    paths.config_dir().mkdir(parents=True, exist_ok=True)
    (paths.config_dir() / paths.FOLDERS_FILE).write_text("{not json", encoding="utf-8")
    assert paths.recent_folders() == [] and paths.remembered_folder() is None
    paths.remember_folder(tmp_path)
    assert paths.recent_folders() == [tmp_path.resolve()]
