import { expectConsoleError } from './setup.js';

describe('the check after every test (test/setup.ts)', () => {
  it('lets a test provoke a console error it expects, by pattern', () => {
    expectConsoleError(/^Deliberate: /);
    console.error('Deliberate: the console error this test expects');
  });
});
