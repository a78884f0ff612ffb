// Renders icons/icon.svg to the PNG sizes the stores need. Run after editing the SVG; the PNGs are committed.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '../icons');
const svg = readFileSync(resolve(dir, 'icon.svg'), 'utf8');
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: true } }).render().asPng();
  writeFileSync(resolve(dir, `icon-${size}.png`), png);
}
console.log('icons written');
