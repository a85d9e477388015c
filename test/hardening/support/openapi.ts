/** The parts of an OpenAPI 3 document the fuzzing suite reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  format?: string;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId?: string;
        parameters?: {
          name: string;
          in: string;
          required?: boolean;
          schema?: Schema;
        }[];
        requestBody?: { content: Record<string, { schema?: Schema }> };
        security?: unknown[];
      }
    >
  >;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  /** `POST /api/events/{id}/sessions` */
  key: string;
  method: string;
  path: string;
  pathParams: string[];
  query: Record<string, Schema>;
  /** the JSON body's schema, resolved; undefined when the operation takes no body */
  body?: Schema;
}

/** Follows $ref and single allOf wrappers; keeps the outer example and nullable. */
export function resolveSchema(
  doc: OpenApiDocument,
  s: Schema | undefined,
): Schema {
  if (!s) return {};
  if (s.$ref) {
    const name = s.$ref.split('/').pop()!;
    return resolveSchema(doc, doc.components?.schemas?.[name]);
  }
  if (s.allOf?.length === 1) {
    const { allOf, ...outer } = s;
    return { ...resolveSchema(doc, allOf[0]), ...outer };
  }
  return s;
}

export function operations(doc: OpenApiDocument): Operation[] {
  const out: Operation[] = [];
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops)) {
      const params = op.parameters ?? [];
      const json = op.requestBody?.content['application/json']?.schema;
      out.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: Object.fromEntries(
          params
            .filter((p) => p.in === 'query')
            .map((p) => [p.name, resolveSchema(doc, p.schema)]),
        ),
        body: json ? resolveSchema(doc, json) : undefined,
      });
    }
  return out;
}
