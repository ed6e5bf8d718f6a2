"""Make resources/fonts/NotoSerifCJKsc-GB2312.otf: Noto Serif CJK SC cut to GB 2312 and the punctuation documents use.

The summary's PDF must show Chinese on a machine with no Chinese font (CI is one), so the program ships this
subset (SIL Open Font License 1.1, see resources/fonts/OFL.txt). Run once on a machine with the Debian package
fonts-noto-cjk and fontTools installed:

    python -m unionclerk.devtools.subset_font [--source PATH.ttc] [--out PATH.otf]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
FONT_FILE = "NotoSerifCJKsc-GB2312.otf"
SC_NAME = "Noto Serif CJK SC"
# Beyond GB 2312: the 〇 of dates written out, dashes and quotes of the page numbers and titles, bullets.
EXTRA = "〇—–‘’“”…·•、。，；：？！（）《》〔〕【】「」『』％＋－×÷①②③④⑤⑥⑦⑧⑨⑩"


def gb2312_characters() -> str:
    """Every character GB 2312 encodes (rows 0xA1–0xF7, cells 0xA1–0xFE)."""
    chars = []
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return "".join(chars)


def subset_text() -> str:
    return "".join(chr(c) for c in range(0x20, 0x7F)) + gb2312_characters() + EXTRA


def make_subset(source: Path, out: Path) -> Path:
    from fontTools import subset  # a developer's tool, not a dependency of the program
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(source), lazy=True)
    number = next(n for n, font in enumerate(collection.fonts) if font["name"].getDebugName(1) == SC_NAME)
    options = subset.Options()
    options.font_number = number
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = False
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=subset_text())
    subsetter.subset(font)
    out.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(out), options)
    return out


def main(argv: list[str] | None = None) -> int:
    from unionclerk.resources_path import resource_path

    parser = argparse.ArgumentParser(prog="python -m unionclerk.devtools.subset_font")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=resource_path("fonts", FONT_FILE))
    args = parser.parse_args(argv)
    out = make_subset(args.source, args.out)
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
