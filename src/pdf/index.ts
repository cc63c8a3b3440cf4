export { printPages, pdfFileName, normalisePagePath } from './print.ts';
export type { PrintJob, PrintOptions, PrintedPdf } from './print.ts';
export { serveStatic } from './static-server.ts';
export type { StaticServer, ServeOptions } from './static-server.ts';
export { launchChromium, chromiumAvailable, CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
