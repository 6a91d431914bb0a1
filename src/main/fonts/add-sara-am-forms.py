#!/usr/bin/env python3
"""Adds to Laksaman the glyphs that let a tone mark before SARA AM keep its own text.

Run by hand from the project's root, with fontTools installed; the build does not run it:
  python3 src/main/fonts/add-sara-am-forms.py src/main/resources/fonts/laksaman/Laksaman*.ttf

For each tone mark and the thanthakhat k (U+0E48 + k, k = 0..4) it adds two composite glyphs:
  uni0E4x.am   U+F730 + k  the mark's default (high) glyph, zero advance, drawn over SARA AM's nikhahit
  uni0E33.x    U+F735 + k  SARA AM after that mark, as wide as SARA AM
Each copy references the original glyph, so it draws exactly what the original draws. In a PDF the
text layer gives the mark's copy no text and the AM's copy the two characters, mark and AM, as
LibreOffice does for its shaped น้ำ. Every other glyph and mapping is left as it was (checked below).
Running it again on a font that has the glyphs changes nothing."""
import sys
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent

TONE_COPY = 0xF730
AM_COPY = 0xF735


def composite(glyf, component):
    glyph = Glyph()
    glyph.numberOfContours = -1
    part = GlyphComponent()
    part.glyphName, part.x, part.y, part.flags = component, 0, 0, 0x0004 | 0x0200  # ROUND_XY_TO_GRID, USE_MY_METRICS
    glyph.components = [part]
    glyph.recalcBounds(glyf)
    return glyph


def add_forms(path):
    font = TTFont(path, recalcTimestamp=False)
    order = font.getGlyphOrder()
    original_order = list(order)
    original_maps = [(t.platformID, t.platEncID, dict(t.cmap)) for t in font['cmap'].tables]
    glyf, hmtx = font['glyf'], font['hmtx']
    original_outlines = {name: glyf[name].compile(glyf) for name in original_order}
    original_metrics = {name: hmtx[name] for name in original_order}
    added = {}
    for k in range(5):
        tone = 'uni%04X' % (0x0E48 + k)
        added[TONE_COPY + k] = (tone + '.am', tone, 0)
        added[AM_COPY + k] = ('uni0E33.%s' % tone[3:], 'uni0E33', hmtx['uni0E33'][0])
    if all(name in glyf.glyphs for name, _, _ in added.values()):
        print('%s: has the glyphs already' % path)
        return
    for code, (name, component, advance) in added.items():
        glyph = composite(glyf, component)
        order.append(name)
        glyf.glyphs[name] = glyph
        hmtx[name] = (advance, glyph.xMin)
    font.setGlyphOrder(order)
    glyf.glyphOrder = order
    for table in font['cmap'].tables:
        if table.isUnicode():
            for code, (name, _, _) in added.items():
                table.cmap[code] = name
    if 'post' in font and font['post'].formatType == 2.0:
        font['post'].extraNames = []
    font.save(path)

    # Every original glyph, metric and mapping is unchanged.
    saved = TTFont(path)
    assert saved.getGlyphOrder()[:len(original_order)] == original_order
    for name in original_order:
        assert saved['glyf'][name].compile(saved['glyf']) == original_outlines[name], name
        assert saved['hmtx'][name] == original_metrics[name], name
    for (platform, encoding, mapping), table in zip(original_maps, saved['cmap'].tables):
        extra = {c: n for c, n in table.cmap.items() if c not in mapping}
        assert {c: table.cmap[c] for c in mapping} == mapping, (platform, encoding)
        assert not extra or set(extra) == set(added), (platform, encoding, extra)
    for code, (name, component, advance) in added.items():
        assert saved.getBestCmap()[code] == name and saved['hmtx'][name][0] == advance
        assert [c.glyphName for c in saved['glyf'][name].components] == [component]
    print('%s: %d glyphs, %d added' % (path, len(saved.getGlyphOrder()), len(saved.getGlyphOrder()) - len(original_order)))


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for path in sys.argv[1:]:
        add_forms(path)
