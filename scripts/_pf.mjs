import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { createExtractor } = require('../dist/engine.js');
const seed = readdirSync('seeds').map(f=>readFileSync('seeds/'+f,'utf8')).join('\n');
const lines = seed.split('\n');
let parts=[]; let len=0; for (let r=0; len<5e6; r++){ const b = lines.map(l=>l.trim()? l+' x'+String.fromCharCode(97+r%26)+String.fromCharCode(97+(r/26|0)%26):l).join('\n')+'\n'; parts.push(b); len+=b.length; }
const text = parts.join('');
const mode = process.argv[2];
const ex = createExtractor();
ex.extract(text);
for (let i=0;i<2;i++) { if (mode==='cold') createExtractor().extract(text); else ex.extract(text); }
