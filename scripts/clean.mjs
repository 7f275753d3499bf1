// Empties dist/ before a build, so that no artifact of an earlier build survives into a package.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
