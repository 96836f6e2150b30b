#!/usr/bin/env python3
"""check_layers: the dependency rules of src/ (docs/ARCHITECTURE.md, "Layers").

Two checks, from the sources alone (no build needed):

1. Every `#include "..."` of a file under src/ names a header of its own layer or of a layer
   below it in LAYERS. Public headers (include/precis/) may be included from anywhere.
2. No file-level cycle. Two graphs must be acyclic:
   - headers including headers (include guards hide such cycles from the compiler);
   - source files using each other: a.c depends on b.c when a.c mentions a function or
     variable that a header declares and b.c defines (not static). This is what an include
     line hides: a.c and b.c may include the same header and still call each other.

Exit status 0 when clean, 1 with one line per violation on stderr. Usage:
    scripts/check_layers.py [SRC_DIR]        (default: src/ beside this script)
"""
import fnmatch
import os
import re
import sys

# Lowest first. A file belongs to the first layer with a pattern matching its path under
# src/; a file that matches none is an error (so a new directory has to be placed).
LAYERS = [
    ("util", ["util/*"]),
    ("text", ["text/*"]),
    ("langid", ["langid/*"]),
    ("model", ["model/*"]),
    ("segment", ["segment/*"]),
    ("lexicon", ["lexicon/*"]),
    ("doc", ["doc/*"]),
    # the recognisers: functions of the document alone (no scores, no selection)
    ("recognise", ["facts/ner*", "facts/entities.*", "facts/timex*", "facts/quantity.*",
                   "facts/quotes.*"]),
    ("score", ["score/*"]),
    ("select", ["select/*"]),
    ("facts", ["facts/*"]),
    ("brief", ["brief/*"]),
    ("eval", ["eval/*"]),
    ("api", ["api/*"]),
    ("cli", ["cli/*"]),
]

# Cycles known and not yet broken, each with why: the check fails on any other, and on one
# of these growing. Remove an entry when its cycle is gone (the check says so).
KNOWN_CYCLES = {}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
IDENT = re.compile(r"[A-Za-z_]\w*")
KEYWORDS = {"if", "for", "while", "switch", "return", "sizeof", "typedef", "struct", "enum",
            "union", "static", "extern", "inline", "const", "void", "do", "else", "case"}


def layer_of(rel):
    for rank, (name, pats) in enumerate(LAYERS):
        if any(fnmatch.fnmatch(rel, p) for p in pats):
            return rank, name
    return None, None


def strip(code):
    """Comments, string and character literals and preprocessor lines out, newlines kept."""
    out, i, n = [], 0, len(code)
    at_line_start = True
    while i < n:
        c = code[i]
        if at_line_start and c == "#":
            # a directive, with its continuation lines
            while i < n and code[i] != "\n":
                i += 2 if code[i] == "\\" and i + 1 < n else 1
            continue
        if c == "/" and code.startswith("/*", i):
            j = code.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * code.count("\n", i, j) or " ")
            i = j
            continue
        if c == "/" and code.startswith("//", i):
            while i < n and code[i] != "\n":
                i += 1
            continue
        if c in "\"'":
            j = i + 1
            while j < n and code[j] != c and code[j] != "\n":
                j += 2 if code[j] == "\\" else 1
            out.append(" ")
            i = j + 1
            continue
        out.append(c)
        if c == "\n":
            at_line_start = True
        elif not c.isspace():
            at_line_start = False
        i += 1
    return "".join(out)


def top_level_statements(code):
    """Yields (text, terminator) for each statement at brace depth 0: terminator is ';' or
    '{' (a body follows, skipped)."""
    depth, start = 0, 0
    for i, c in enumerate(code):
        if c == "{":
            if depth == 0:
                yield code[start:i], "{"
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                start = i + 1
        elif c == ";" and depth == 0:
            yield code[start:i], ";"
            start = i + 1


def function_name(stmt):
    """The name a prototype or definition introduces, or None (types, variables with
    initialisers, typedefs)."""
    s = stmt.strip()
    if not s or s.startswith("typedef") or "(" not in s:
        return None
    head = s[: s.index("(")]
    if "=" in head:
        return None
    words = IDENT.findall(head)
    if not words or words[-1] in KEYWORDS:
        return None
    return words[-1]


def variable_name(stmt):
    """The name an `extern` declaration or a file-scope definition introduces, or None."""
    s = stmt.strip()
    if not s or s.startswith("typedef") or "(" in s.split("=")[0]:
        return None
    head = s.split("=")[0]
    head = re.sub(r"\[[^\]]*\]", "", head)
    words = IDENT.findall(head)
    if len(words) < 2 or words[-1] in KEYWORDS:
        return None
    return words[-1]


def scan(src):
    files = {}
    for root, _, names in os.walk(src):
        for name in names:
            if name.endswith((".c", ".h")):
                path = os.path.join(root, name)
                rel = os.path.relpath(path, src).replace(os.sep, "/")
                with open(path, encoding="utf-8", errors="replace") as f:
                    files[rel] = f.read()
    return files


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src")
    src = os.path.normpath(src)
    files = scan(src)
    problems = []

    # 1. includes go to the same layer or down
    includes = {}
    for rel, code in sorted(files.items()):
        rank, name = layer_of(rel)
        if rank is None:
            problems.append(f"{rel}: in no layer (add its directory to LAYERS in {__file__})")
            continue
        includes[rel] = []
        for m in INCLUDE.finditer(code):
            target = m.group(1)
            line = code.count("\n", 0, m.start()) + 1
            if target not in files:  # relative to the including file (src/cli/)
                target = os.path.normpath(os.path.join(os.path.dirname(rel), target)).replace(os.sep, "/")
            if target not in files:
                continue  # a public header (include/precis/) or a system one
            includes[rel].append(target)
            trank, tname = layer_of(target)
            if trank is not None and trank > rank:
                problems.append(f"src/{rel}:{line}: includes {target}: layer {name} may not "
                                f"include layer {tname} (above it)")

    # 2a. header include cycles
    hgraph = {h: [t for t in includes.get(h, []) if t.endswith(".h")]
              for h in files if h.endswith(".h")}
    for comp in cycles(hgraph):
        problems.append("include cycle between headers: " + " -> ".join(comp + comp[:1]))

    # 2b. source files using each other's definitions
    stripped = {rel: strip(code) for rel, code in files.items()}
    declared = set()
    for rel, code in stripped.items():
        if not rel.endswith(".h"):
            continue
        for stmt, term in top_level_statements(code):
            if term != ";":
                continue
            name = function_name(stmt)
            if name is None and re.match(r"\s*extern\b", stmt):
                name = variable_name(stmt)
            if name:
                declared.add(name)
    defined_in = {}
    for rel, code in stripped.items():
        if not rel.endswith(".c"):
            continue
        for stmt, term in top_level_statements(code):
            s = stmt.strip()
            if re.match(r"(static|typedef|extern)\b", s):
                continue
            name = function_name(s) if term == "{" else variable_name(s)
            if name in declared:
                defined_in.setdefault(name, set()).add(rel)
    cgraph, why = {}, {}
    for rel, code in stripped.items():
        if not rel.endswith(".c"):
            continue
        cgraph[rel] = []
        for ident in set(IDENT.findall(code)):
            for other in defined_in.get(ident, ()):
                if other != rel:
                    cgraph[rel].append(other)
                    why.setdefault((rel, other), []).append(ident)
    known_seen = set()
    for comp in cycles(cgraph):
        if frozenset(comp) in KNOWN_CYCLES:
            known_seen.add(frozenset(comp))
            print(f"check_layers: known cycle {' <-> '.join(sorted(comp))}: "
                  f"{KNOWN_CYCLES[frozenset(comp)]}")
            continue
        ring = comp + comp[:1]
        steps = [f"{a} -> {b} ({', '.join(sorted(why[(a, b)])[:3])})"
                 for a, b in zip(ring, ring[1:]) if (a, b) in why]
        problems.append("cycle between source files: " + "; ".join(steps))

    for gone in set(KNOWN_CYCLES) - known_seen:
        problems.append(f"known cycle {' <-> '.join(sorted(gone))} is gone: take it out of "
                        "KNOWN_CYCLES")

    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print(f"check_layers: {len(files)} files, {len(LAYERS)} layers, no upward include, no cycle")
    return 1 if problems else 0


def cycles(graph):
    """One cycle (as a node list) for each strongly connected component of more than one
    node (Tarjan, iterative)."""
    index, low, on, stack, comps, counter = {}, {}, set(), [], [], [0]
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(set(graph.get(root, [])))))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on.add(root)
        while work:
            node, it = work[-1]
            advanced = False
            for nxt in it:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter[0]
                    counter[0] += 1
                    stack.append(nxt)
                    on.add(nxt)
                    work.append((nxt, iter(sorted(set(graph.get(nxt, []))))))
                    advanced = True
                    break
                if nxt in on:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == node:
                        break
                if len(comp) > 1:
                    comps.append(one_cycle(graph, set(comp)))
    return comps


def one_cycle(graph, comp):
    """A simple cycle inside a strongly connected component, by breadth-first search from
    its smallest node back to itself."""
    start = min(comp)
    prev, frontier = {start: None}, [start]
    while frontier:
        nxt_frontier = []
        for node in frontier:
            for nxt in sorted(set(graph.get(node, []))):
                if nxt not in comp:
                    continue
                if nxt == start:
                    path = [node]
                    while prev[path[-1]] is not None:
                        path.append(prev[path[-1]])
                    return list(reversed(path))
                if nxt not in prev:
                    prev[nxt] = node
                    nxt_frontier.append(nxt)
        frontier = nxt_frontier
    return sorted(comp)


if __name__ == "__main__":
    sys.exit(main())
