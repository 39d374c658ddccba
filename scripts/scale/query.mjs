#!/usr/bin/env node
// Reads the JSON Lines written by `seed-facts extract` (or scripts/scale/dask_extract.py) with DuckDB
// and runs a SQL query over them (docs/SCALE.md). DuckDB's Node API is installed by scripts/scale/install.sh
// into ~/.cache/seed-facts/scale (SEED_FACTS_SCALE_TOOLS overrides), not into the repository.
//
//   node scripts/scale/query.mjs 'OUT/part-*.jsonl'                 the default report (facts per kind, top organizations)
//   node scripts/scale/query.mjs 'OUT/part-*.jsonl' "SELECT ..."    any query; the files are the view `facts`
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

const tools = process.env.SEED_FACTS_SCALE_TOOLS ?? join(homedir(), '.cache', 'seed-facts', 'scale');
let duckdb;
try {
	duckdb = createRequire(join(tools, 'package.json'))('@duckdb/node-api');
} catch {
	console.error(`query: @duckdb/node-api is not installed in ${tools}; run: bash scripts/scale/install.sh`);
	process.exit(2);
}

const [glob, ...sqlParts] = process.argv.slice(2);
if (!glob) {
	console.error("usage: node scripts/scale/query.mjs 'OUT/part-*.jsonl' [SQL over the view facts]");
	process.exit(2);
}

const DEFAULT_QUERIES = [
	['Facts per kind', `SELECT kind, coalesce(sub, '') AS sub, count(*)::INTEGER AS facts, count(DISTINCT file)::INTEGER AS seeds FROM facts GROUP BY ALL ORDER BY facts DESC`],
	['Money by currency', `SELECT unit, count(*)::INTEGER AS amounts, round(sum(value::DOUBLE) / 1e9, 1) AS total_billions FROM facts WHERE kind = 'amount' AND sub = 'money' GROUP BY unit ORDER BY amounts DESC LIMIT 8`],
	['Most cited organizations', `SELECT value AS organization, count(*)::INTEGER AS mentions, count(DISTINCT file)::INTEGER AS seeds FROM facts WHERE kind = 'organization' GROUP BY value ORDER BY mentions DESC LIMIT 10`],
	['Dates per year', `SELECT substr(value, 1, 4) AS year, count(*)::INTEGER AS dates FROM facts WHERE kind = 'date' AND value SIMILAR TO '[0-9]{4}.*' GROUP BY year ORDER BY year`],
];

// `| head`: a closed pipe ends the report quietly.
process.stdout.on('error', (e) => {
	if (e.code === 'EPIPE') process.exit(0);
	throw e;
});

const instance = await duckdb.DuckDBInstance.create(':memory:');
const connection = await instance.connect();
// `value` is a number for amounts and a string for dates and organizations: read every column as text,
// typed per query. The glob is quoted as a SQL string literal.
const literal = `'${glob.replace(/'/g, "''")}'`;
await connection.run(`CREATE VIEW facts AS SELECT * FROM read_json(${literal}, format = 'newline_delimited', columns = {
	file: 'VARCHAR', start: 'BIGINT', "end": 'BIGINT', line: 'BIGINT', "column": 'BIGINT', text: 'VARCHAR', kind: 'VARCHAR',
	sub: 'VARCHAR', value: 'VARCHAR', unit: 'VARCHAR', qualifier: 'VARCHAR', status: 'VARCHAR', sentence: 'VARCHAR' })`);
const queries = sqlParts.length ? [['Query', sqlParts.join(' ')]] : DEFAULT_QUERIES;
for (const [title, sql] of queries) {
	const reader = await connection.runAndReadAll(sql);
	console.log(`\n${title}\n${sql}`);
	console.table(reader.getRowObjectsJson());
}
connection.closeSync();
