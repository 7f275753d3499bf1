// npm run schema: writes the parts of src/data/rule-set.schema.json that derive from the engine
// (the condition definitions from the metric registry, the status enum), so that adding a metric
// is one definition in src/core/metrics/registry.ts. The test of the schema fails until this ran.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../src/data/rule-set.schema.json', import.meta.url);
const bundle = await build({
  entryPoints: [new URL('./rule-set-schema-conditions.ts', import.meta.url).pathname],
  bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error',
});
const { generatedSchemaParts } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
const schema = JSON.parse(readFileSync(file, 'utf8'));
const parts = generatedSchemaParts();
schema.properties.status = parts.status;
schema.$defs.condition = parts.condition;
writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
console.log('src/data/rule-set.schema.json: conditions and statuses written from the registry');
