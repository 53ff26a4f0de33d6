/**
 * A real WordPress for the tests, from Debian's packages, started once per run and stopped by its own pids:
 * MariaDB as a plain process on a loopback port with its data in a temp folder, and PHP's built-in server over
 * /usr/share/wordpress. Debian's wp-config.php reads /etc/wordpress/config-<host>.php; each run uses its own
 * loopback address (127.x.y.z) as its host, so its config file is its own and two runs never share one.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomInt } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, Socket } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const WORDPRESS = "/usr/share/wordpress";
const INSTALL_HINT =
  "install them with: apt-get install -y wordpress php-cli php-mysql mariadb-server (.ci/run does this in CI)";

export interface WordPress {
  /** http://127.x.y.z:port */
  origin: string;
  /** The wp-content folder: plugins/, themes/, uploads/. */
  content: string;
  /** Runs PHP with WordPress loaded (wp-load.php) and returns what it printed. */
  php(code: string): string;
  /** PHP's notices, warnings and errors so far (WP_DEBUG_LOG). */
  debugLog(): string;
  stop(): Promise<void>;
}

/** Fails with the install hint when a piece is missing: a skipped suite would pass in silence. */
function requireTools() {
  const missing: string[] = [];
  for (const [what, path] of [
    ["wordpress", `${WORDPRESS}/wp-settings.php`],
    ["php-cli", "/usr/bin/php"],
    ["mariadb-server", "/usr/sbin/mariadbd"],
    ["mariadb-server", "/usr/bin/mariadb-install-db"],
  ] as const) {
    if (!existsSync(path)) missing.push(`${what} (${path})`);
  }
  if (missing.length === 0 && !execFileSync("php", ["-m"], { encoding: "utf8" }).includes("mysqli"))
    missing.push("php-mysql (the mysqli extension)");
  if (missing.length) throw new Error(`WordPress tests need ${missing.join(", ")}: ${INSTALL_HINT}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(
  what: string,
  ready: () => Promise<boolean>,
  process: ChildProcess,
  log: () => string,
) {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (process.exitCode !== null) throw new Error(`${what} exited (${process.exitCode}): ${log()}`);
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start in 30 s: ${log()}`);
}

const connects = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = new Socket();
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.connect(port, host);
  });

/**
 * Stops a service and what it forked: each runs in its own process group, since PHP's server forks workers
 * (PHP_CLI_SERVER_WORKERS) that would outlive their parent.
 */
function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Starts MariaDB and PHP, and installs WordPress with an administrator admin / admin-password-1. */
export async function startWordPress(): Promise<WordPress> {
  requireTools();
  const tmp = mkdtempSync(join(tmpdir(), "lantern-wp-"));
  const host = `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(2, 255)}`;
  const configFile = `/etc/wordpress/config-${host}.php`;
  const children: ChildProcess[] = [];
  const logs: Record<string, string> = { mariadb: "", php: "" };
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        killGroup(child, "SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      }
    }
    rmSync(configFile, { force: true });
    rmSync(tmp, { recursive: true, force: true });
  };

  try {
    const data = join(tmp, "data");
    const socket = join(tmp, "mysqld.sock");
    const dbPort = await freePort();
    const user = userInfo().username;
    execFileSync(
      "mariadb-install-db",
      [
        "--no-defaults",
        `--user=${user}`,
        `--datadir=${data}`,
        "--skip-test-db",
        "--auth-root-authentication-method=normal",
      ],
      { stdio: "pipe" },
    );
    const mariadb = spawn(
      "/usr/sbin/mariadbd",
      [
        "--no-defaults",
        `--user=${user}`,
        `--datadir=${data}`,
        `--socket=${socket}`,
        `--port=${dbPort}`,
        "--bind-address=127.0.0.1",
        `--pid-file=${join(tmp, "mysqld.pid")}`,
        "--skip-log-bin",
        "--innodb-buffer-pool-size=32M",
        "--innodb-log-file-size=16M",
      ],
      { stdio: ["ignore", "pipe", "pipe"], detached: true },
    );
    children.push(mariadb);
    // If the run dies without reaching afterAll (Ctrl-C, a crash), its services still go with it.
    process.once("exit", () => {
      for (const child of children) if (child.exitCode === null) killGroup(child, "SIGKILL");
      rmSync(configFile, { force: true });
      rmSync(tmp, { recursive: true, force: true });
    });
    mariadb.stderr?.on("data", (chunk) => {
      logs.mariadb = (logs.mariadb + chunk).slice(-4000);
    });
    await waitFor(
      "MariaDB",
      () => connects("127.0.0.1", dbPort),
      mariadb,
      () => logs.mariadb ?? "",
    );
    execFileSync("mariadb", [
      `--socket=${socket}`,
      "-uroot",
      "-e",
      "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';",
    ]);

    // The content folder: Debian's themes (Twenty Twenty-Three) copied, and an empty plugins folder for the upload.
    const content = join(tmp, "wp-content");
    mkdirSync(join(content, "plugins"), { recursive: true });
    mkdirSync(join(content, "uploads"), { recursive: true });
    cpSync(join(WORDPRESS, "wp-content/themes"), join(content, "themes"), { recursive: true });
    const phpPort = await freePort();
    const origin = `http://${host}:${phpPort}`;
    writeFileSync(
      configFile,
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', '127.0.0.1:${dbPort}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${origin}/wp-content');
define('FS_METHOD', 'direct');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(tmp, "debug.log")}');
$table_prefix = 'wp_';
`,
    );
    const router = join(dirname(fileURLToPath(import.meta.url)), "router.php");
    const php = spawn("php", ["-S", `${host}:${phpPort}`, "-t", WORDPRESS, router], {
      env: { ...process.env, LANTERN_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: "4" },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so stopping it stops its workers too.
      detached: true,
    });
    children.push(php);
    php.stderr?.on("data", (chunk) => {
      logs.php = (logs.php + chunk).slice(-4000);
    });
    await waitFor(
      "PHP",
      () => connects(host, phpPort),
      php,
      () => logs.php ?? "",
    );

    const install = await fetch(`${origin}/wp-admin/install.php?step=2`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        weblog_title: "Town of Lantern",
        user_name: "admin",
        admin_password: "admin-password-1",
        admin_password2: "admin-password-1",
        pw_weak: "1",
        admin_email: "admin@example.org",
        blog_public: "0",
        language: "",
      }),
    });
    const page = await install.text();
    if (!page.includes("Success!")) throw new Error(`WordPress did not install: ${page.slice(0, 2000)}`);

    const wordpress: WordPress = {
      origin,
      content,
      php(code: string) {
        const script = `<?php
$_SERVER['HTTP_HOST'] = '${host}:${phpPort}';
$_SERVER['REQUEST_URI'] = '/';
require '${WORDPRESS}/wp-load.php';
${code}`;
        const file = join(tmp, `script-${randomInt(1e9)}.php`);
        writeFileSync(file, script);
        try {
          return execFileSync("php", [file], {
            encoding: "utf8",
            env: { ...process.env, LANTERN_WP_CONTENT: content },
          });
        } finally {
          rmSync(file, { force: true });
        }
      },
      debugLog: () =>
        existsSync(join(tmp, "debug.log")) ? readFileSync(join(tmp, "debug.log"), "utf8") : "",
      stop,
    };
    // Plain links (?p=123): the install turns on date-based ones, and a draft published later has no slug, so its
    // pretty link would be a date archive.
    wordpress.php("update_option('permalink_structure', ''); flush_rewrite_rules();");
    return wordpress;
  } catch (error) {
    await stop();
    throw error;
  }
}
