export const root: string;
export function run(command: string, args: string[], options?: object): number;
export function runOrExit(command: string, args: string[], options?: object): void;
export function ensureDependencies(): void;
export function ensureBuilt(options?: { force?: boolean; web?: boolean }): void;
