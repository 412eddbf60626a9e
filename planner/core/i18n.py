"""Words people read, marked for translation without Qt: the core and the services call
``translate(context, text)`` (and ``QT_TRANSLATE_NOOP`` for tables of words), which
``pyside6-lupdate`` finds as it finds the screens' ``self.tr``; the window plugs Qt's translator
in with ``use`` at start-up. Without one (the command line, the tests, documents printed from
the command line) every text is the UK English source.

A figure with a count uses ``counted``: Qt's plural forms (``%n``) when a translation is
loaded, so a language with more than two (Scottish Gaelic has four) says it properly, and the
English rule ("1 item", "2 items") otherwise. ``fill`` puts values into a translated sentence's
%1, %2… (a translation may put them in another order)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar, overload

Backend = Callable[[str, str, str | None, int], str]
F = TypeVar("F", bound=Callable[..., str])

_backend: Backend | None = None
_language = "en-GB"  # the language of the words, as documents declare it (BCP 47)
_caches: list[Callable[[], None]] = []  # cleared when the language changes


def use(backend: Backend | None, language: str = "en-GB") -> None:
    """Translate through ``backend`` (Qt's QCoreApplication.translate) into ``language``, or not
    at all (None: UK English)."""
    global _backend, _language
    _backend = backend
    _language = language if backend is not None else "en-GB"
    for clear in _caches:
        clear()


def language() -> str:
    """The language documents are written in: "en-GB", or the translation's ("gd")."""
    return _language


def translating() -> bool:
    return _backend is not None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language (the text itself when there is no translation)."""
    if _backend is None:
        return text
    return _backend(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation where it is defined; ``translate`` it where it is shown."""
    return text


def counted(n: int, english_one: str, english_many: str, translated: str) -> str:
    """ "1 item" / "5 items" in English; in a translation, ``translated``, which the caller gets
    with ``translate("Counted", "%n item(s)", None, n)`` (written out, so lupdate marks it as a
    message with plural forms)."""
    if _backend is None:
        return f"{n} {english_one if n == 1 else english_many}"
    return translated


@overload
def cached(function: F) -> F: ...
@overload
def cached(*, maxsize: int = 4096) -> Callable[[F], F]: ...
def cached(function: F | None = None, *, maxsize: int = 4096) -> F | Callable[[F], F]:
    """Remember a translated word until the language changes (hot paths: the matrix reads the
    same few state words hundreds of thousands of times). ``@cached`` or ``@cached(maxsize=…)``."""

    def wrap(f: F) -> F:
        remembered = lru_cache(maxsize=maxsize)(f)
        _caches.append(remembered.cache_clear)
        return remembered  # type: ignore[return-value]

    return wrap(function) if function is not None else wrap


def fill(template: str, *values: object) -> str:
    """The template with %1, %2… replaced by the values, as text (up to nine of them)."""
    if len(values) == 1:  # the common case: nothing a value holds can be replaced again
        return template.replace("%1", str(values[0]))
    for i in range(1, len(values) + 1):
        template = template.replace(f"%{i}", f"\x00{i}")
    for i, value in enumerate(values, start=1):
        template = template.replace(f"\x00{i}", str(value))
    return template
