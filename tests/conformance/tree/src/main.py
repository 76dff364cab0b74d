#!/usr/bin/env python3
"""Entry point: load items and print a report."""
import json
import sys

from util.strings import slugify, title_case

VERSION = "1.4.2"


def load_items(path):
    items = []
    with open(path) as fh:
        header = fh.readline().strip().split(",")
        for line in fh:
            items.append(dict(zip(header, line.strip().split(","))))
    return items


def main(argv):
    if len(argv) < 2:
        print("usage: main.py FILE", file=sys.stderr)
        return 2
    # TODO: support JSON input
    for item in load_items(argv[1]):
        print(slugify(item["name"]), title_case(item["category"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
