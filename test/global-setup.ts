import type { TestProject } from "vitest/node";
import { writePgliteTemplate } from "./pglite-template";
import { startPostgresCluster } from "./postgres-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
    pgliteTemplate: string;
  }
}

/**
 * One throwaway PostgreSQL cluster and one migrated PGlite template for the whole unit-test run;
 * each test file makes its own database.
 */
export default async function setup(project: TestProject) {
  const [cluster, template] = await Promise.all([startPostgresCluster(), writePgliteTemplate()]);
  project.provide("postgresUrl", cluster.url);
  project.provide("pgliteTemplate", template.file);
  return () => {
    cluster.stop();
    template.remove();
  };
}
