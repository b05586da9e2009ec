// Prisma's CLI downloads a native schema engine, which these offline machines cannot fetch.
// The official WebAssembly build of the same engine, driven through our driver adapter, applies
// migrations exactly as `prisma migrate deploy` does (same _prisma_migrations table).
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type * as SchemaEngineBindings from "@prisma/schema-engine-wasm";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

type SchemaEngineModule = typeof SchemaEngineBindings;
let engineModule: Promise<SchemaEngineModule> | undefined;

async function loadEngineModule(): Promise<SchemaEngineModule> {
  // The package is built for bundlers (it imports the .wasm file); in Node we instantiate it ourselves.
  const packageDirectory = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bindings = (await import(pathToFileURL(path.join(packageDirectory, "schema_engine_bg.js")).href)) as SchemaEngineModule & {
    __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
  };
  const wasmBytes = await readFile(path.join(packageDirectory, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

export interface OpenSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes the connections it opened (engine.free() alone leaves them open, holding locks). */
  close(): Promise<void>;
}

export async function openSchemaEngine(
  schemaPath: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  onLog: (message: string) => void = () => {},
): Promise<OpenSchemaEngine> {
  engineModule ??= loadEngineModule();
  const { SchemaEngine: Engine } = await engineModule;
  const schemaText = await readFile(schemaPath, "utf8");
  const connections: SqlDriverAdapter[] = [];
  const trackingFactory: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => {
      const connection = await adapterFactory.connect();
      connections.push(connection);
      return connection;
    },
    connectToShadowDb: async () => {
      const connection = await adapterFactory.connectToShadowDb();
      connections.push(connection);
      return connection;
    },
  };
  const engine = await Engine.new({ datamodels: [[schemaPath, schemaText]] }, onLog, bindMigrationAwareSqlAdapterFactory(trackingFactory));
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(connections.map((connection) => connection.dispose()));
    },
  };
}

export async function readMigrationList(migrationsDirectory: string): Promise<MigrationList> {
  const entries = await readdir(migrationsDirectory, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(migrationsDirectory, name, "migration.sql"), "utf8") },
      },
    })),
  );
  const lockfilePath = path.join(migrationsDirectory, "migration_lock.toml");
  const lockfileContent = await readFile(lockfilePath, "utf8").catch(() => null);
  return {
    baseDir: migrationsDirectory,
    lockfile: { path: "migration_lock.toml", content: lockfileContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

export const noSchemaFilter = { externalTables: [], externalEnums: [] };
