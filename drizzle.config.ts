// drizzle-kit: generates SQL migrations from db/src/schema.ts into db/migrations (committed).
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/src/schema.ts",
  out: "./db/migrations",
});
