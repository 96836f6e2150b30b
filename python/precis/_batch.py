"""Batch records: the lines of `precis batch`, built from Python items, on a thread pool.

A record is built as src/cli/batch_doc.c builds it, member for member and byte for byte:
  {"id", "source", ["title",] ["invalid_utf8",] "summary", "brief", "facts", ["no_story",] "schema"}
or {"id", "source", "error", "schema"} for a document that could not be processed.
"""
from __future__ import annotations

import collections
import json
import os
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Deque, Dict, Iterable, Iterator, Mapping, Optional, Sequence, Tuple, Union

from ._core import Model, OPTION_NAMES, PrecisError, _options, lib, ffi

__all__ = ["batch", "record", "jsonl_record", "jsonl_records", "FIELDS"]

#: The views a record can hold, in the order they are written.
FIELDS = ("summary", "brief", "facts")
_FIELD_BITS = {"summary": 1, "brief": 2, "facts": 4}
_SCHEMA = ',"schema":"precis/batch/1"}'
#: More than one invalid UTF-8 sequence in this many bytes: not text (as the CLI).
_NOT_TEXT_RATIO = 4
#: Per-record members that override the options, in the order the CLI applies them.
_RECORD_OPTIONS = ("sentences", "words", "date", "lang", "title")
#: The longest title precis_options keeps (char title[512], NUL included).
_TITLE_MAX = 511


def _json(s: str) -> str:
    """A JSON string as the CLI writes it (UTF-8 as is; controls escaped)."""
    return json.dumps(s, ensure_ascii=False)


def _fields_mask(fields: Union[str, Sequence[str]]) -> int:
    names = fields.split(",") if isinstance(fields, str) else list(fields)
    mask = 0
    for name in names:
        name = name.strip()
        if not name:
            continue
        if name not in _FIELD_BITS:
            raise ValueError(f"unknown field {name!r}: fields are {', '.join(FIELDS)}")
        mask |= _FIELD_BITS[name]
    if not mask:
        raise ValueError(f"no fields: choose among {', '.join(FIELDS)}")
    return mask


def _scalar(v: Any) -> Optional[str]:
    """A JSON scalar as the CLI reads a record member: strings as they are, numbers written
    out, anything else (null, booleans, objects) as absent."""
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, str):
        return v
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "%.17g" % v
    return None


def _cut_utf8(s: str, limit: int) -> str:
    raw = s.encode("utf-8", "surrogatepass")
    if len(raw) <= limit:
        return s
    return raw[:limit].decode("utf-8", "ignore")


_LEADING_SPACE = re.compile(rb"(?:\xef\xbb\xbf)?[ \t\r\n]*")
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<!--")
_HTML_ERROR = ("an HTML page: the Python package has no HTML step (precis batch extracts the "
               "article first); pass the article's text")


def _looks_html(raw: bytes) -> bool:
    """Does the text start (after a BOM and whitespace) like an HTML page? As the CLI's
    looks_html() in src/cli/batch_read.c, which sends such texts through its HTML step."""
    i = _LEADING_SPACE.match(raw).end()
    return raw[i:i + 16].lower().startswith(_HTML_STARTS)


def _error(rid: str, source: str, reason: str) -> str:
    return '{"id":' + _json(rid) + ',"source":' + _json(source) + ',"error":' + _json(reason) + _SCHEMA


class _Config:
    """What every record of one run shares: the model, the views and the base options."""

    def __init__(self, model: Optional[Model], fields: Union[str, Sequence[str]],
                 options: Mapping[str, Any]) -> None:
        from . import default_model
        self.model = model if model is not None else default_model()
        if not isinstance(self.model, Model):
            raise TypeError(f"model must be a precis.Model, not {type(self.model).__name__}")
        self.mask = _fields_mask(fields)
        values = {"lang": self.model.lang}
        values.update({k: v for k, v in options.items() if v is not None})
        self.values = values
        self.base = _options(values)  # raises now for a bad option, not once per record
        max_bytes = values.get("max_bytes", 64 << 20)
        self.max_bytes = int(max_bytes)


def _line(cfg: _Config, item: Any, default_id: str, source: str, where: str) -> str:
    """One record line (no newline) for `item`: a str, bytes, or a mapping with "text" and
    optionally "id", "title", "date", "sentences", "words", "lang"."""
    rid = default_id
    opts: Dict[str, Optional[str]] = {}
    if isinstance(item, Mapping):
        given = _scalar(item.get("id"))
        if given is not None:
            rid = given
        text = item.get("text")
        if not isinstance(text, str):
            return _error(rid, source, f'{where} has no "text" string field')
        for key in ("title", "date", "sentences", "words", "lang"):
            opts[key] = _scalar(item.get(key))
    elif isinstance(item, (str, bytes, bytearray, memoryview)):
        text = item
    else:
        return _error(rid, source, f"{where} is a {type(item).__name__}, not text or a mapping")

    if isinstance(text, str):
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError as e:
            return _error(rid, source, f"text is not valid Unicode: {e.reason} at character {e.start}")
    else:
        raw = bytes(text)
    if cfg.max_bytes and len(raw) > cfg.max_bytes:
        return _error(rid, source, f"document is {len(raw)} bytes, over {cfg.max_bytes} (--max-bytes)")
    if _looks_html(raw):
        # the CLI would analyse the article's text, not the markup: say so rather than
        # write a record that silently differs from the CLI's
        return _error(rid, source, _HTML_ERROR)

    o = cfg.base
    err = ffi.new("precis_error *")
    title = opts.get("title")
    if title is not None:
        title = opts["title"] = _cut_utf8(title, _TITLE_MAX)
    date = opts.get("date")
    if date is not None and len(date) > 10 and date[10] in "T ":
        opts["date"] = date[:10]
    if any(v is not None for v in opts.values()):
        o = ffi.new("precis_options *")
        o[0] = cfg.base[0]
        for key in _RECORD_OPTIONS:
            v = opts.get(key)
            if v is None or (key == "date" and not v):
                continue
            try:
                value = v.encode("utf-8")
            except UnicodeEncodeError:
                return _error(rid, source, f'field "{key}": not valid Unicode')
            if lib.precis_options_set(o, OPTION_NAMES[key].encode(), value, err) != lib.PRECIS_OK:
                msg = ffi.string(err.message).decode("utf-8", "replace")
                return _error(rid, source, f'field "{key}": {msg}')

    out = ffi.new("char **")
    n = ffi.new("size_t *")
    invalid = ffi.new("size_t *")
    no_story = ffi.new("int *")
    status = lib.pyp_views(cfg.model._ptr, raw, len(raw), o, cfg.mask, _NOT_TEXT_RATIO,
                           out, n, invalid, no_story, err)
    if status != lib.PRECIS_OK:
        return _error(rid, source, ffi.string(err.message).decode("utf-8", "replace"))
    try:
        views = ffi.buffer(out[0], n[0])[:].decode("utf-8")
    finally:
        lib.pyp_free(out[0])
    parts = ['{"id":', _json(rid), ',"source":', _json(source)]
    if title:
        parts += [',"title":', _json(title)]
    if invalid[0]:
        parts.append(f',"invalid_utf8":{invalid[0]}')
    parts.append(views)
    if no_story[0]:
        parts.append(',"no_story":true')
    parts.append(_SCHEMA)
    return "".join(parts)


def record(item: Any, *, model: Optional[Model] = None, fields: Union[str, Sequence[str]] = FIELDS,
           id: Optional[str] = None, source: str = "-", as_json: bool = False,
           **options: Any) -> Union[Dict[str, Any], str]:
    """One batch record for one item (see :func:`batch`): a dict, or with ``as_json`` the
    JSON line (without its newline) exactly as ``precis batch`` writes it."""
    line = _line(_Config(model, fields, options), item, id if id is not None else f"{source}:1",
                 source, "record")
    return line if as_json else json.loads(line)


def jsonl_record(line: Union[str, bytes], lineno: int, source: str, *, model: Optional[Model] = None,
                 fields: Union[str, Sequence[str]] = FIELDS, as_json: bool = True,
                 **options: Any) -> Union[Dict[str, Any], str, None]:
    """The record ``precis batch SOURCE`` writes for line ``lineno`` (1-based) of a JSONL
    file: None for a blank line, an error record for a line that is not a JSON object.
    The id is the record's "id", else ``SOURCE:LINENO``, as in the CLI. Messages for
    malformed JSON name the line and Python's reason, not the CLI's (jansson's) words.
    For many lines, :func:`jsonl_records` sets up the options once."""
    return _jsonl(_Config(model, fields, options), line, lineno, source, as_json)


def jsonl_records(numbered_lines: Iterable[Tuple[int, Union[str, bytes]]], source: str, *,
                  model: Optional[Model] = None, fields: Union[str, Sequence[str]] = FIELDS,
                  as_json: bool = True, **options: Any) -> Iterator[Union[Dict[str, Any], str]]:
    """The records of ``(line number, line)`` pairs of the JSONL file named ``source``, one
    after the other in this thread (blank lines give none): what a Dask or Spark task runs
    over its partition. See :func:`jsonl_record`."""
    cfg = _Config(model, fields, options)
    for lineno, line in numbered_lines:
        rec = _jsonl(cfg, line, lineno, source, as_json)
        if rec is not None:
            yield rec


def _jsonl(cfg: _Config, line: Union[str, bytes], lineno: int, source: str,
           as_json: bool) -> Union[Dict[str, Any], str, None]:
    if isinstance(line, bytes):
        line = line.decode("utf-8", "replace")
    stripped = line.strip(" \t\r\n")
    if not stripped:
        return None
    rid = f"{source}:{lineno}"
    try:
        # The CLI reads the first JSON value of the line and ignores what follows it.
        obj, _ = json.JSONDecoder().raw_decode(stripped)
    except json.JSONDecodeError as e:
        out = _error(rid, source, f"malformed JSON at line {lineno}, column {e.colno}: {e.msg}")
    else:
        if not isinstance(obj, dict):
            out = _error(rid, source, f"line {lineno} is not a JSON object")
        else:
            out = _line(cfg, obj, rid, source, f"line {lineno}")
    return out if as_json else json.loads(out)


def batch(items: Iterable[Any], *, jobs: Optional[int] = None,
          fields: Union[str, Sequence[str]] = FIELDS, model: Optional[Model] = None,
          source: str = "-", window: Optional[int] = None, as_json: bool = False,
          **options: Any) -> Iterator[Union[Dict[str, Any], str]]:
    """Processes many documents on ``jobs`` threads (default: the number of cores) and yields
    one record per item, in input order, as it is ready.

    An item is a str (the text), bytes, or a mapping like a ``precis batch`` JSONL record:
    "text", and optionally "id", "title", "date", "sentences", "words", "lang" (which
    override ``options`` for that document). Records are those of ``precis batch --fields
    FIELDS``: ``{"id", "source", ["title",] "summary", "brief", "facts", "schema"}``, the id
    being the item's "id", else ``SOURCE:N`` for the N-th item (as ``precis batch -`` names
    the N-th line); a document that cannot be processed gives ``{"id", "source", "error",
    "schema"}`` and the others go on. With ``as_json`` the records are the JSON lines
    (without newline) byte for byte as the CLI writes them, which is also cheaper than dicts.

    At most ``window`` items (default 8 per thread) are in flight, so memory stays flat
    however long ``items`` is, and a slow consumer holds the workers back. ``options`` are
    the keywords of :meth:`Model.document` (``sentences``, ``words``, ``ratio``, ``method``,
    ``brief_words``, ``lang``, ``date``, ...), applied to every document.
    """
    if jobs is None:
        jobs = os.cpu_count() or 1
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a whole number from 1, got {jobs!r}")
    if window is None:
        window = 8 * jobs
    if isinstance(window, bool) or not isinstance(window, int) or window < 1:
        raise ValueError(f"window must be a whole number from 1, got {window!r}")
    if not isinstance(source, str):
        raise TypeError(f"source must be a str, not {type(source).__name__}")
    cfg = _Config(model, fields, options)
    iterator = iter(items)
    return _run(cfg, iterator, jobs, window, source, as_json)


def _run(cfg: _Config, items: Iterator[Any], jobs: int, window: int, source: str,
         as_json: bool) -> Iterator[Union[Dict[str, Any], str]]:
    decode = (lambda s: s) if as_json else json.loads
    if jobs == 1:
        for n, item in enumerate(items, 1):
            yield decode(_line(cfg, item, f"{source}:{n}", source, f"line {n}"))
        return
    pending: Deque[Any] = collections.deque()
    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="precis-batch")
    try:
        n = 0
        for item in items:
            n += 1
            pending.append(pool.submit(_line, cfg, item, f"{source}:{n}", source, f"line {n}"))
            if len(pending) >= window:
                yield decode(pending.popleft().result())
        while pending:
            yield decode(pending.popleft().result())
    finally:
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True)
