// The shape of one schema file as the registry reads it: JSON with an `$id`.
export interface SchemaDocument {
  $id: string;
  [keyword: string]: unknown;
}
