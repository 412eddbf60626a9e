"""Help ▸ About names what the program is built from, with each component's installed version."""

from planner.services.licences import components, licence_folder


def test_every_bundled_component_is_named_with_its_version_and_licence():
    found = {c.name: c for c in components()}
    for name in ("PySide6-Essentials", "reportlab", "platformdirs", "DejaVu fonts"):
        assert found[name].version not in ("", "not installed"), name
        assert found[name].licence, name
    assert "LGPL" in found["PySide6-Essentials"].licence
    assert licence_folder() is None  # from source: each installed package keeps its own texts
