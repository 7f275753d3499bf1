// Writes the framework typings of the package's custom elements from custom-elements.json, after
// `tsc -p tsconfig.build.json` has written the element's own declarations (run by `npm run build`):
//
//   dist/types/frameworks/props.d.ts   every element's attributes, properties and events, as data
//   dist/types/frameworks/react.d.ts   React 19 JSX:  `compute-threshold-calculator/types/react`
//   dist/types/frameworks/vue.d.ts     Vue GlobalComponents:  `compute-threshold-calculator/types/vue`
//   dist/types/frameworks/svelte.d.ts  Svelte's svelteHTML elements:  `compute-threshold-calculator/types/svelte`
//
// Names and docs come from the manifest, types from the element class itself (`Element['chip']`), so an
// attribute, property or event added to the element appears here on the next build, typed as in the
// code. Each framework file is its own entry point: the React one augments the module 'react', which
// would not resolve in a Vue or a plain app, so none of them is loaded unless asked for.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const outDir = new URL('dist/types/frameworks/', root);
const TYPES_FROM = '../index.js';

/** The names the package root exports (the element classes and their event types must be among them). */
const rootTypes = readFileSync(new URL('dist/types/index.d.ts', root), 'utf8');
const exported = new Set();
for (const [, list] of rootTypes.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
  for (const item of list.split(',')) {
    const name = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()?.trim();
    if (name) exported.add(name);
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const key = (name) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));
const pascal = (name) => name.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const doc = (text, indent) => {
  const clean = (text ?? '').replace(/\*\//g, '*\\/').trim();
  if (!clean) return '';
  return `${indent}/** ${clean.split('\n').join(`\n${indent} * `)} */\n`;
};

const warnings = [];
const elements = [];
for (const module of manifest.modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    const className = declaration.name;
    if (!exported.has(className)) {
      warnings.push(`<${declaration.tagName}>: its class ${className} is not exported from the package root; no framework types for it`);
      continue;
    }
    const fields = (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected');
    const fieldNames = new Set(fields.map((f) => f.name));
    const writable = fields.filter((f) => !f.readonly);
    const attributes = declaration.attributes ?? [];
    const attributeOf = new Map(attributes.filter((a) => a.fieldName).map((a) => [a.fieldName, a]));
    const valueOf = (field) => `${className}[${JSON.stringify(field)}]`;

    // As React 19 and Svelte 5 set them: a name the element has as a property is set as that
    // property; any other name is set as an attribute, from text.
    const domProps = [];
    for (const attribute of attributes) {
      if (fieldNames.has(attribute.name)) continue; // set as the property of that name, below
      const type = attribute.fieldName ? `AttributeValue<${valueOf(attribute.fieldName)}>` : 'string';
      domProps.push({ name: attribute.name, type, description: attribute.description });
    }
    for (const field of writable) {
      const attribute = attributeOf.get(field.name);
      domProps.push({ name: field.name, type: valueOf(field.name), description: field.description ?? attribute?.description });
    }

    // As Vue's templates name them: `rule-set` and `ruleSet` are one prop, `ruleSet`. Vue sets a name the element has as a
    // property as that property and any other as an attribute, so a property with an attribute takes either value.
    const vueProps = [];
    for (const field of writable) {
      const attribute = attributeOf.get(field.name);
      const viaAttribute = attribute !== undefined && !fieldNames.has(attribute.name); // `heading-level="2"` is an attribute
      vueProps.push({ name: field.name, type: viaAttribute ? `AttributeValue<${valueOf(field.name)}>` : valueOf(field.name), description: field.description ?? attribute?.description });
    }

    const events = [];
    for (const event of declaration.events ?? []) {
      if (!event.name) continue;
      const declared = event.type?.text;
      const conventional = `${pascal(event.name)}Event`;
      let type;
      if (declared && exported.has(declared)) type = declared;
      else if (exported.has(conventional)) type = conventional;
      else {
        type = 'CustomEvent<unknown>';
        warnings.push(`<${declaration.tagName}> event ${event.name}: no exported type ${conventional} (or @fires {Type}); typed as CustomEvent<unknown>`);
      }
      events.push({ name: event.name, type, description: event.description });
    }
    elements.push({ tag: declaration.tagName, className, description: declaration.summary ?? declaration.description, domProps, vueProps, events });
  }
}
if (elements.length === 0) throw new Error('framework-types: custom-elements.json lists no custom element exported from the package root');

const header = `// Generated by scripts/framework-types.mjs from custom-elements.json at build; do not edit.\n`;
const typeImports = [...new Set(elements.flatMap((e) => [e.className, ...e.events.map((ev) => ev.type).filter((t) => exported.has(t))]))];

let props = `${header}import type { ${typeImports.join(', ')} } from '${TYPES_FROM}';

/** A value given as an attribute: a number may also be written as its text ("2"). */
export type AttributeValue<T> = T extends number ? T | \`\${number}\` : T;
`;
for (const e of elements) {
  props += `
/**
 * <${e.tag}>'s attributes and properties as React 19 and Svelte 5 set them on the element: a name the
 * element has as a property (\`chip\`, \`spec\`) is set as that property, any other (\`rule-set\`) as an
 * attribute. \`null\` and \`undefined\` mean "not set".
 */
export interface ${e.className}Props {
${e.domProps.map((p) => `${doc(p.description, '  ')}  ${key(p.name)}?: ${p.type} | null | undefined;`).join('\n')}
}

/** <${e.tag}>'s props as Vue's templates name them (\`rule-set\` is \`ruleSet\`), with its events' listeners. */
export interface ${e.className}VueProps {
${e.vueProps.map((p) => `${doc(p.description, '  ')}  ${key(p.name)}?: ${p.type} | null | undefined;`).join('\n')}
${e.events.map((ev) => `${doc(ev.description, '  ')}  ${key(`on${pascal(ev.name)}`)}?: (event: ${ev.type}) => void;`).join('\n')}
}

/** The events <${e.tag}> dispatches, by name. */
export interface ${e.className}EventMap {
${e.events.map((ev) => `${doc(ev.description, '  ')}  ${key(ev.name)}: ${ev.type};`).join('\n')}
}
`;
}

const listeners = (e, prefix) => e.events.map((ev) => `${doc(ev.description, '  ')}  ${key(`${prefix}${ev.name}`)}?: (event: ${ev.type}) => void;`).join('\n');

const react = `${header}// React 19 sets a custom element's properties and listens to its events (\`onctc-result\`):
//   import type {} from 'compute-threshold-calculator/types/react';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${typeImports.join(', ')} } from '${TYPES_FROM}';
import type { ${elements.map((e) => `${e.className}Props`).join(', ')} } from './props.js';
${elements.map((e) => `
/** <${e.tag}> in React 19 JSX: its attributes and properties, \`on<event>\` listeners, and React's own props. */
export type ${e.className}JsxProps = Omit<DetailedHTMLProps<HTMLAttributes<${e.className}>, ${e.className}>, keyof ${e.className}Props>
  & ${e.className}Props & {
${listeners(e, 'on')}
};
`).join('')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `${doc(e.description?.split('\n\n')[0], '      ')}      ${key(e.tag)}: ${e.className}JsxProps;`).join('\n')}
    }
  }
}
`;

const vue = `${header}// Vue's templates (vue-tsc, Volar) type \`<compute-threshold-calculator :spec.prop="spec" @ctc-result="…">\` from this:
//   import type {} from 'compute-threshold-calculator/types/vue';
import type { DefineComponent } from 'vue';
import type { ${elements.map((e) => `${e.className}VueProps`).join(', ')} } from './props.js';

declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `${doc(e.description?.split('\n\n')[0], '    ')}    ${key(e.tag)}: DefineComponent<${e.className}VueProps>;`).join('\n')}
  }
}
`;

const svelte = `${header}// Svelte (svelte-check) types \`<compute-threshold-calculator chip="…" onctc-result={…}>\` from this:
//   import type {} from 'compute-threshold-calculator/types/svelte';
import type { HTMLAttributes } from 'svelte/elements';
import type { ${typeImports.join(', ')} } from '${TYPES_FROM}';
import type { ${elements.map((e) => `${e.className}Props`).join(', ')} } from './props.js';
${elements.map((e) => `
/** <${e.tag}> in Svelte markup: its attributes and properties, and \`onctc-…\` (Svelte 5) or \`on:ctc-…\` (Svelte 4) listeners. */
export type ${e.className}SvelteProps = Omit<HTMLAttributes<${e.className}>, keyof ${e.className}Props>
  & ${e.className}Props & {
${listeners(e, 'on')}
${listeners(e, 'on:')}
};
`).join('')}
declare global {
  namespace svelteHTML {
    interface IntrinsicElements {
${elements.map((e) => `      ${key(e.tag)}: ${e.className}SvelteProps;`).join('\n')}
    }
  }
}
`;

mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('props.d.ts', outDir), props);
writeFileSync(new URL('react.d.ts', outDir), react);
writeFileSync(new URL('vue.d.ts', outDir), vue);
writeFileSync(new URL('svelte.d.ts', outDir), svelte);
for (const warning of warnings) console.warn(`framework-types: ${warning}`);
console.log(`framework-types: ${elements.map((e) => `<${e.tag}> (${e.domProps.length} props, ${e.events.length} events)`).join(', ')} → dist/types/frameworks/{props,react,vue,svelte}.d.ts`);
