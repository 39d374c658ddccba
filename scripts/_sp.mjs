import * as esbuild from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
const built = await esbuild.build({ entryPoints: ['src/engine/organizations.ts'], bundle: true, format: 'esm', write: false, platform: 'neutral' });
const engine = await import('data:text/javascript;base64,' + Buffer.from(built.outputFiles[0].text).toString('base64'));
const text = readdirSync('seeds').map(f=>readFileSync('seeds/'+f,'utf8')).join('\n');
let big = ''; for (let i=0;big.length<10e6;i++) big += text.replace(/\n/g, ` ${i}\n`);
const lines = big.split('\n');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let r=0;r<4;r++){
let t=cpu(); let n=0;
for (const l of lines) n += engine.findOrganizations(l).length;
let e=cpu()-t; console.log('findOrganizations', (big.length/1e6/(e/1000)).toFixed(1),'MB/s cpu', n);
const all = []; let off=0; for (const l of lines) { for (const m of engine.findOrganizations(l)) all.push({...m, start:m.start+off, end:m.end+off}); off+=l.length+1; }
t=cpu();
const linked = engine.linkOrganizations(big, all, {});
e=cpu()-t; console.log('link', (big.length/1e6/(e/1000)).toFixed(1),'MB/s cpu', linked.length);
}
