#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the closing "N passed, N failed" line from meson's JSON test log.

Each test program counts once; a program whose GTest cases all passed is one
pass. Skipped programs (exit code 77) are counted apart.
"""

import json
import sys


def main(path):
    passed = failed = skipped = 0
    with open(path, encoding="utf-8") as log:
        for line in log:
            line = line.strip()
            if not line:
                continue
            result = json.loads(line).get("result")
            if result in ("OK", "EXPECTEDFAIL"):
                passed += 1
            elif result == "SKIP":
                skipped += 1
            else:
                failed += 1
    summary = f"{passed} passed, {failed} failed"
    if skipped:
        summary += f", {skipped} skipped"
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
