/** The package's version, as package.json gives it (a test keeps the two equal); citations name it. */
export const VERSION = '0.2.0';
