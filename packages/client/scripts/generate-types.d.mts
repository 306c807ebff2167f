export declare const generatedHeader: string;
export declare function generateClientTypes(document: unknown): Promise<string>;
export declare function generateClientFiles(document: unknown): Promise<Record<string, string>>;
