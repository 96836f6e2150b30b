"""Where the precis extension gets libprecis from, at build time (see docs/PYTHON.md).

In this order:

1. ``PRECIS_BUILD_DIR``: a CMake build directory of this source tree (``cmake -B build``);
   its static ``libprecis.a`` is linked in and the headers come from ``../include``.
   A relative path (here and in PRECIS_PREFIX) is read from the top of the source tree.
2. ``PRECIS_PREFIX``: an installed prefix (``cmake --install build --prefix P``); its static
   library is linked in when there is one, else its shared library with an rpath.
3. ``pkg-config precis``: an installed libprecis the system knows about (static when the
   ``.a`` sits beside the ``.so``, else shared).
4. Otherwise the C sources of the tree that holds this ``python/`` folder are built with
   CMake (only the static library, into ``python/.cmake-build``) and linked in.

Linking the static library makes the extension need nothing of precis at run time: the
model is compiled into the library, and only libutf8proc and libstemmer (Debian packages)
are loaded.
"""
import glob
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# What libprecis itself needs (cmake/precis.pc.in: Requires.private and Libs.private).
DEPENDENCIES = ["utf8proc", "stemmer", "pthread", "m"]


@dataclass
class LibPrecis:
    how: str
    include_dirs: List[str] = field(default_factory=list)
    extra_objects: List[str] = field(default_factory=list)
    libraries: List[str] = field(default_factory=list)
    library_dirs: List[str] = field(default_factory=list)
    runtime_library_dirs: List[str] = field(default_factory=list)


def _static(how: str, include: str, archive: str) -> LibPrecis:
    return LibPrecis(how, [include], [archive], list(DEPENDENCIES))


def _from_libdir(how: str, include: str, libdir: str) -> LibPrecis:
    archive = os.path.join(libdir, "libprecis.a")
    if os.path.exists(archive):
        return _static(how + " (static)", include, archive)
    return LibPrecis(how + " (shared)", [include], [], ["precis"] + DEPENDENCIES, [libdir], [libdir])


def _build_dir(build: str) -> LibPrecis:
    archive = os.path.join(build, "libprecis.a")
    if not os.path.exists(archive):
        raise RuntimeError(f"PRECIS_BUILD_DIR={build}: no libprecis.a there (build it first)")
    return _static(f"build directory {build}", os.path.join(ROOT, "include"), archive)


def _prefix(prefix: str) -> LibPrecis:
    include = os.path.join(prefix, "include")
    if not os.path.exists(os.path.join(include, "precis", "precis.h")):
        raise RuntimeError(f"PRECIS_PREFIX={prefix}: no include/precis/precis.h there")
    for libdir in [os.path.join(prefix, "lib")] + sorted(glob.glob(os.path.join(prefix, "lib*", "*"))):
        if glob.glob(os.path.join(libdir, "libprecis.*")):
            return _from_libdir(f"prefix {prefix}", include, libdir)
    raise RuntimeError(f"PRECIS_PREFIX={prefix}: no libprecis under {prefix}/lib*")


def _pkg_config() -> "LibPrecis | None":
    if not shutil.which("pkg-config"):
        return None
    try:
        libdir = subprocess.run(["pkg-config", "--variable=libdir", "precis"], check=True,
                                capture_output=True, text=True).stdout.strip()
        include = subprocess.run(["pkg-config", "--variable=includedir", "precis"], check=True,
                                 capture_output=True, text=True).stdout.strip()
    except subprocess.CalledProcessError:
        return None
    return _from_libdir("pkg-config precis", include, libdir)


def _cmake() -> LibPrecis:
    if not os.path.exists(os.path.join(ROOT, "CMakeLists.txt")):
        raise RuntimeError("libprecis not found: set PRECIS_BUILD_DIR or PRECIS_PREFIX, install "
                           "it where pkg-config finds it, or build from a precis source tree")
    build = os.path.join(HERE, ".cmake-build")
    jobs = os.environ.get("PRECIS_BUILD_JOBS", "2")
    subprocess.run(["cmake", "-S", ROOT, "-B", build, "-DCMAKE_BUILD_TYPE=Release",
                    "-DPRECIS_BUILD_TESTS=OFF", "-DPRECIS_BUILD_BENCHMARKS=OFF",
                    "-DPRECIS_INSTALL=OFF"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", build, "--target", "precis_static", "-j", jobs], check=True)
    return _static(f"CMake build of {ROOT}", os.path.join(ROOT, "include"),
                   os.path.join(build, "libprecis.a"))


def _path(value: str) -> str:
    """An absolute path for a directory named in the environment. pip runs the build in
    python/, not where the user typed the command, so a relative path is read from the top
    of the source tree (PRECIS_BUILD_DIR=build is the tree's build/)."""
    return value if os.path.isabs(value) else os.path.join(ROOT, value)


def find_libprecis() -> LibPrecis:
    """Returns how to compile and link against libprecis (see the module docstring)."""
    if os.environ.get("PRECIS_BUILD_DIR"):
        found = _build_dir(_path(os.environ["PRECIS_BUILD_DIR"]))
    elif os.environ.get("PRECIS_PREFIX"):
        found = _prefix(_path(os.environ["PRECIS_PREFIX"]))
    else:
        found = _pkg_config() or _cmake()
    print(f"precis: libprecis from {found.how}")
    return found
