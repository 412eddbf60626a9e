"""A real browser for the accessible HTML documents: headless Chromium (Debian's package) driven
through chromedriver, with axe-core (fetched and checked by ``./dev test``, see axe.py) run on
each page. Missing parts fail the tests with what to install: they are never skipped."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import axe

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ["violations"]})
  .then(result => done(result.violations))
  .catch(error => done("axe failed: " + error));
"""


def _find(*names: str) -> str | None:
    return next((found for name in names if (found := shutil.which(name))), None)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium = _find("chromium", "chromium-browser", "google-chrome")
    driver = _find("chromedriver")
    if chromium is None or driver is None:
        pytest.fail(
            "Headless Chromium and chromedriver are needed: `./dev test` installs them (apt-get install chromium chromium-driver)."
        )
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(arg)
    web = webdriver.Chrome(service=Service(driver), options=options)
    web.set_script_timeout(300)
    yield web
    web.quit()


@pytest.fixture(scope="session")
def axe_violations(browser: Any) -> Callable[[Path], list[dict[str, Any]]]:
    """Open a file in the browser and return what axe-core finds wrong with it (all its rules:
    WCAG 2.x A and AA, and best practice)."""
    script = axe.script_path()
    if not script.exists():
        pytest.fail(f"axe-core is not installed at {script}: `./dev test` fetches it (python tests/browser/axe.py).")
    source = script.read_text(encoding="utf-8")

    def check(path: Path) -> list[dict[str, Any]]:
        browser.get(path.resolve().as_uri())
        browser.execute_script(source)
        result = browser.execute_async_script(RUN_AXE)
        assert not isinstance(result, str), result
        return list(result)

    return check


def describe(violations: list[dict[str, Any]]) -> str:
    """What is wrong, readably: each rule, how many places, and the first of them."""
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])}× e.g. {v['nodes'][0]['html'][:160]}"
        for v in violations
    )
