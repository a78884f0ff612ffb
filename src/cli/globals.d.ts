/** The package version, written in by the CLI build (vite.config.ts `define`). */
declare const __WHOSAID_VERSION__: string;
