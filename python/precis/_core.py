"""Models, documents and errors: the package's layer over the C API (include/precis/precis.h)."""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

from ._precis import ffi, lib

__all__ = ["PrecisError", "OptionError", "InputError", "Model", "Document", "Sentence",
           "Summary", "Brief", "OPTION_NAMES"]


# ---- errors ---------------------------------------------------------------------------------

class PrecisError(Exception):
    """An error reported by libprecis.

    ``status`` is the library's status code (a negative ``int``, one of the ``STATUS_*``
    constants of this module), ``status_name`` its name ("invalid option"), and the message
    names the place and the reason, as the C library's ``precis_error`` does.
    """

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message

    def __reduce__(self):  # so that the error crosses process boundaries (Dask, multiprocessing)
        return (type(self), (self.status, self.message))

    @property
    def status_name(self) -> str:
        return ffi.string(lib.precis_status_str(self.status)).decode()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, message={self.message!r})"


class OptionError(PrecisError, ValueError):
    """An option name or value was rejected (status ``STATUS_INVALID_OPTION``)."""


class InputError(PrecisError, ValueError):
    """The input cannot be processed: not valid UTF-8, too large (status ``STATUS_INPUT``)."""


def _error_class(status: int) -> type:
    if status == lib.PRECIS_E_INVALID_OPTION:
        return OptionError
    if status == lib.PRECIS_E_INPUT:
        return InputError
    return PrecisError


def _raise(status: int, err: Any) -> None:
    message = ffi.string(err.message).decode("utf-8", "replace") if err is not None else ""
    if not message:
        message = ffi.string(lib.precis_status_str(status)).decode()
    raise _error_class(status)(status, message)


# ---- options --------------------------------------------------------------------------------

#: Python keyword -> precis_options_set() name, in the order they are applied.
OPTION_NAMES: Dict[str, str] = {
    "lang": "lang",
    "method": "method",
    "sentences": "sentences",
    "words": "words",
    "chars": "chars",
    "ratio": "ratio",
    "redundancy": "redundancy",
    "brief_words": "brief-words",
    "max_bytes": "max-bytes",
    "date": "date",
    "title": "title",
}
_BUDGETS = ("sentences", "words", "chars", "ratio")


def _option_text(name: str, value: Any) -> str:
    """The string precis_options_set() reads for a Python value; wrong types raise TypeError."""
    if name in ("lang", "method", "date", "title"):
        if not isinstance(value, str):
            raise TypeError(f"option {name!r} must be a str, not {type(value).__name__}")
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"option {name!r} must be a number, not {type(value).__name__}")
    return repr(value) if isinstance(value, float) else str(value)


def _options(values: Mapping[str, Any]) -> Any:
    """A new precis_options with the defaults and then `values` (None values are skipped)."""
    unknown = set(values) - set(OPTION_NAMES)
    if unknown:
        raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}; "
                        f"known: {', '.join(OPTION_NAMES)}")
    budgets = [b for b in _BUDGETS if values.get(b) is not None]
    if len(budgets) > 1:
        raise OptionError(lib.PRECIS_E_INVALID_OPTION,
                          f"one summary budget at a time, not {' and '.join(budgets)}")
    opts = ffi.new("precis_options *")
    lib.precis_options_init(opts)
    err = ffi.new("precis_error *")
    for key, name in OPTION_NAMES.items():
        value = values.get(key)
        if value is None:
            continue
        text = _option_text(key, value)
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError as e:
            raise OptionError(lib.PRECIS_E_INVALID_OPTION, f"option {key!r}: {e}") from None
        if b"\0" in raw:
            raise OptionError(lib.PRECIS_E_INVALID_OPTION, f"option {key!r} holds a NUL character")
        status = lib.precis_options_set(opts, name.encode(), raw, err)
        if status != lib.PRECIS_OK:
            _raise(status, err)
    return opts


# ---- text and offsets -----------------------------------------------------------------------

def _encode(text: Union[str, bytes, bytearray, memoryview]) -> Tuple[str, bytes]:
    """(str, its UTF-8 bytes) for a str or for bytes that are valid UTF-8; else an error."""
    if isinstance(text, str):
        try:
            return text, text.encode("utf-8")
        except UnicodeEncodeError as e:
            raise InputError(lib.PRECIS_E_INPUT,
                             f"text is not valid Unicode: {e.reason} at character {e.start}") from None
    if isinstance(text, (bytes, bytearray, memoryview)):
        raw = bytes(text)
        try:
            return raw.decode("utf-8"), raw
        except UnicodeDecodeError as e:
            raise InputError(lib.PRECIS_E_INPUT,
                             f"text is not valid UTF-8: {e.reason} at byte {e.start}") from None
    raise TypeError(f"text must be str or bytes, not {type(text).__name__}")


def _is_offset_key(key: str) -> bool:
    return key in ("start", "end") or key.endswith("_start") or key.endswith("_end")


def _char_key(key: str) -> str:
    if key in ("start", "end"):
        return "char_" + key
    base, _, edge = key.rpartition("_")
    return f"{base}_char_{edge}"


class _Offsets:
    """Byte offsets of one document's UTF-8 text -> offsets into its Python str."""

    def __init__(self, text: str, raw: bytes) -> None:
        self._raw = raw
        self._ascii = len(raw) == len(text)

    def map(self, offsets: List[int]) -> Dict[int, int]:
        if self._ascii:
            return {o: o for o in offsets}
        wanted = sorted(set(offsets))
        n = len(wanted)
        src = ffi.new("size_t[]", wanted)
        dst = ffi.new("size_t[]", n)
        lib.pyp_char_offsets(self._raw, len(self._raw), src, dst, n)
        return dict(zip(wanted, dst))

    def annotate(self, data: Any) -> Any:
        """Adds a char_* twin to every byte offset of a view's JSON (start -> char_start,
        role_start -> role_char_start, spans -> char_spans), in place; returns data."""
        found: List[int] = []

        def collect(node: Any) -> None:
            if isinstance(node, dict):
                for k, v in node.items():
                    if _is_offset_key(k) and isinstance(v, int) and not isinstance(v, bool):
                        found.append(v)
                    elif k == "spans" and isinstance(v, list):
                        found.extend(x for pair in v for x in pair)
                    else:
                        collect(v)
            elif isinstance(node, list):
                for v in node:
                    collect(v)

        collect(data)
        table = self.map(found)

        def add(node: Any) -> None:
            if isinstance(node, dict):
                extra = {}
                for k, v in node.items():
                    if _is_offset_key(k) and isinstance(v, int) and not isinstance(v, bool):
                        extra[_char_key(k)] = table[v]
                    elif k == "spans" and isinstance(v, list):
                        extra["char_spans"] = [[table[a], table[b]] for a, b in v]
                    else:
                        add(v)
                node.update(extra)
            elif isinstance(node, list):
                for v in node:
                    add(v)

        add(data)
        return data


# ---- results --------------------------------------------------------------------------------

@dataclass
class Sentence:
    """One sentence: its text (NFC, whitespace collapsed) and where it is in the input.

    ``start``/``end`` are byte offsets into the UTF-8 encoding of the text, as everywhere in
    precis; ``char_start``/``char_end`` index the Python str: ``doc.text[s.char_start:s.char_end]``
    is the sentence as it stands in the input.
    """
    index: int
    text: str
    start: int
    end: int
    char_start: int
    char_end: int
    paragraph: Optional[int] = None
    score: Optional[float] = None


def _sentence(d: Mapping[str, Any]) -> Sentence:
    return Sentence(index=d.get("index", -1), text=d["text"], start=d["start"], end=d["end"],
                    char_start=d["char_start"], char_end=d["char_end"],
                    paragraph=d.get("paragraph"), score=d.get("score"))


@dataclass
class Summary:
    """The chosen sentences in document order (the ``precis/summary/1`` JSON, see
    docs/schema/summary.schema.json, is in ``data`` with char offsets added)."""
    sentences: List[Sentence]
    method: str
    budget: Dict[str, Any]
    lang: str
    no_story: bool
    left_out: List[Dict[str, Any]]
    data: Dict[str, Any] = field(repr=False)

    @property
    def text(self) -> str:
        """The sentences joined by one space."""
        return " ".join(s.text for s in self.sentences)


@dataclass
class Brief:
    """The one-paragraph brief (the ``precis/brief/1`` JSON is in ``data``, char offsets added)."""
    text: str
    sentences: List[Sentence]
    lead: Optional[Dict[str, Any]]
    no_story: bool
    data: Dict[str, Any] = field(repr=False)

    def __str__(self) -> str:
        return self.text


# ---- model ----------------------------------------------------------------------------------

class Model:
    """Language data and weights: the default model built into libprecis, or one loaded from
    a model file (the format tools/pack_model writes).

    A model is immutable once loaded and may be shared by any number of threads; load it
    once and make every document with it. ``lang`` is the default language of its documents
    ("auto": identified from each text).
    """

    def __init__(self, lang: str = "auto", path: Optional[str] = None) -> None:
        if not isinstance(lang, str):
            raise TypeError(f"lang must be a str, not {type(lang).__name__}")
        _options({"lang": lang})  # refuses a bad tag now rather than at every document
        self.lang = lang
        self.path = path
        out = ffi.new("precis_model **")
        err = ffi.new("precis_error *")
        if path is None:
            status = lib.precis_model_default(out, err)
        else:
            with open(path, "rb") as f:
                data = f.read()
            status = lib.precis_model_load(data, len(data), out, err)
        if status != lib.PRECIS_OK:
            _raise(status, err)
        self._ptr = ffi.gc(out[0], lib.precis_model_free)

    def __reduce__(self):
        # A model pickles as how to load it: another process (a Dask or Spark worker) loads
        # its own copy rather than receiving megabytes of tables.
        return (Model, (self.lang, self.path))

    @property
    def languages(self) -> List[str]:
        """The languages the model has data for."""
        text = ffi.string(lib.precis_model_languages(self._ptr)).decode()
        return [x.strip() for x in text.split(",") if x.strip()]

    def document(self, text: Union[str, bytes], title: Optional[str] = None,
                 date: Optional[str] = None, **options: Any) -> "Document":
        """Analyses one text (a str, or bytes that are valid UTF-8).

        ``title`` is scored against; ``date`` (YYYY-MM-DD or an ISO timestamp) resolves
        relative dates. Other keywords are the defaults of the document's views:
        ``lang``, ``method``, ``sentences``/``words``/``chars``/``ratio`` (one summary
        budget), ``redundancy``, ``brief_words``, ``max_bytes``.
        """
        return Document(self, text, title=title, date=date, **options)

    def __repr__(self) -> str:
        where = "built-in" if self.path is None else repr(self.path)
        return f"<precis.Model {where} lang={self.lang!r}>"


# ---- documents ------------------------------------------------------------------------------

class Document:
    """One analysed text and its views. Make it with :meth:`Model.document`.

    The views are computed on first use and kept. A document may be used from several
    threads: calls on one document take turns (a lock), calls on different documents run
    in parallel with the GIL released.
    """

    def __init__(self, model: Model, text: Union[str, bytes], title: Optional[str] = None,
                 date: Optional[str] = None, **options: Any) -> None:
        if not isinstance(model, Model):
            raise TypeError(f"model must be a precis.Model, not {type(model).__name__}")
        self.model = model
        self.text, self._raw = _encode(text)
        self._offsets = _Offsets(self.text, self._raw)
        self._values: Dict[str, Any] = {"lang": model.lang}
        self._values.update({k: v for k, v in options.items() if v is not None})
        if title is not None:
            self._values["title"] = title
        if date is not None:
            self._values["date"] = date
        self._lock = threading.Lock()
        self._docs: Dict[bytes, Any] = {}
        self._base = self._doc_for({})

    def _doc_for(self, overrides: Mapping[str, Any]) -> Any:
        """The C document for the document's options with `overrides` (kept by key)."""
        values = dict(self._values)
        if any(overrides.get(b) is not None for b in _BUDGETS):
            for b in _BUDGETS:
                values.pop(b, None)
        values.update({k: v for k, v in overrides.items() if v is not None})
        opts = _options(values)
        # Keyed by the options themselves (zero-filled, then set): sentences=3 asked for
        # explicitly finds the document made with the default of 3.
        key = bytes(ffi.buffer(opts))
        doc = self._docs.get(key)
        if doc is None:
            out = ffi.new("precis_doc **")
            err = ffi.new("precis_error *")
            status = lib.precis_doc_new(self.model._ptr, self._raw, len(self._raw), opts, out, err)
            if status != lib.PRECIS_OK:
                _raise(status, err)
            doc = ffi.gc(out[0], lib.precis_doc_free)
            self._docs[key] = doc
        return doc

    def _render(self, view: int, overrides: Mapping[str, Any]) -> Dict[str, Any]:
        out = ffi.new("char **")
        n = ffi.new("size_t *")
        err = ffi.new("precis_error *")
        with self._lock:
            doc = self._doc_for(overrides)
            status = lib.precis_doc_render(doc, view, lib.PRECIS_FORMAT_JSON, out, n, err)
        if status != lib.PRECIS_OK:
            _raise(status, err)
        try:
            data = json.loads(ffi.buffer(out[0], n[0])[:])
        finally:
            lib.precis_free(out[0])
        return self._offsets.annotate(data)

    # -- facts about the document --

    @property
    def lang(self) -> str:
        """The language the document was read in (asked for, or identified)."""
        with self._lock:
            return ffi.string(lib.precis_doc_language(self._base)).decode()

    @property
    def lang_confidence(self) -> float:
        """How sure the identification was, in [0, 1] (1 when the language was asked for)."""
        with self._lock:
            return lib.precis_doc_language_confidence(self._base)

    @property
    def has_facts(self) -> bool:
        """False when the model has no fact data for the document's language."""
        with self._lock:
            return bool(lib.precis_doc_has_facts(self._base))

    @property
    def token_count(self) -> int:
        """The number of tokens of the whole text."""
        with self._lock:
            return lib.precis_doc_token_count(self._base)

    def __len__(self) -> int:
        """The number of sentences the library found (``precis_doc_sentence_count``). A
        "sentence" with no letter or digit to show (a lone emoji) counts here and may be
        chosen by a summary with an empty text, but sentences() leaves it out."""
        with self._lock:
            return lib.precis_doc_sentence_count(self._base)

    # -- views --

    def sentences(self) -> List[Sentence]:
        """Every sentence, with byte and char offsets and its paragraph."""
        data = self._render(lib.PRECIS_VIEW_SPLIT, {})
        return [_sentence(dict(d, index=i)) for i, d in enumerate(data["sentences"])]

    def summary(self, sentences: Optional[int] = None, *, words: Optional[int] = None,
                chars: Optional[int] = None, ratio: Optional[float] = None,
                method: Optional[str] = None, redundancy: Optional[float] = None) -> Summary:
        """The most informative sentences in document order, within one budget:
        ``sentences`` (default 3), ``words``, ``chars`` or ``ratio`` of the document's words.
        ``method``: default, lead, tfidf, textrank or lexrank.

        A budget or method other than the document's own analyses the text again (once
        per distinct set of options; the result is kept)."""
        data = self._render(lib.PRECIS_VIEW_SUMMARY, {
            "sentences": sentences, "words": words, "chars": chars, "ratio": ratio,
            "method": method, "redundancy": redundancy})
        return Summary(sentences=[_sentence(d) for d in data["sentences"]],
                       method=data.get("method", ""), budget=data.get("budget", {}),
                       lang=data.get("lang", ""), no_story=bool(data.get("no_story")),
                       left_out=data.get("left_out", []), data=data)

    def facts(self) -> Dict[str, Any]:
        """Who, what, where, when, how many, quotes, sources, entities and time expressions:
        the ``precis/facts/1`` JSON (docs/schema/facts.schema.json) as a dict, each byte
        offset with its char twin (``start`` and ``char_start``, ``role_start`` and
        ``role_char_start``, ...). Empty slots for a language without fact data."""
        return self._render(lib.PRECIS_VIEW_FACTS, {})

    def brief(self, words: Optional[int] = None) -> Brief:
        """One paragraph built from the facts and the extract, of about ``words`` words
        (default 80)."""
        data = self._render(lib.PRECIS_VIEW_BRIEF, {"brief_words": words})
        return Brief(text=data.get("brief", ""),
                     sentences=[_sentence(d) for d in data.get("sentences", [])],
                     lead=data.get("lead"), no_story=bool(data.get("no_story")), data=data)

    def __repr__(self) -> str:
        return f"<precis.Document {len(self._raw)} bytes, {len(self)} sentences, lang={self.lang!r}>"
