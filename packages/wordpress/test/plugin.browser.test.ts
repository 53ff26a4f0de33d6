/**
 * The plugin in a real WordPress 6.1 (Debian's, on MariaDB and PHP), driven in Debian's Chromium: upload
 * dist/lantern.zip as an administrator would, configure it, add a block through the block editor as a contributor,
 * publish pages with every widget and a classic post with the shortcode, and check what a visitor gets under Twenty
 * Twenty-Three: each widget in its shadow root, one async script with its SRI hash, no request to anyone else, no
 * hostile attribute turned into script, and no axe violation inside a widget.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import helpLines from "@lantern/sdk/content/lines";
import { parsePartnerConfig } from "@lantern/sdk/overrides";
import { chromiumLaunchOptions } from "@lantern/testing/chromium";
import { WIDGET_VARIANTS } from "@lantern/widgets";
import { resolveTheme } from "@lantern/widgets/theme";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWordPress, type WordPress } from "./wordpress.js";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
// Read once at the start, so a rebuild during the run cannot change what is tested. The hash the page must carry is
// that of the embed.js inside the plugin, the file it serves.
const zip = readFileSync(join(root, "dist/lantern.zip"));
const build = JSON.parse(readFileSync(join(root, "dist/lantern/data/build.json"), "utf8")) as {
  version: string;
};
const EMBED_INTEGRITY = `sha384-${createHash("sha384")
  .update(readFileSync(join(root, "dist/lantern/embed/embed.js")))
  .digest("base64")}`;
/** The site's quick exit address, saved in Settings → Lantern by the settings tests. */
const EXIT_URL = "https://weather.gc.ca/canada_e.html";
/** A partner's name with the characters HTML escapes: it must reach visitors exactly as typed. */
const NAME = 'Rides & "Safe" Homes <24 h>';
const DIRECTORY_BLOCK = '<!-- wp:lantern/help-directory {"region":"CA-ON"} /-->';
/** The help directory's languages variant, as a classic post or a shortcode block writes it. */
const LANGUAGES_SHORTCODE = '[lantern widget="help-directory" variant="languages"]';
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

/**
 * The "help in your language" lines a widget shows, once rendered: each line's language, the language its draft mark
 * names (null without one) and where its number calls.
 */
async function shownHelpLines(page: Page, selector: string) {
  await page.waitForFunction(
    (sel) =>
      (document.querySelector(sel)?.shadowRoot?.querySelectorAll(".lantern-help-line").length ?? 0) > 0,
    selector,
  );
  return page.$eval(selector, (host) =>
    [...(host.shadowRoot?.querySelectorAll(".lantern-help-line") ?? [])].map((line) => ({
      lang: line.getAttribute("lang"),
      draft: line.querySelector("[data-lantern-draft]")?.getAttribute("data-lantern-draft") ?? null,
      href: line.querySelector(".lantern-help-line-phone a")?.getAttribute("href") ?? null,
    })),
  );
}

/** What {@link shownHelpLines} must find: every line of the content, in order, each draft with its mark. */
const EXPECTED_HELP_LINES = helpLines.lines.map((line) => ({
  lang: line.lang,
  draft: line.draft ? line.lang : null,
  href: helpLines.phone.href,
}));

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

/**
 * Saves a post as `login` through wp_insert_post with the filters WordPress applies to that user (kses_init: kses
 * for users without unfiltered_html, nothing for an administrator), then publishes it as an editor would, which does
 * not filter it again. Returns its path and what was stored.
 */
function saveAs(login: string, title: string, body: string) {
  const id = wp.php(`
    wp_set_current_user(get_user_by('login', '${login}')->ID);
    kses_init();
    echo wp_insert_post(array('post_title' => ${JSON.stringify(title)}, 'post_status' => 'draft',
      'post_content' => wp_slash(${phpString(body)})), true);`);
  expect(id).toMatch(/^\d+$/);
  wp.php(`wp_publish_post(${id});`);
  return { id, path: `/?p=${id}`, stored: wp.php(`echo get_post(${id})->post_content;`) };
}

/**
 * The settings form's hidden fields (option group, nonce, referer), to post the form without its script, as a
 * scripted or hand-made request would.
 */
const hiddenFields = async (page: Page): Promise<Record<string, string>> =>
  Object.fromEntries(
    await page.$$eval("#lantern-settings input[type=hidden]", (nodes) =>
      nodes.map((node) => [(node as HTMLInputElement).name, (node as HTMLInputElement).value]),
    ),
  );

/** The saved settings, as JSON. */
const savedSettings = () => wp.php("echo wp_json_encode(get_option('lantern_settings', null));");

/** Paths of the files under `dir`, relative to it. */
function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory()
      ? listFiles(join(dir, name), `${prefix}${name}/`)
      : [`${prefix}${name}`],
  );
}

/** Every Lantern element's attributes on the page, in document order. */
const lanternElements = (page: Page): Promise<Record<string, string | null>[]> =>
  page.$$eval("*", (nodes) =>
    nodes
      .filter((node) => node.localName.startsWith("lantern-"))
      .map((node) => ({
        name: node.localName,
        ...Object.fromEntries(node.getAttributeNames().map((name) => [name, node.getAttribute(name)])),
      })),
  );

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

  it("ships only what it serves: no frame.html that takes a configuration from its address, no static pages", async () => {
    const installed = listFiles(join(wp.content, "plugins/lantern/embed"));
    expect(installed).toContain("embed.js");
    expect(installed).toContain("reserve.css");
    expect(
      installed.filter((path) => /^(frame\.|static\/|manifest\.json$|reserve\.json$)/.test(path)),
    ).toEqual([]);
    for (const path of ["frame.html", "frame.js", "static/en/warning-signs.html", "manifest.json"]) {
      const response = await fetch(`${wp.origin}/wp-content/plugins/lantern/embed/${path}`);
      expect(response.status, path).toBe(404);
    }
    expect((await fetch(`${wp.origin}/wp-content/plugins/lantern/embed/embed.js`)).status).toBe(200);
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

  it("settings: every path into the option goes through the same checks, and the nonce is checked", async () => {
    const page = await admin.newPage();
    await page.goto(`${wp.origin}/wp-admin/options-general.php?page=lantern`);
    const hidden = await hiddenFields(page);
    expect(Object.keys(hidden)).toContain("_wpnonce");
    const before = savedSettings();
    const row = "lantern_settings[contacts][0]";
    const cases: { what: string; fields: Record<string, string>; message: string }[] = [
      {
        what: "a row in the saved shape with a bad phone",
        fields: {
          [`${row}[name][en]`]: "Police Anti-Trafficking Unit (direct line)",
          [`${row}[role]`]: "support",
          [`${row}[channels][0][kind]`]: "phone",
          [`${row}[channels][0][value]`]: "call 905",
        },
        message: "“call 905” is not a phone number",
      },
      {
        what: "a row in the form's shape with a bad phone",
        fields: { [`${row}[name_en]`]: "Direct line", [`${row}[phone]`]: "call 905" },
        message: "“call 905” is not a phone number",
      },
      {
        what: "911 as a partner line",
        fields: { [`${row}[name_en]`]: "Emergency", [`${row}[phone]`]: "9-1-1" },
        message: "911 is always shown first by Lantern",
      },
      {
        what: "a protocol-relative web address",
        fields: { [`${row}[name_en]`]: "Report", [`${row}[web]`]: "//evil.example/report" },
        message: "“//evil.example/report” is not a secure web address",
      },
      {
        what: "a protocol-relative quick exit address",
        fields: { "lantern_settings[exit_url]": "//evil.example/" },
        message: "Write the quick exit address with https://",
      },
      {
        what: "a plain http quick exit address",
        fields: { "lantern_settings[exit_url]": "http://evil.example/" },
        message: "Write the quick exit address with https://",
      },
      {
        what: "a protocol-relative CDN address",
        fields: {
          "lantern_settings[source]": "cdn",
          "lantern_settings[cdn_base]": "//evil.example/lantern/",
        },
        message: "Write the CDN address with https://",
      },
    ];
    for (const { what, fields, message } of cases) {
      const response = await page.request.post(`${wp.origin}/wp-admin/options.php`, {
        form: { ...hidden, ...fields },
      });
      expect(await response.text(), what).toContain(message);
      expect(savedSettings(), what).toBe(before);
    }
    // The same post without the nonce is refused by WordPress before the plugin sees it.
    const { _wpnonce: _nonce, ...withoutNonce } = hidden;
    const forged = await page.request.post(`${wp.origin}/wp-admin/options.php`, {
      form: { ...withoutNonce, "lantern_settings[exit_url]": "https://evil.example/" },
    });
    expect(forged.status()).toBe(403);
    expect(savedSettings()).toBe(before);
    await page.close();
  });

  it("settings: the quick exit address is https only, and a name is stored and shown as typed", async () => {
    const page = await admin.newPage();
    await page.goto(`${wp.origin}/wp-admin/options-general.php?page=lantern`);
    // The page's own check refuses //host/ before the form is sent, as PHP would.
    await page.fill("#lantern-exit-url", "//evil.example/");
    await page.click("#submit");
    await expect.poll(() => page.textContent("#lantern-exit-url-problem")).toContain("https://");
    expect(await page.getAttribute("#lantern-exit-url", "aria-invalid")).toBe("true");

    await page.fill("#lantern-exit-url", EXIT_URL);
    await page.fill("#lantern-contact-1-name-en", NAME);
    await page.fill("#lantern-contact-1-phone", "905-555-0111");
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click("#submit")]);
    const saved = JSON.parse(savedSettings());
    expect(saved.exit_url).toBe(EXIT_URL);
    // Plain text, as typed: no &lt; or &amp; for the embed to show literally.
    expect(saved.contacts[1].name).toEqual({ en: NAME });
    expect(await page.inputValue("#lantern-contact-1-name-en")).toBe(NAME);
    await page.close();

    const { page: view, context, problems } = await visit(publish("Directory", DIRECTORY_BLOCK, "page"));
    const text = await shadowText(view, "lantern-help-directory");
    expect(text).toContain(NAME);
    expect(text).not.toContain("&lt;");
    expect(text).not.toContain("&amp;");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("settings: a name posted with markup around the page's script is data everywhere, never markup", async () => {
    const before = savedSettings();
    const attacks = ["</script><script>window.pwned=1</script>", '"><img src=x onerror="window.pwned=2">'];
    try {
      const page = await admin.newPage();
      await page.goto(`${wp.origin}/wp-admin/options-general.php?page=lantern`);
      const hidden = await hiddenFields(page);
      // Past the page's script (which refuses markup in a name), straight to options.php.
      const fields: Record<string, string> = {};
      attacks.forEach((name, index) => {
        fields[`lantern_settings[contacts][${index}][name_en]`] = name;
        fields[`lantern_settings[contacts][${index}][phone]`] = `905-555-011${index}`;
      });
      await page.request.post(`${wp.origin}/wp-admin/options.php`, { form: { ...hidden, ...fields } });
      expect(
        JSON.parse(savedSettings()).contacts.map((contact: { name: { en: string } }) => contact.name.en),
      ).toEqual(attacks);
      // The settings page shows them in its fields, as text.
      await page.reload();
      expect(await page.inputValue("#lantern-contact-0-name-en")).toBe(attacks[0]);
      expect(await page.inputValue("#lantern-contact-1-name-en")).toBe(attacks[1]);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      await page.close();

      // A visitor's page: one configuration block, whose JSON holds the names as strings; the embed refuses them
      // (markup in a name) in the console and still shows the directory.
      const { page: view, context, warnings } = await visit(publish("Directory 2", DIRECTORY_BLOCK, "page"));
      await shadowText(view, "lantern-help-directory");
      expect(await view.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      const blocks = await view.$$eval("script[data-lantern-config]", (nodes) =>
        nodes.map((node) => node.textContent),
      );
      expect(blocks).toHaveLength(1);
      expect(
        JSON.parse(blocks[0] ?? "").contacts.map((contact: { name: { en: string } }) => contact.name.en),
      ).toEqual(attacks);
      expect(await view.locator("img[src=x]").count()).toBe(0);
      expect(warnings.some((line) => line.includes("plain text"))).toBe(true);
      await context.close();
    } finally {
      wp.php(`update_option('lantern_settings', json_decode(${phpString(before)}, true));`);
    }
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
    // The sidebar, on its Block tab (opening the inserter closes the sidebar below WordPress's widest viewports).
    const showBlockSettings = async () => {
      const sidebar = page.getByRole("button", { name: "Settings", exact: true }).first();
      if ((await sidebar.getAttribute("aria-pressed")) !== "true") await sidebar.click();
      if (!(await page.getByLabel("Language").isVisible()))
        await page.getByRole("tab", { name: "Block" }).click();
    };
    await showBlockSettings();
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
    // Each block's Variant menu offers its own widget's variants.
    const variantOptions = () =>
      page
        .getByLabel("Variant")
        .evaluate((select) =>
          [...(select as HTMLSelectElement).options].map((option) => [option.value, option.text]),
        );
    expect(await variantOptions()).toEqual([
      ["full", "Full"],
      ["compact", "Compact"],
    ]);

    // A second block: the help directory, help in your language only.
    const search = page.getByPlaceholder("Search");
    if (!(await search.isVisible()))
      await page.getByRole("button", { name: "Toggle block inserter" }).click();
    await search.fill("Lantern");
    await page.getByRole("option", { name: "Lantern: help directory" }).click();
    await showBlockSettings();
    expect(await variantOptions()).toEqual([
      ["full", "Full"],
      ["languages", "Help in your language only"],
    ]);
    await page.getByLabel("Variant").selectOption("languages");
    const preview = '.editor-styles-wrapper lantern-help-directory[variant="languages"]';
    expect(await shownHelpLines(page, preview)).toEqual(EXPECTED_HELP_LINES);

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
    expect(saved.content).toContain('<!-- wp:lantern/help-directory {"variant":"languages"} /-->');
    await context.close();

    // Published by an editor, the contributor's widgets work for visitors.
    wp.php(`wp_publish_post(${saved.id});`);
    const { page: view, problems, context: visitor } = await visit(`/?p=${saved.id}`);
    expect(await shadowText(view, "lantern-warning-signs")).toContain(fr.ui["warningSigns.heading"]);
    expect(await view.getAttribute("lantern-help-directory", "variant")).toBe("languages");
    expect(await shownHelpLines(view, "lantern-help-directory")).toEqual(EXPECTED_HELP_LINES);
    expect(problems).toEqual([]);
    await visitor.close();
  });

  it("a pasted snippet saved by a contributor keeps its element (not its script), and the plugin brings the script", async () => {
    const id = wp.php(`
      wp_set_current_user(get_user_by('login', 'contributor')->ID);
      kses_init();
      echo wp_insert_post(array('post_title' => 'Pasted', 'post_status' => 'draft', 'post_content' =>
        '<script src="https://cdn.example.org/lantern/v1/embed.js" async></script><lantern-at-risk lang="en" onclick="alert(1)"></lantern-at-risk><lantern-help-directory variant="languages"></lantern-help-directory>'));`);
    const stored = wp.php(`echo get_post(${id})->post_content;`);
    expect(stored).not.toContain("<script");
    expect(stored).not.toContain("onclick");
    expect(stored).toContain('<lantern-at-risk lang="en"></lantern-at-risk>');
    // kses keeps each element's own attributes, a variant where its widget has one.
    expect(stored).toContain('<lantern-help-directory variant="languages"></lantern-help-directory>');
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
        .concat(`<!-- wp:shortcode -->\n${LANGUAGES_SHORTCODE}\n<!-- /wp:shortcode -->`)
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

  it("the shortcode's help directory, help in your language only: every line, each marked a draft", async () => {
    const { page, context, problems } = await visit(allWidgets);
    const elements = (await lanternElements(page)).filter(
      (element) => element.name === "lantern-help-directory",
    );
    expect(elements).toEqual([
      { name: "lantern-help-directory", lang: "en", region: "CA-ON" },
      { name: "lantern-help-directory", lang: "en", variant: "languages" },
    ]);
    const lines = await shownHelpLines(page, 'lantern-help-directory[variant="languages"]');
    expect(lines).toEqual(EXPECTED_HELP_LINES);
    expect(lines.filter((line) => line.draft).length).toBeGreaterThan(0);
    // The full directory beside it keeps its filters: the variant is the element's own.
    expect(await shadowText(page, "lantern-help-directory:not([variant])")).toContain(
      en.ui["helpDirectory.heading"],
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the editor offers each widget's own variants, from the widgets' WIDGET_VARIANTS, with labels in French too", () => {
    const offered = (): Record<string, { value: string; label: string }[]> =>
      JSON.parse(wp.php("echo wp_json_encode(lantern_editor_data()['variants']);"));
    const english = offered();
    expect(english["help-directory"]?.map((option) => option.value)).toEqual(["full", "languages"]);
    expect(english["warning-signs"]?.map((option) => option.value)).toEqual(["full", "compact"]);
    // Every widget with a choice, and only those, each with all its variants, the default first.
    expect(
      Object.fromEntries(
        Object.entries(english).map(([widget, options]) => [widget, options.map((o) => o.value)]),
      ),
    ).toEqual(
      Object.fromEntries(Object.entries(WIDGET_VARIANTS).filter(([, variants]) => variants.length > 1)),
    );
    // A variant without a label of its own would be offered by its bare name.
    for (const option of Object.values(english).flat()) expect(option.label).not.toBe(option.value);
    siteLocale("fr_CA");
    try {
      expect(offered()["help-directory"]).toEqual([
        { value: "full", label: "Complète" },
        { value: "languages", label: "Aide dans votre langue seulement" },
      ]);
    } finally {
      siteLocale("");
    }
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
        const path = new URL(route.request().url()).pathname.slice(`/lantern/${build.version}/`.length);
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
        `${cdn}${build.version}/embed.js`,
      );
      // Exactly one script, with integrity and crossorigin (without which the browser could not check a cross-origin
      // response's hash and would refuse to run it), async.
      const scripts = await page.$$eval('script[src*="embed.js"]', (nodes) =>
        nodes.map((node) => ({
          integrity: node.getAttribute("integrity"),
          crossorigin: node.getAttribute("crossorigin"),
          async: (node as HTMLScriptElement).async,
        })),
      );
      expect(scripts).toEqual([{ integrity: EMBED_INTEGRITY, crossorigin: "anonymous", async: true }]);
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

  it("a hostile attribute or an unknown variant, in a shortcode or a block, renders no script, and the embed names it", async () => {
    const attack = '"><script>window.pwned=1</script>';
    const path = publish(
      "Hostile",
      [
        `[lantern widget="quick-exit" lang='${attack}' exit-url="javascript:window.pwned=2"]`,
        `[lantern widget="report-button" lang='" autofocus onfocus="window.pwned=4']`,
        `<!-- wp:lantern/warning-signs ${JSON.stringify({ lang: attack, region: 'CA-ON" onload="window.pwned=3' })} /-->`,
        // warning-signs' variant, not the help directory's.
        '[lantern widget="help-directory" variant="compact"]',
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
    expect(
      hosts.flatMap(Object.keys).filter((name) => !/^(lang|region|data-lantern|exit-url)$/.test(name)),
    ).toEqual([]);
    expect(JSON.stringify(hosts)).not.toContain("javascript:");
    // Any address shown is the site's, from Settings → Lantern.
    for (const host of hosts.filter((host) => "exit-url" in host)) expect(host["exit-url"]).toBe(EXIT_URL);
    // The embed says what is wrong and shows the widget in English.
    expect(warnings.some((line) => line.startsWith("Lantern warning-signs: lang:"))).toBe(true);
    expect(await shadowText(page, "lantern-warning-signs")).toContain(en.ui["warningSigns.heading"]);
    // An unknown variant reaches the embed as written, as any bad value does: it names it and shows the full directory.
    expect(await page.getAttribute("lantern-help-directory", "variant")).toBe("compact");
    expect(
      warnings.some((line) =>
        line.includes('"compact" is not a variant of help-directory: use full or languages'),
      ),
    ).toBe(true);
    expect(await shadowText(page, "lantern-help-directory")).toContain(en.ui["helpDirectory.heading"]);
    await context.close();
  });
});

/** Seven quick exits: a visible one first, then six a post's writer hid, each with its own address, in every form. */
const HIDDEN_QUICK_EXITS = [
  "<!-- wp:lantern/quick-exit /-->",
  '<details><summary>More</summary>\n<!-- wp:lantern/quick-exit {"exitUrl":"https://evil.example/block"} /-->\n</details>',
  '<!-- wp:lantern/quick-exit {"exit\\u0055rl":"https://evil.example/escaped"} /-->',
  '<div style="height:0;overflow:hidden">[lantern widget="quick-exit" exit-url="https://evil.example/shortcode"]</div>',
  "[lantern widget='quick-exit' EXIT-URL=https://evil.example/unquoted]",
  '<details><lantern-quick-exit exit-url="https://evil.example/pasted"></lantern-quick-exit></details>',
  '<div style="height:0;overflow:hidden"><LANTERN-QUICK-EXIT LANG="en" EXIT-URL="https://evil.example/capitals"></LANTERN-QUICK-EXIT></div>',
].join("\n\n");

/**
 * Injection attempts through every door a post has: shortcode and block attributes, pasted elements with event
 * handlers, script in its forms, and a configuration block that would put a stranger's number in the directory.
 */
const ATTACKS = [
  `[lantern widget="warning-signs" lang='"><script>window.pwned=1</script>']`,
  `[lantern widget="report-button" lang='" autofocus onfocus="window.pwned=2']`,
  '[lantern widget="<img src=x onerror=window.pwned=3>"]',
  '[lantern widget="at-risk" heading-level="3 onmouseover=window.pwned=4"]',
  '<!-- wp:lantern/at-risk {"lang":"\\u0022 onmouseover=\\u0022window.pwned=5","region":"\\u003cscript\\u003ewindow.pwned=6\\u003c/script\\u003e"} /-->',
  '<!-- wp:lantern/myths-facts {"audience":"\\u0022\\u003e\\u003cimg src=x onerror=window.pwned=7\\u003e"} /-->',
  '<lantern-help-directory lang="en" region="CA-ON" onclick="window.pwned=8" onmouseover="window.pwned=9"><img src=x onerror="window.pwned=10"></lantern-help-directory>',
  "<script>window.pwned=11</script>",
  '<svg><script>window.pwned=12</script></svg><svg onload="window.pwned=13"></svg>',
  '<iframe srcdoc="<script>parent.pwned=14</script>"></iframe>',
  '<a href="javascript:window.pwned=15">Read more</a>',
  '<LANTERN-WARNING-SIGNS LANG="en" ONCLICK="window.pwned=16" ONMOUSEOVER="window.pwned=17"></LANTERN-WARNING-SIGNS>',
  '<lantern-report-button lang="en"><template shadowrootmode="open"><img src=x onerror="window.pwned=18"></template></lantern-report-button>',
  '<div data-lantern="help-directory" onmouseover="window.pwned=19"></div>',
  '<script type="application/json" data-lantern-config>{"contacts":[{"name":{"en":"Police Anti-Trafficking Unit (direct line)"},"channels":[{"kind":"phone","value":"+1 666 555 0199"}]}]}</script>',
].join("\n\n");

describe("what a post's writer cannot do without unfiltered_html (contributor, author)", () => {
  const ROLES = ["contributor", "author"] as const;
  beforeAll(() => {
    // The contributor was made by the block editor test; an author publishes without review.
    expect(
      wp.php(`
        $id = wp_insert_user(array('user_login' => 'author', 'user_pass' => 'author-password-1',
          'user_email' => 'author@example.org', 'role' => 'author'));
        echo user_can($id, 'unfiltered_html') || user_can(get_user_by('login', 'contributor'), 'unfiltered_html') ? 'unfiltered' : 'filtered';`),
    ).toBe("filtered");
  });

  for (const role of ROLES) {
    it(`${role}: a hidden second quick exit keeps no address of its own; Shift×3 and the button go to the site's`, async () => {
      const { path, stored } = saveAs(role, `Quick exits by the ${role}`, HIDDEN_QUICK_EXITS);
      expect(stored).not.toContain("evil.example");
      const { page, context, outside } = await visit(path);
      expect(await page.content()).not.toContain("evil.example");
      const elements = await lanternElements(page);
      expect(elements).toHaveLength(7);
      expect(elements.map((element) => element["exit-url"])).toEqual(Array(7).fill(EXIT_URL));
      await page.waitForFunction(() =>
        [...document.querySelectorAll("lantern-quick-exit")].every(
          (element) => (element.shadowRoot?.textContent ?? "").trim().length > 0,
        ),
      );
      for (let press = 0; press < 3; press++) await page.keyboard.press("Shift");
      await expect.poll(() => outside).toContain(EXIT_URL);
      expect(outside.filter((url) => url.includes("evil.example"))).toEqual([]);
      await context.close();

      const button = await visit(path);
      await shadowText(button.page, "lantern-quick-exit");
      await button.page.locator("lantern-quick-exit button").first().click();
      await expect.poll(() => button.outside).toContain(EXIT_URL);
      expect(button.outside.filter((url) => url.includes("evil.example"))).toEqual([]);
      await button.context.close();
    });

    it(`${role}: shortcode, block and pasted-HTML injection runs nothing, and no configuration block survives`, async () => {
      const { path, stored } = saveAs(role, `Attacks by the ${role}`, ATTACKS);
      // kses keeps the text of what it strips (a script's body, a handler written inside a shortcode's value): what
      // must not be stored is markup that runs, or a configuration block.
      for (const kept of ["<script", "<iframe", "<template", "<svg", "data-lantern-config", "onclick="]) {
        expect(stored.toLowerCase(), kept).not.toContain(kept);
      }
      const { page, context } = await visit(path);
      await shadowText(page, "lantern-help-directory");
      await shadowText(page, "lantern-warning-signs");
      // Every handler a payload could have planted, given its event: pointer over, focus, click on the hosts.
      await page.evaluate(() => {
        for (const node of document.querySelectorAll(".wp-block-post-content *")) {
          for (const type of ["mouseover", "focus", "load", "error"])
            node.dispatchEvent(new Event(type, { bubbles: true }));
          if (node.localName.startsWith("lantern-") || node.hasAttribute("data-lantern"))
            node.dispatchEvent(new MouseEvent("click", { bubbles: true }));
        }
      });
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      const content = ".wp-block-post-content";
      expect(
        await page.$$eval(`${content} *`, (nodes) =>
          nodes.flatMap((node) =>
            node
              .getAttributeNames()
              .filter((name) => name.startsWith("on") || name === "srcdoc" || name === "shadowrootmode")
              .map((name) => `${node.localName}[${name}]`),
          ),
        ),
      ).toEqual([]);
      // Under a block theme the template renders before <head>, so the plugin's configuration block is printed in the
      // content, before the first widget; anything else that runs or frames is the attacker's.
      expect(
        await page.$$eval(
          `${content} script:not([data-lantern-config]), ${content} iframe, ${content} template`,
          (nodes) => nodes.map((node) => node.outerHTML),
        ),
      ).toEqual([]);
      expect(await page.locator(`${content} a[href^="javascript"]`).count()).toBe(0);
      // The one configuration block on the page is the plugin's, and the directory shows no stranger's line.
      const blocks = await page.$$eval("script[data-lantern-config]", (nodes) =>
        nodes.map((node) => JSON.parse(node.textContent ?? "")),
      );
      expect(blocks).toEqual([JSON.parse(wp.php("echo wp_json_encode(lantern_partner_config());"))]);
      const directory = await shadowText(page, "lantern-help-directory");
      expect(directory).not.toContain("666");
      expect(directory).not.toContain("Anti-Trafficking Unit");
      await context.close();
    });
  }

  it("a post whose author may not post unfiltered HTML shows no exit-url of its own, however it was saved", async () => {
    const { id } = saveAs("author", "Imported", "<p>Placeholder</p>");
    // Written to the database directly, past every save filter, as an import or a script might.
    wp.php(`global $wpdb; $wpdb->update($wpdb->posts, array('post_content' => ${phpString(HIDDEN_QUICK_EXITS)}),
      array('ID' => ${id})); clean_post_cache(${id});`);
    expect(wp.php(`echo get_post(${id})->post_content;`)).toContain("evil.example");
    const { page, context } = await visit(`/?p=${id}`);
    expect(await page.content()).not.toContain("evil.example");
    expect((await lanternElements(page)).map((element) => element["exit-url"])).toEqual(
      Array(7).fill(EXIT_URL),
    );
    await context.close();
  });

  it("an administrator (unfiltered_html) keeps a post's own https address, never a protocol-relative one", async () => {
    const own = ["https://www.canada.ca/en.html", "https://www.canada.ca/fr.html", "https://www.canada.ca/"];
    const { path, stored } = saveAs(
      "admin",
      "Administrator's exits",
      [
        `<!-- wp:lantern/quick-exit {"exitUrl":"${own[0]}"} /-->`,
        `[lantern widget="quick-exit" exit-url="${own[1]}"]`,
        `<lantern-quick-exit exit-url="${own[2]}"></lantern-quick-exit>`,
        '<!-- wp:lantern/quick-exit {"exitUrl":"//evil.example/block"} /-->',
        '[lantern widget="quick-exit" exit-url="//evil.example/shortcode"]',
        '[lantern widget="quick-exit" exit-url="javascript:window.pwned=1"]',
      ].join("\n\n"),
    );
    for (const url of own) expect(stored).toContain(url);
    const { page, context } = await visit(path);
    // The PHP check takes absolute https only: //evil.example/ and javascript: give way to the site's address.
    expect((await lanternElements(page)).map((element) => element["exit-url"])).toEqual([
      ...own,
      EXIT_URL,
      EXIT_URL,
      EXIT_URL,
    ]);
    await context.close();
  });

  it("a pasted element in capitals loads the embed: the page scan ignores case", async () => {
    const { path, stored } = saveAs(
      "contributor",
      "Capitals",
      '<LANTERN-AT-RISK LANG="fr"></LANTERN-AT-RISK>',
    );
    expect(stored).toContain('<LANTERN-AT-RISK LANG="fr">');
    const { page, context, problems } = await visit(path);
    // Enqueued by the scan (a pasted element has no render callback to enqueue it), so in <head>.
    expect(await page.locator('head script[src*="embed.js"]').count()).toBe(1);
    expect(await shadowText(page, "lantern-at-risk")).toContain(fr.ui["atRisk.heading"]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the settings page and options.php stay closed to them, and the plugin adds no REST or admin-ajax route", async () => {
    const before = savedSettings();
    for (const role of ROLES) {
      const { context } = await newContext();
      const page = await logIn(context, role, `${role}-password-1`);
      const response = await page.goto(`${wp.origin}/wp-admin/options-general.php?page=lantern`);
      expect(response?.status(), role).toBe(403);
      const posted = await page.request.post(`${wp.origin}/wp-admin/options.php`, {
        form: {
          option_page: "lantern",
          action: "update",
          "lantern_settings[exit_url]": "https://evil.example/",
        },
      });
      expect(posted.status(), role).toBe(403);
      await context.close();
    }
    expect(savedSettings()).toBe(before);
    const routes = (await (await fetch(`${wp.origin}/?rest_route=/`)).json()) as { namespaces: string[] };
    expect(routes.namespaces.filter((namespace) => namespace.includes("lantern"))).toEqual([]);
    expect(
      wp.php(`do_action('admin_init'); global $wp_filter;
        echo implode(',', preg_grep('/^wp_ajax.*lantern/', array_keys($wp_filter)));`),
    ).toBe("");
  });
});

describe("at the end", () => {
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
