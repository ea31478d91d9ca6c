#!/usr/bin/env python3
"""Write the exercise illustrations (media/images/<key>.svg).

Usage: python3 make_images.py [OUTDIR]   (default: the demo media/images folder)
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from figure import background, document  # noqa: E402
from scenes import SCENES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "..", "src", "main", "resources", "demo", "media", "images")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    os.makedirs(out, exist_ok=True)
    for key, scene in SCENES.items():
        title, body = scene()
        svg = document(title, background(0, 800) + "\n" + body)
        with open(os.path.join(out, key + ".svg"), "w", encoding="utf-8") as fh:
            fh.write(svg)
        print("wrote", key + ".svg")


if __name__ == "__main__":
    main()
