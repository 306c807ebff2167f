export interface ResourceMethod {
  readonly namespace: string[];
  readonly name: string;
  readonly path: string;
  readonly method: string;
  readonly operationId: string;
  readonly summary: string;
  readonly pathParameters: string[];
  readonly hasBody: boolean;
  readonly isBodyRequired: boolean;
  readonly hasQuery: boolean;
  readonly isQueryRequired: boolean;
  readonly isPaginated: boolean;
}
export declare function collectResourceMethods(document: unknown): ResourceMethod[];
