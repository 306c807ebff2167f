import { defineConfig } from "drizzle-kit";

// Generates the committed SQL migrations in ./drizzle from the schema (one table per file).
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema/index.ts",
  out: "./drizzle",
  casing: "snake_case",
});
