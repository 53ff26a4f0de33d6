/**
 * The plugin in a real WordPress 6.1 (Debian's, on MariaDB and PHP), driven in Debian's Chromium: upload
 * dist/lantern.zip as an administrator would, configure it, add a block through the block editor as a contributor,
 * publish pages with every widget and a classic post with the shortcode, and check what a visitor gets under Twenty
 * Twenty-Three: each widget in its shadow root, one async script with its SRI hash, no request to anyone else, no
 * hostile attribute turned into script, and no axe violation inside a widget.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parsePartnerConfig } from "@lantern/sdk/overrides";
import { chromiumLaunchOptions } from "@lantern/testing/chromium";
import { resolveTheme } from "@lantern/widgets/theme";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWordPress, type WordPress } from "./wordpress.js";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
// Read once at the start, so a rebuild during the run cannot change what is tested. The manifest is that of the embed
// files inside the plugin: the hash the page must carry is that of the file it serves.
const zip = readFileSync(join(root, "dist/lantern.zip"));
const manifest = JSON.parse(readFileSync(join(root, "dist/lantern/embed/manifest.json"), "utf8"));
const EMBED_INTEGRITY = manifest.files.find((file: { path: string }) => file.path === "embed.js").integrity;
const content = (lang: string) =>
  JSON.parse(readFileSync(require.resolve(`@lantern/sdk/content/${lang}.json`), "utf8")) as {
    ui: Record<string, string>;
  };
const en = content("en");
const fr = content("fr");

/** Each widget and the text its first render shows. */
const HEADINGS = {
  "quick-exit": "quickExit.label",
  "warning-signs": "warningSigns.heading",
  "report-button": "reportButton.label",
  "at-risk": "atRisk.heading",
  "myths-facts": "mythsFacts.heading",
  "help-directory": "helpDirectory.heading",
} as const;

let wp: WordPress;
let browser: Browser;
let admin: BrowserContext;

/** A context that can reach WordPress and nothing else, recording every request it tried. */
async function newContext() {
  const context = await browser.newContext();
  // WordPress's admin and block editor are heavy: on a busy 2-core machine a step can take more than Playwright's 30 s.
  context.setDefaultTimeout(120_000);
  const outside: string[] = [];
  await context.route(
    (url) => url.origin !== wp.origin,
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  return { context, outside };
}

async function logIn(context: BrowserContext, user: string, password: string) {
  const page = await context.newPage();
  await page.goto(`${wp.origin}/wp-login.php`);
  await page.fill("#user_login", user);
  await page.fill("#user_pass", password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click("#wp-submit")]);
  return page;
}

/** A visitor's view: logged out, console and requests recorded. */
async function visit(path: string) {
  const { context, outside } = await newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const warnings: string[] = [];
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
    if (message.type() === "warning") warnings.push(message.text());
  });
  await page.goto(`${wp.origin}${path}`);
  return { page, context, outside, problems, warnings };
}

async function shadowText(page: Page, selector: string): Promise<string> {
  await page.waitForFunction(
    (sel) => (document.querySelector(sel)?.shadowRoot?.textContent ?? "").trim().length > 5,
    selector,
  );
  return page.evaluate((sel) => document.querySelector(sel)?.shadowRoot?.textContent ?? "", selector);
}

/** Publishes a post by PHP (as the administrator) and returns its path. */
function publish(title: string, body: string, type = "post"): string {
  const id = wp.php(`
    wp_set_current_user(1);
    echo wp_insert_post(array('post_title' => ${JSON.stringify(title)}, 'post_content' => wp_slash(${phpString(body)}),
      'post_status' => 'publish', 'post_type' => '${type}'), true);`);
  expect(id).toMatch(/^\d+$/);
  return `/?p=${id}${type === "page" ? "&post_type=page" : ""}`;
}

/**
 * Sets the site's language. Written to the database directly: update_option('WPLANG') accepts only languages whose
 * WordPress translations are installed, and Debian ships French for fr_FR only; the plugin needs none of them.
 */
function siteLocale(locale: string) {
  wp.php(`global $wpdb; $wpdb->query($wpdb->prepare("INSERT INTO $wpdb->options (option_name, option_value, autoload)
    VALUES ('WPLANG', %s, 'yes') ON DUPLICATE KEY UPDATE option_value = VALUES(option_value)", '${locale}'));`);
}

/** A PHP single-quoted string literal. */
const phpString = (text: string) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

beforeAll(async () => {
  wp = await startWordPress();
  browser = await chromium.launch(chromiumLaunchOptions());
  ({ context: admin } = await newContext());
});

afterAll(async () => {
  await browser?.close();
  await wp?.stop();
});

describe("the plugin in WordPress 6.1", () => {
  it("installs from lantern.zip through Plugins → Add New → Upload, and activates", async () => {
    const page = await logIn(admin, "admin", "admin-password-1");
    await page.goto(`${wp.origin}/wp-admin/plugin-install.php?tab=upload`);
    await page.setInputFiles("#pluginzip", { name: "lantern.zip", mimeType: "application/zip", buffer: zip });
    await Promise.all([page.waitForLoadState("load"), page.click("#install-plugin-submit")]);
    await page.getByText("Plugin installed successfully.").waitFor();
    await Promise.all([
      page.waitForURL(/plugins\.php/),
      page.getByRole("link", { name: "Activate Plugin" }).click(),
    ]);
    expect(await page.locator("#message").textContent()).toContain("Plugin activated.");
    expect(
      wp.php("echo in_array('lantern/lantern.php', get_option('active_plugins'), true) ? 'yes' : 'no';"),
    ).toBe("yes");
    await page.close();
  });

  it("settings: rejects a bad phone number and a theme that fails contrast, with the embed's messages", async () => {
    const page = await admin.newPage();
    await page.goto(`${wp.origin}/wp-admin/options-general.php?page=lantern`);
    await page.fill("#lantern-contact-0-name-en", "Town police (non-emergency)");
    await page.fill("#lantern-contact-0-phone", "call 905");
    await page.fill("#lantern-theme--lantern-color-accent", "#ffdd00");
    await page.click("#submit");

    // The messages the embed would print for the same configuration, from the same code.
    const phone = parsePartnerConfig({
      contacts: [
        {
          name: { en: "Town police (non-emergency)" },
          role: "support",
          channels: [{ kind: "phone", value: "call 905" }],
        },
      ],
    }).problems;
    const theme = resolveTheme({ "--lantern-color-accent": "#ffdd00" }).problems;
    expect(phone.map((problem) => problem.path)).toEqual(["contacts.0.channels.0.value"]);
    expect(theme.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.textContent("#lantern-contact-0-phone-problem"))
      .toBe(phone.map((problem) => problem.message).join(" "));
    expect(await page.textContent("#lantern-theme--lantern-color-accent-problem")).toBe(
      theme
        .filter((problem) => problem.field === "--lantern-color-accent")
        .map((problem) => problem.message)
        .join(" "),
    );
    expect(await page.getAttribute("#lantern-contact-0-phone", "aria-invalid")).toBe("true");
    expect(await page.locator("#lantern-summary").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("lantern-contact-0-phone");
    // Nothing was saved.
    expect(wp.php("echo wp_json_encode(get_option('lantern_settings', null));")).toBe("null");

    // Fixed, it saves; the next page load shows what was kept.
    await page.fill("#lantern-contact-0-phone", "905-555-0100");
    await page.fill("#lantern-contact-0-name-fr", "Police municipale (non urgent)");
    await page.fill("#lantern-theme--lantern-color-accent", "#5b2a86");
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click("#submit")]);
    expect(await page.textContent("#setting-error-settings_updated")).toContain("Settings saved.");
    const saved = JSON.parse(wp.php("echo wp_json_encode(get_option('lantern_settings'));"));
    expect(saved.contacts).toEqual([
      {
        name: { en: "Town police (non-emergency)", fr: "Police municipale (non urgent)" },
        role: "support",
        channels: [{ kind: "phone", value: "905-555-0100" }],
      },
    ]);
    expect(saved.theme).toEqual({ "--lantern-color-accent": "#5b2a86" });
    expect(saved.source).toBe("self");
    await page.close();
  });

  it("settings: the admin UI speaks French on a French site", async () => {
    siteLocale("fr_CA");
    try {
      const page = await admin.newPage();
      await page.goto(`${wp.origin}/wp-admin/options-general.php?page=lantern`);
      expect(await page.textContent(".wrap h2")).toBe("Vos coordonnées");
      expect(await page.textContent("label[for=lantern-contact-0-phone]")).toBe("Téléphone");
      await page.close();
    } finally {
      siteLocale("");
    }
  });

  it("a contributor (no unfiltered_html) adds a block in the block editor, with a live preview", async () => {
    wp.php(`
      $id = wp_insert_user(array('user_login' => 'contributor', 'user_pass' => 'contributor-password-1',
        'user_email' => 'contributor@example.org', 'role' => 'contributor'));
      echo user_can($id, 'unfiltered_html') ? 'unfiltered' : 'filtered';`);
    const { context } = await newContext();
    const page = await logIn(context, "contributor", "contributor-password-1");
    await page.goto(`${wp.origin}/wp-admin/post-new.php`);
    const guide = page.getByRole("dialog", { name: /Welcome to the block editor/i });
    await page.waitForSelector(".edit-post-header");
    if (await guide.isVisible().catch(() => false)) await page.keyboard.press("Escape");
    await page.getByRole("textbox", { name: "Add title" }).fill("Know the signs");

    await page.getByRole("button", { name: "Toggle block inserter" }).click();
    await page.getByPlaceholder("Search").fill("Lantern");
    await page.getByRole("option", { name: "Lantern: warning signs" }).click();
    // The preview is the real widget, mounted by the embed in the editor.
    expect(await shadowText(page, ".editor-styles-wrapper lantern-warning-signs")).toContain(
      en.ui["warningSigns.heading"],
    );
    // A setting in the sidebar changes the preview.
    await page.getByRole("button", { name: "Settings", exact: true }).first().click();
    const language = page.getByLabel("Language");
    if (!(await language.isVisible())) await page.getByRole("tab", { name: "Block" }).click();
    await page.getByLabel("Language").selectOption("fr");
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.querySelector(".editor-styles-wrapper lantern-warning-signs")?.getAttribute("lang"),
        ),
      )
      .toBe("fr");
    expect(await shadowText(page, ".editor-styles-wrapper lantern-warning-signs")).toContain(
      fr.ui["warningSigns.heading"],
    );

    await page.getByRole("button", { name: "Save draft" }).click();
    await page.waitForFunction(() => {
      const editor = (
        window as unknown as {
          wp: { data: { select(store: string): { isSavingPost(): boolean; isEditedPostDirty(): boolean } } };
        }
      ).wp.data.select("core/editor");
      return !editor.isSavingPost() && !editor.isEditedPostDirty();
    });
    const saved = JSON.parse(
      wp.php(`$p = get_posts(array('post_status' => 'draft', 'title' => 'Know the signs', 'numberposts' => 1));
        echo wp_json_encode(array('id' => $p[0]->ID, 'content' => $p[0]->post_content, 'author' => get_the_author_meta('user_login', $p[0]->post_author)));`),
    );
    expect(saved.author).toBe("contributor");
    expect(saved.content).toContain('<!-- wp:lantern/warning-signs {"lang":"fr"} /-->');
    await context.close();

    // Published by an editor, the contributor's widget works for visitors.
    wp.php(`wp_publish_post(${saved.id});`);
    const { page: view, problems, context: visitor } = await visit(`/?p=${saved.id}`);
    expect(await shadowText(view, "lantern-warning-signs")).toContain(fr.ui["warningSigns.heading"]);
    expect(problems).toEqual([]);
    await visitor.close();
  });

  it("a pasted snippet saved by a contributor keeps its element (not its script), and the plugin brings the script", async () => {
    const id = wp.php(`
      wp_set_current_user(get_user_by('login', 'contributor')->ID);
      kses_init();
      echo wp_insert_post(array('post_title' => 'Pasted', 'post_status' => 'draft', 'post_content' =>
        '<script src="https://cdn.example.org/lantern/v1/embed.js" async></script><lantern-at-risk lang="en" onclick="alert(1)"></lantern-at-risk>'));`);
    const stored = wp.php(`echo get_post(${id})->post_content;`);
    expect(stored).not.toContain("<script");
    expect(stored).not.toContain("onclick");
    expect(stored).toContain('<lantern-at-risk lang="en"></lantern-at-risk>');
    wp.php(`wp_publish_post(${id});`);
    const { page, context, outside } = await visit(`/?p=${id}`);
    expect(await shadowText(page, "lantern-at-risk")).toContain(en.ui["atRisk.heading"]);
    expect(outside).toEqual([]);
    await context.close();
  });
});

describe("what a visitor gets", () => {
  let allWidgets: string;
  beforeAll(() => {
    allWidgets = publish(
      "Community safety",
      Object.keys(HEADINGS)
        .map(
          (name) => `<!-- wp:lantern/${name} ${name === "help-directory" ? '{"region":"CA-ON"} ' : ""}/-->`,
        )
        .join("\n\n"),
      "page",
    );
  });

  it("every widget in its shadow root, inside Twenty Twenty-Three, with one async script carrying its SRI hash", async () => {
    const { page, context, outside, problems } = await visit(allWidgets);
    for (const [name, key] of Object.entries(HEADINGS)) {
      expect(await shadowText(page, `lantern-${name}`), name).toContain(en.ui[key]);
    }
    // The partner's own contact, saved in Settings → Lantern by the settings test above, in the help directory.
    expect(await shadowText(page, "lantern-help-directory")).toContain("Town police (non-emergency)");
    const scripts = await page.$$eval('script[src*="embed.js"]', (nodes) =>
      nodes.map((node) => ({
        src: node.getAttribute("src"),
        integrity: node.getAttribute("integrity"),
        crossorigin: node.getAttribute("crossorigin"),
        async: (node as HTMLScriptElement).async,
      })),
    );
    expect(scripts).toEqual([
      {
        src: `${wp.origin}/wp-content/plugins/lantern/embed/embed.js`,
        integrity: EMBED_INTEGRITY,
        crossorigin: "anonymous",
        async: true,
      },
    ]);
    expect(await page.locator("script[data-lantern-config]").count()).toBe(1);
    // The theme around the widgets: Twenty Twenty-Three's template and its global styles (its DM Sans preset).
    expect(await page.locator(".wp-site-blocks lantern-warning-signs").count()).toBe(1);
    expect(await page.textContent("style#global-styles-inline-css")).toContain(
      "--wp--preset--font-family--dm-sans",
    );
    expect(await page.locator("link#lantern-reserve-css").count()).toBe(1);
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("axe: no violations inside the widgets", async () => {
    const { page, context } = await visit(allWidgets);
    for (const name of Object.keys(HEADINGS)) await shadowText(page, `lantern-${name}`);
    await page.addScriptTag({ content: AXE });
    // axe checks each host and, through it, the widget's shadow tree; the rest of the page is the theme's.
    const hosts = Object.keys(HEADINGS).map((name) => [`lantern-${name}`]);
    const result = await page.evaluate(async (include) => {
      const axe = (
        window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }
      ).axe;
      const { violations, passes } = (await axe.run({ include }, {})) as {
        violations: { id: string; nodes: { target: unknown[] }[] }[];
        passes: { nodes: { target: unknown[] }[] }[];
      };
      return {
        violations: violations.flatMap((violation) =>
          violation.nodes.map((node) => ({ id: violation.id, target: node.target })),
        ),
        // A target that is a list of selectors crosses a shadow root: proof that axe looked inside the widgets.
        passedInShadow: passes.flatMap((pass) => pass.nodes).filter((node) => Array.isArray(node.target[0]))
          .length,
      };
    }, hosts);
    expect(result.violations).toEqual([]);
    expect(result.passedInShadow).toBeGreaterThan(20);
    await context.close();
  });

  it("from a CDN: the script pinned to the version, with its SRI hash checked on a cross-origin response", async () => {
    const cdn = "https://cdn.example.org/lantern/";
    wp.php(`$s = get_option('lantern_settings'); $s['source'] = 'cdn'; $s['cdn_base'] = '${cdn}';
      update_option('lantern_settings', $s);`);
    try {
      const { context } = await newContext();
      // The CDN, answered from the plugin's own copy of the files, with the CORS header the CDN's _headers declare.
      const served: string[] = [];
      await context.route(`${cdn}**`, (route) => {
        const path = new URL(route.request().url()).pathname.slice(`/lantern/${manifest.version}/`.length);
        served.push(path);
        return route.fulfill({
          body: readFileSync(join(root, "dist/lantern/embed", path)),
          contentType: path.endsWith(".css") ? "text/css" : "text/javascript",
          headers: { "access-control-allow-origin": "*" },
        });
      });
      const page = await context.newPage();
      await page.goto(`${wp.origin}${allWidgets}`);
      expect(await page.getAttribute('script[src*="embed.js"]', "src")).toBe(
        `${cdn}${manifest.version}/embed.js`,
      );
      expect(await page.getAttribute('script[src*="embed.js"]', "integrity")).toBe(EMBED_INTEGRITY);
      expect(await shadowText(page, "lantern-myths-facts")).toContain(en.ui["mythsFacts.heading"]);
      expect(served).toContain("embed.js");
      await context.close();
    } finally {
      wp.php(
        `$s = get_option('lantern_settings'); $s['source'] = 'self'; update_option('lantern_settings', $s);`,
      );
    }
  });

  it("a page without a widget loads nothing of Lantern's", async () => {
    const path = publish("Opening hours", "<!-- wp:paragraph --><p>Open 9 to 5.</p><!-- /wp:paragraph -->");
    const { page, context } = await visit(path);
    expect(
      await page.locator('script[src*="lantern"], link[href*="lantern"], [data-lantern-config]').count(),
    ).toBe(0);
    await context.close();
  });

  it("the shortcode in a classic post, in the site's language when none is set (fr_CA → fr)", async () => {
    const path = publish(
      "Aide",
      'Si vous pensez qu’une personne est exploitée :\n\n[lantern widget="report-button"]\n\n[lantern widget="myths-facts" audience="youth" heading-level="3"]',
    );
    siteLocale("fr_CA");
    try {
      const { page, context, problems } = await visit(path);
      expect(await page.getAttribute("lantern-report-button", "lang")).toBe("fr");
      expect(await shadowText(page, "lantern-report-button")).toContain(fr.ui["reportButton.label"]);
      expect(await page.getAttribute("lantern-myths-facts", "heading-level")).toBe("3");
      expect(await page.getAttribute("lantern-myths-facts", "audience")).toBe("youth");
      expect(await shadowText(page, "lantern-myths-facts")).toContain(fr.ui["mythsFacts.heading"]);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      siteLocale("");
    }
  });

  it("a hostile attribute, in a shortcode or a block, renders no script, and the embed names it", async () => {
    const attack = '"><script>window.pwned=1</script>';
    const path = publish(
      "Hostile",
      [
        `[lantern widget="quick-exit" lang='${attack}' exit-url="javascript:window.pwned=2"]`,
        `[lantern widget="report-button" lang='" autofocus onfocus="window.pwned=4']`,
        `<!-- wp:lantern/warning-signs ${JSON.stringify({ lang: attack, region: 'CA-ON" onload="window.pwned=3' })} /-->`,
      ].join("\n\n"),
    );
    const { page, context, warnings } = await visit(path);
    await shadowText(page, "lantern-warning-signs");
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    const scripts = await page.$$eval("script", (nodes) => nodes.map((node) => node.outerHTML));
    expect(scripts.filter((script) => script.includes("pwned"))).toEqual([]);
    // The values arrive as text, in the attributes they were given for, and nowhere else.
    const hosts = await page.$$eval("lantern-warning-signs, [data-lantern], lantern-quick-exit", (nodes) =>
      nodes.map((node) =>
        Object.fromEntries(node.getAttributeNames().map((name) => [name, node.getAttribute(name)])),
      ),
    );
    expect(hosts).toContainEqual({ lang: attack, region: 'CA-ON" onload="window.pwned=3' });
    expect(hosts.flatMap(Object.keys).filter((name) => !/^(lang|region|data-lantern)$/.test(name))).toEqual(
      [],
    );
    expect(JSON.stringify(hosts)).not.toContain("javascript:");
    // The embed says what is wrong and shows the widget in English.
    expect(warnings.some((line) => line.startsWith("Lantern warning-signs: lang:"))).toBe(true);
    expect(await shadowText(page, "lantern-warning-signs")).toContain(en.ui["warningSigns.heading"]);
    await context.close();
  });

  it("the plugin's PHP raised no notice, warning or error in all of the above", () => {
    const lines = wp.debugLog().split("\n");
    expect(lines.filter((line) => line.includes("/plugins/lantern/"))).toEqual([]);
  });

  it("uninstalling removes the settings", () => {
    expect(
      wp.php(`
        require_once ABSPATH . 'wp-admin/includes/plugin.php';
        deactivate_plugins('lantern/lantern.php');
        uninstall_plugin('lantern/lantern.php');
        echo wp_json_encode(get_option('lantern_settings', null));`),
    ).toBe("null");
  });
});
