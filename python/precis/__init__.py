"""precis — extractive summaries, key facts and briefs of news text, from Python.

A thin layer over libprecis (the C library; cffi, API mode). Every call into C releases the
GIL, so threads run in parallel on all cores.

Quick use, with a default model made on first use::

    >>> import precis
    >>> precis.brief(text)                  # one paragraph (a Brief; str(b) is the text)
    >>> precis.summary(text, sentences=2)   # the chosen sentences, in document order
    >>> precis.facts(text)                  # who, what, where, when, how many, quotes, ...

One model, many documents (a model is immutable and shared by any number of threads)::

    >>> model = precis.Model(lang="en")
    >>> doc = model.document(text, title="Dockers strike", date="2024-05-02")
    >>> [s.text for s in doc.summary(words=60).sentences]
    >>> doc.facts()["who"]
    >>> doc.sentences()[0].char_start       # offsets into `text` (and .start: UTF-8 bytes)

Many documents, in input order, on a thread pool, as ``precis batch`` writes them::

    >>> for rec in precis.batch(records, jobs=4, fields="summary,brief"):
    ...     print(rec["id"], rec["brief"]["brief"])

Errors raise :class:`PrecisError` (``.status``, ``.message``), or its subclasses
:class:`OptionError` and :class:`InputError`, which are also ``ValueError``; a value of the
wrong type raises ``TypeError``. In :func:`batch`, a document that fails gives an error
record and the others go on.

Offsets: every result carries byte offsets into the UTF-8 text (``start``, ``end``, as the
C library and the CLI report them) and char offsets into the Python str (``char_start``,
``char_end``): ``text[s.char_start:s.char_end]`` is the sentence as it stands in the input.

docs/PYTHON.md in the precis sources has the whole story; docs/schema/ describes the JSON
of each view, which facts() returns as a dict.
"""
from __future__ import annotations

import threading
from typing import Any, Dict, Optional, Union

from ._core import (Brief, Document, InputError, Model, OptionError, PrecisError, Sentence,
                    Summary, OPTION_NAMES)
from ._batch import FIELDS, batch, jsonl_record, jsonl_records, record
from . import _precis

__all__ = ["Model", "Document", "Sentence", "Summary", "Brief", "PrecisError", "OptionError",
           "InputError", "batch", "record", "jsonl_record", "jsonl_records", "brief", "summary", "facts",
           "default_model", "library_version", "FIELDS", "OPTION_NAMES",
           "STATUS_NOMEM", "STATUS_INVALID_ARG", "STATUS_INVALID_OPTION", "STATUS_MODEL",
           "STATUS_INPUT", "STATUS_UNSUPPORTED", "STATUS_STATE"]

__version__ = "0.1.0"

# The public classes say they are precis.X (help(), repr, tracebacks), not precis._core.X.
for _cls in (Model, Document, Sentence, Summary, Brief, PrecisError, OptionError, InputError):
    _cls.__module__ = __name__
del _cls

#: Status codes of PrecisError.status (precis_status in precis.h; stable, never renumbered).
STATUS_NOMEM = _precis.lib.PRECIS_E_NOMEM
STATUS_INVALID_ARG = _precis.lib.PRECIS_E_INVALID_ARG
STATUS_INVALID_OPTION = _precis.lib.PRECIS_E_INVALID_OPTION
STATUS_MODEL = _precis.lib.PRECIS_E_MODEL
STATUS_INPUT = _precis.lib.PRECIS_E_INPUT
STATUS_UNSUPPORTED = _precis.lib.PRECIS_E_UNSUPPORTED
STATUS_STATE = _precis.lib.PRECIS_E_STATE


def library_version() -> str:
    """The version of the libprecis the package was built with ("X.Y.Z")."""
    return _precis.ffi.string(_precis.lib.precis_version()).decode()


_default: Optional[Model] = None
_default_lock = threading.Lock()


def default_model() -> Model:
    """The built-in model with lang "auto", made on first use and then shared by every
    caller of this process (brief(), summary(), facts() and batch() without a model)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Model()
    return _default


def brief(text: Union[str, bytes], words: Optional[int] = None, **options: Any) -> Brief:
    """The one-paragraph brief of `text` (``str()`` of the result is the paragraph).
    ``options`` are those of :meth:`Model.document`."""
    return default_model().document(text, **options).brief(words)


def summary(text: Union[str, bytes], sentences: Optional[int] = None, **options: Any) -> Summary:
    """The most informative sentences of `text`, in document order: ``sentences`` (default
    3), or one of ``words=``, ``chars=``, ``ratio=``."""
    return default_model().document(text, sentences=sentences, **options).summary()


def facts(text: Union[str, bytes], **options: Any) -> Dict[str, Any]:
    """The key facts of `text` as a dict (see :meth:`Document.facts`)."""
    return default_model().document(text, **options).facts()
