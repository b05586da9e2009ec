// Starts `npm start` (production build) on an empty data directory, as a new installation would.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

const dataDirectory = process.env.TAHQIQ_DATA_DIR ?? ".test-data/e2e";
rmSync(dataDirectory, { recursive: true, force: true });
rmSync("e2e/.auth", { recursive: true, force: true });
const server = spawn("npm", ["start"], { stdio: "inherit", env: { ...process.env, TAHQIQ_DATA_DIR: dataDirectory } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
