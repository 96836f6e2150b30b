"""The precis executable a benchmark runs when no --precis is given.

build/precis (what scripts/setup.sh and the README build) comes first; otherwise the most
recently built build*/precis. Sorting the names alone picked build-asan/ before build/ ('-'
sorts before '/'), so a stale sanitizer build was measured instead of the current one.
"""
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def find_precis():
    main = os.path.join(HERE, "..", "build", "precis")
    if os.access(main, os.X_OK):
        return main
    cands = [c for c in glob.glob(os.path.join(HERE, "..", "build*", "precis")) if os.access(c, os.X_OK)]
    return max(cands, key=os.path.getmtime) if cands else None
