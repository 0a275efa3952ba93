#!/usr/bin/env bash
# Rebuilds the fonts packaged under src/main/resources/documents/fonts from Debian's font packages.
# Hinting is dropped (it does nothing in a PDF), the script faces get Noto Sans's ASCII (see below)
# and the Chinese face is cut to the characters of
# GB 2312 and Big5 level 1, which keeps the jar a few MB lighter; a name outside that set fails to
# render (DocumentRenderer refuses a missing glyph) rather than printing '#'.
# Needs: apt-get install fonts-noto-core fonts-noto-cjk fonts-dejavu-core python3-fonttools
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/documents/fonts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
noto=/usr/share/fonts/truetype/noto
py=/usr/bin/python3

subset() { "$py" -m fontTools.subset "$1" --layout-features='*' --no-hinting --name-IDs='*' --output-file="$2" "${@:3}"; }

for face in NotoSans-Regular NotoSans-Bold NotoSansArabic-Regular NotoSansArabic-Bold \
            NotoSansHebrew-Regular NotoSansHebrew-Bold NotoSansSymbols2-Regular; do
  subset "$noto/$face.ttf" "$out/$face.ttf" --unicodes='*' --glyph-names
done

"$py" - "$work" <<'PY'
import sys
from fontTools.ttLib import TTCollection, TTFont
work = sys.argv[1]

def decodable(codec, leads, trails):
    chars = set()
    for lead in leads:
        for trail in trails:
            try:
                text = bytes([lead, trail]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                chars.add(ord(text))
    return chars

gb2312 = decodable('gb2312', range(0xA1, 0xF8), range(0xA1, 0xFF))
big5_level1 = {c for c in decodable('big5', range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
               if c >= 0x4E00}
# every fallback face keeps ASCII: FOP sets the spaces and punctuation inside a run in that run's font
ascii = set(range(0x20, 0x7F)) | {0xA0}
cjk = sorted(gb2312 | big5_level1 | ascii | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0)))
open(f'{work}/cjk.txt', 'w').write(','.join('U+%04X' % c for c in cjk))
TTCollection('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc').fonts[2].save(f'{work}/sc.otf')

# DejaVu Sans only for the pictographs Noto Sans Symbols 2 lacks (emoticons) and the variation selectors
dejavu = TTFont('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf').getBestCmap()
symbols = TTFont('/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf').getBestCmap()
emoji = [c for c in dejavu if (0x2600 <= c < 0x27C0 or 0x1F000 <= c < 0x1FB00) and c not in symbols]
emoji += [c for c in sorted(ascii) + [0xFE0E, 0xFE0F] if c in dejavu]
open(f'{work}/emoji.txt', 'w').write(','.join('U+%04X' % c for c in emoji))
PY

subset "$work/sc.otf" "$out/NotoSansCJKsc-Regular.otf" --unicodes="$(cat "$work/cjk.txt")"

# FOP sets a word in the face that shows most of its characters, so "כהן;" goes to the Hebrew face:
# the script faces take Noto Sans's ASCII and punctuation too, or the ';' would print as '#'
for weight in Regular Bold; do
  subset "$noto/NotoSans-$weight.ttf" "$work/ascii-$weight.ttf" --unicodes='U+0020-007E,U+00A0,U+2010-2027' --layout-features=''
done
"$py" - "$out" "$work" <<'PY'
import sys
from fontTools.merge import Merger
out, work = sys.argv[1], sys.argv[2]
for face, weight in [('NotoSansArabic', 'Regular'), ('NotoSansArabic', 'Bold'), ('NotoSansHebrew', 'Regular'),
                     ('NotoSansHebrew', 'Bold'), ('NotoSansSymbols2', 'Regular')]:
    path = f'{out}/{face}-{weight}.ttf'
    Merger().merge([path, f'{work}/ascii-{weight}.ttf']).save(path)
PY
subset /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf "$out/DejaVuSans-Emoji.ttf" --unicodes="$(cat "$work/emoji.txt")"
ls -l "$out"
