// The single source of podscope's version; a test keeps it equal to package.json's.

/** podscope's version, printed by `--version` and written into JSON and SARIF reports. */
export const VERSION = '0.1.0';
