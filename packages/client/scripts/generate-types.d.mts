export declare const generatedHeader: string;
export declare function generateClientTypes(document: unknown): Promise<string>;
