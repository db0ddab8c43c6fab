export declare const PARTS: Record<'server' | 'client', { output: string; sources: string[] }>;
export declare function newestMtime(p: string): number;
export declare function staleParts(root?: string): Array<'server' | 'client'>;
