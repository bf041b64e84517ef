"""The stylesheet of the office's ITA web page: Thai system fonts (no web font to fetch),
one readable column on a phone, a wider two-column item grid on a desktop screen, and a
print style that shows each link's address after its title and keeps an item on one page."""

STYLE = """\
:root {
  --ink: #1b1b1b;
  --muted: #5a5a5a;
  --accent: #0b5394;
  --rule: #d0d7de;
  --band: #eef3f8;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  color: var(--ink);
  background: #fff;
  font-family: "Sarabun", "TH Sarabun New", "Noto Sans Thai", "Leelawadee UI", "Tahoma", sans-serif;
  font-size: 1.05rem;
  line-height: 1.65;
}
header, main, footer { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; padding-bottom: 1rem; border-bottom: 3px solid var(--accent); }
.agency { font-size: 1.3rem; font-weight: bold; margin: 0; }
.place, .intro, .site { margin: 0.2rem 0; color: var(--muted); }
h1 { font-size: 1.45rem; line-height: 1.4; margin: 0.6rem 0 0.3rem; color: var(--accent); }
h2 {
  font-size: 1.15rem;
  margin: 1.6rem 0 0.6rem;
  padding: 0.4rem 0.7rem;
  background: var(--band);
  border-left: 5px solid var(--accent);
}
.item { padding: 0.6rem 0 0.7rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 0 0 0.3rem; }
.code {
  display: inline-block;
  min-width: 3.2rem;
  padding: 0 0.4rem;
  margin-right: 0.3rem;
  border-radius: 0.3rem;
  background: var(--accent);
  color: #fff;
  text-align: center;
  font-weight: bold;
}
.links { margin: 0; padding-left: 1.4rem; }
.links li { margin: 0.15rem 0; }
a { color: var(--accent); overflow-wrap: anywhere; }
a:visited { color: #5b2a86; }
.note, .none, .not-web { color: var(--muted); }
.none { margin: 0; }
.not-web { overflow-wrap: anywhere; }
footer { padding-top: 1rem; padding-bottom: 2rem; color: var(--muted); font-size: 0.95rem; }
@media (min-width: 48rem) {
  .item { display: grid; grid-template-columns: 22rem 1fr; gap: 1rem; }
  h3 { margin: 0; }
}
@media print {
  body { font-size: 11pt; line-height: 1.45; }
  header, main, footer { max-width: none; padding: 0; }
  h2 { background: none; border-left: 3pt solid #000; break-after: avoid; }
  .item { display: block; break-inside: avoid; }
  .code { background: none; color: #000; border: 1pt solid #000; }
  a { color: #000; text-decoration: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 9pt; color: #333; overflow-wrap: anywhere; }
}
"""
