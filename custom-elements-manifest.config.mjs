// custom-elements.json is generated from the components' JSDoc on every build, so the docs and
// Storybook's controls cannot drift from the code. Only the public API goes in: private and
// protected members, statics and lifecycle methods are left out, so that Storybook's Controls
// list the attributes and properties a page can set, and nothing of the element's insides.

const LIFECYCLE = new Set(['willUpdate', 'updated', 'render', 'connectedCallback', 'disconnectedCallback', 'firstUpdated']);

function publicOnly() {
  return {
    name: 'public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter((member) =>
            member.privacy !== 'private' && member.privacy !== 'protected' && !member.static
            && !member.name.startsWith('_') && !member.name.startsWith('#') && !LIFECYCLE.has(member.name));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/calculator/compute-threshold-calculator.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicOnly()],
};
