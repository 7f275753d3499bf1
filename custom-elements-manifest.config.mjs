// custom-elements.json is generated from the components' JSDoc on every build, so the docs and
// Storybook's controls cannot drift from the code.
export default {
  globs: ['src/components/compute-threshold-calculator.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
