"""Builds the precis package: the Python code plus a cffi extension linked to libprecis.

Where libprecis comes from is decided in locate.py (and said in docs/PYTHON.md).
"""
from setuptools import setup

setup(cffi_modules=["precis_build.py:ffibuilder"])
