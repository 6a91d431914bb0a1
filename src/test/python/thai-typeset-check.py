#!/usr/bin/env python3
"""thai-typeset-check.py FILE.pdf [--json OUT] [--max-report N]

Needs Python 3 with pdfminer.six and fontTools:
  pip install --break-system-packages pdfminer.six fonttools   (or into a virtual environment)

Thai typesetting check of a PDF, from the glyphs actually drawn (pdfminer.six + fontTools):
each Thai above/below mark's ink is compared with the ink of the consonant it belongs to,
using the embedded font program's glyph outlines and the PDF's own glyph positions.

Per mark (U+0E31, U+0E34-U+0E3A, U+0E47-U+0E4E), with em = the font size:
  split    the mark is not on its base's baseline (a line broke inside a cluster)
  float    a tone mark / thanthakhat sitting directly on a consonant leaves a gap of more than
           0.22 em between the consonant's top and the mark's bottom (unlowered tone mark)
  collide  a mark's ink overlaps the ink of an upper vowel it is stacked with
  drift    the mark's ink centre lies outside its base's ink extent, widened by 0.08 em
Also 'cluster break': two Thai glyphs drawn one after the other on different lines where the
second is a mark or a following vowel (ะ า ำ ๅ), or the first a leading vowel (เ แ โ ใ ไ).
Prints counts per rule and examples; last line:
  thai-typeset: marks=N split=N float=N collide=N drift=N cluster_breaks=N RESULT: PASS|FAIL
Exit 0 when every count is 0 (a glyph whose outline cannot be found counts against), 1 otherwise, 2 on usage errors.

Prongsai's copy differs in one rule: a tone mark right before SARA AM (น้ำ, ต่ำ) is measured against
the AM, whose nikhahit takes the place a lowered tone mark would take; every shaper sets the tone on
top of it. It floats when more than 0.22 em above the AM's ink, and collides when it overlaps it."""
import io, json, sys, argparse
from pdfminer.pdfparser import PDFParser
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfinterp import PDFResourceManager, PDFPageInterpreter
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams
from pdfminer.pdftypes import resolve1
from fontTools.ttLib import TTFont

UPPER = set('\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e')
LOWER = set('\u0e38\u0e39\u0e3a')
TONES = set('\u0e48\u0e49\u0e4a\u0e4b\u0e4c')
MARKS = UPPER | LOWER
FOLLOW = set('ะาำๅ')
LEAD = set('เแโใไ')

class Glyphs:
    """Glyph ink boxes (font units) of one embedded TrueType program, by glyph id."""
    def __init__(self, data):
        self.f = TTFont(io.BytesIO(data))
        self.upm = self.f['head'].unitsPerEm
        self.order = self.f.getGlyphOrder()
        self.glyf = self.f['glyf'] if 'glyf' in self.f else None
        cm = {}
        for t in self.f['cmap'].tables if 'cmap' in self.f else []:
            cm.setdefault((t.platformID, t.platEncID), t.cmap)
        self.cmaps = cm
    def box_gid(self, gid):
        if self.glyf is None or gid >= len(self.order): return None
        g = self.glyf[self.order[gid]]
        if not hasattr(g, 'xMin') or g.numberOfContours == 0: return None
        return (g.xMin, g.yMin, g.xMax, g.yMax)
    def box_name(self, name):
        if self.glyf is None or name not in self.glyf: return None
        g = self.glyf[name]
        if not hasattr(g, 'xMin') or g.numberOfContours == 0: return None
        return (g.xMin, g.yMin, g.xMax, g.yMax)
    def box_code(self, code):
        for key in ((3, 0), (1, 0), (3, 1)):
            m = self.cmaps.get(key)
            if not m: continue
            for c in ((0xF000 + code) if key == (3, 0) else code, code):
                if c in m: return self.box_name(m[c])
        return None

class Recorder(PDFPageAggregator):
    def __init__(self, rsrc, cache):
        super().__init__(rsrc, laparams=LAParams())
        self.drawn = []; self.cache = cache
    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
        adv = super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
        try: text = font.to_unichr(cid)
        except Exception: text = ''
        self.drawn.append((text, cid, font, matrix, fontsize, scaling, rise))
        return adv

def font_program(font, cache):
    key = id(font)
    if key in cache: return cache[key]
    g = None
    try:
        desc = font.descriptor or {}
        ff = resolve1(desc.get('FontFile2'))
        if ff is not None: g = Glyphs(ff.get_data())
    except Exception:
        g = None
    cache[key] = g
    return g

def ink(d, cache):
    text, cid, font, m, size, scaling, rise = d
    g = font_program(font, cache)
    if g is None: return None
    cidfont = type(font).__name__ == 'PDFCIDFont'
    if cidfont:
        gid = cid
        cmap = cache.get(('c2g', font.fontname), b'')
        if cmap and 2 * cid + 1 < len(cmap): gid = cmap[2 * cid] << 8 | cmap[2 * cid + 1]
        box = g.box_gid(gid)
    else:
        box = g.box_code(cid)
    if box is None: return None
    x0, y0, x1, y1 = [v / g.upm for v in box]
    a, b, c, dd, e, f = m
    def pt(x, y):
        x = x * size * scaling; y = y * size + rise
        return (a * x + c * y + e, b * x + dd * y + f)
    p0 = pt(x0, y0); p1 = pt(x1, y1)
    origin = pt(0, 0)
    em = abs(dd) * size if dd else size
    return (min(p0[0], p1[0]), min(p0[1], p1[1]), max(p0[0], p1[0]), max(p0[1], p1[1])), origin, em

def overlap(a, b):
    return min(a[2], b[2]) - max(a[0], b[0]) > 0.01 and min(a[3], b[3]) - max(a[1], b[1]) > 0.01

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('pdf'); ap.add_argument('--json'); ap.add_argument('--max-report', type=int, default=8)
    a = ap.parse_args()
    counts = dict(marks=0, split=0, float=0, collide=0, drift=0, cluster_breaks=0, unknown_glyphs=0)
    examples = []
    with open(a.pdf, 'rb') as fh:
        doc = PDFDocument(PDFParser(fh)); rsrc = PDFResourceManager(); cache = {}
        for pno, page in enumerate(PDFPage.create_pages(doc), 1):
            for fv in (resolve1(resolve1(page.resources or {}).get('Font')) or {}).values():
                fv = resolve1(fv)
                try:
                    dfs = resolve1(fv.get('DescendantFonts'))
                    if not dfs: continue
                    dsc = resolve1(dfs[0]); c2g = resolve1(dsc.get('CIDToGIDMap'))
                    name = resolve1(fv.get('BaseFont')); name = getattr(name, 'name', str(name))
                    if c2g is not None and hasattr(c2g, 'get_data'): cache[('c2g', name)] = c2g.get_data()
                except Exception:
                    pass
            dev = Recorder(rsrc, cache); PDFPageInterpreter(rsrc, dev).process_page(page)
            drawn = dev.drawn
            # cluster: base consonant followed by its marks, in drawing order
            base = None; stack = []
            for i, d in enumerate(drawn):
                t = d[0]
                if len(t) != 1: base = None; stack = []; continue
                if t in MARKS:
                    counts['marks'] += 1
                    mi = ink(d, cache)
                    if mi is None or base is None or base[1] is None:
                        if mi is None: counts['unknown_glyphs'] += 1
                        continue
                    bt, (bbox, borg, bem) = base[0], base[1]
                    (mbox, morg, mem) = mi
                    ctx = ''.join(x[0] for x in drawn[max(0, i - 4):i + 3])
                    def bad(rule, why):
                        counts[rule] += 1
                        if len(examples) < 400: examples.append(dict(page=pno, rule=rule, text=ctx, mark=t, base=bt, why=why))
                    if abs(morg[1] - borg[1]) > 0.2 * bem:
                        bad('split', 'mark %.1f pt off its base line' % (morg[1] - borg[1])); stack.append((t, mbox)); continue
                    cx = (mbox[0] + mbox[2]) / 2; w = 0.08 * bem
                    if not (bbox[0] - w <= cx <= bbox[2] + w):
                        bad('drift', 'mark centre %.2f em from base ink' % (min(abs(cx - bbox[0]), abs(cx - bbox[2])) / bem))
                    if t in UPPER:
                        uppers = [s for s in stack if s[0] in UPPER]
                        am = drawn[i + 1] if i + 1 < len(drawn) and drawn[i + 1][0] == '\u0e33' else None
                        if t in TONES and not uppers and am is not None:
                            # Before SARA AM the AM's nikhahit takes the lowered mark's place: the tone sits on it.
                            ai = ink(am, cache)
                            if ai is None: counts['unknown_glyphs'] += 1
                            elif overlap(mbox, ai[0]): bad('collide', 'overlaps the nikhahit of the SARA AM after %s' % bt)
                            elif (mbox[1] - ai[0][3]) / bem > 0.22:
                                bad('float', 'tone mark %.2f em above the SARA AM after its consonant' % ((mbox[1] - ai[0][3]) / bem))
                        elif t in TONES and not uppers:
                            gap = (mbox[1] - bbox[3]) / bem
                            if gap > 0.22: bad('float', 'tone mark %.2f em above its consonant' % gap)
                        for s in uppers:
                            if overlap(mbox, s[1]): bad('collide', 'overlaps the %s above %s' % (s[0], bt))
                    stack.append((t, mbox))
                elif '\u0e01' <= t <= '\u0e2e' or t in 'ฤฦ':
                    base = (t, ink(d, cache)); stack = []
                    if base[1] is None: counts['unknown_glyphs'] += 1
                elif t in FOLLOW or t in LEAD or t.isspace() or not ('\u0e00' <= t <= '\u0e7f'):
                    if not ('\u0e00' <= t <= '\u0e7f'): base = None
                    stack = []
            # cluster breaks: consecutive Thai glyphs in drawing order on different baselines
            prev = None
            for d in drawn:
                t = d[0]
                if len(t) != 1 or not ('\u0e01' <= t <= '\u0e5b'):
                    prev = None if (len(t) != 1 or not t.isspace()) else prev; continue
                y = d[3][5]
                if prev is not None and abs(y - prev[1]) > 0.2 * d[4] * (abs(d[3][3]) or 1):
                    if t in MARKS or t in FOLLOW or prev[0] in LEAD:
                        counts['cluster_breaks'] += 1
                        if len(examples) < 400: examples.append(dict(page=pno, rule='cluster_break', text=prev[0] + '|' + t))
                prev = (t, y)
    for rule in ('split', 'float', 'collide', 'drift', 'cluster_break'):
        ex = [e for e in examples if e['rule'] == rule][:a.max_report]
        for e in ex: print('  %-13s p%d  %s  %s' % (rule, e['page'], e['text'], e.get('why', '')))
    if a.json: json.dump(dict(counts=counts, examples=examples), open(a.json, 'w'), ensure_ascii=False, indent=1)
    ok = all(counts[k] == 0 for k in ('split', 'float', 'collide', 'drift', 'cluster_breaks', 'unknown_glyphs')) and counts['marks'] > 0
    print('thai-typeset: ' + ' '.join('%s=%d' % kv for kv in counts.items()) + ' RESULT: ' + ('PASS' if ok else 'FAIL'))
    sys.exit(0 if ok else 1)

if __name__ == '__main__':
    main()
