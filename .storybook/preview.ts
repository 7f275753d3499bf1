import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';

// Generated from the components' JSDoc by `npm run analyze`, which the Storybook scripts run
// first; a glob, so that a checkout that has not generated it yet still type-checks.
const manifests = import.meta.glob<{ default: object }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;
