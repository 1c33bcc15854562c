/** The flags every headless Chromium of this project starts with (see chromium-args.mjs). */
export declare const CHROMIUM_ARGS: readonly string[];
