"""Shared fixtures: the model, the repository's own fixture articles, and a non-ASCII text.

PRECIS_SOURCE_DIR (set by tests/python/run.sh) is the source tree; PRECIS_CLI the built
`precis` binary, which the batch tests compare against."""
import os
import pathlib

import pytest

import precis

SOURCE = pathlib.Path(os.environ.get("PRECIS_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
GOLDEN = SOURCE / "tests" / "data" / "golden"

# Our own prose, written for these tests: accents, a German sharp s, CJK, a 4-byte emoji and
# a non-breaking space, so that byte and char offsets part early and keep parting.
NON_ASCII = (
    "São Paulo — Engenheiros da companhia de água disseram na terça-feira que a represa "
    "está a 38% da capacidade. «Não há motivo para pânico», afirmou a diretora Inês Araújo.\n\n"
    "In Zürich, the Straßenbahn drivers met the city council on Friday; 北京 and 東京 sent "
    "observers 😀. Négociations résumées: the talks will go on next week.\n\n"
    "Ярослав Петров, a spokesman, said\u00a0the union wanted “a fair deal” before winter."
)


def golden_texts():
    """(name, text) of every fixture article in tests/data/golden."""
    return sorted((p.stem, p.read_text(encoding="utf-8"))
                  for p in GOLDEN.glob("*.txt") if p.name.count(".") == 1)


@pytest.fixture(scope="session")
def model():
    return precis.Model(lang="auto")


@pytest.fixture(scope="session")
def english():
    return precis.Model(lang="en")


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("PRECIS_CLI")
    if not path or not os.access(path, os.X_OK):
        pytest.skip("PRECIS_CLI is not the built precis binary")
    return path
