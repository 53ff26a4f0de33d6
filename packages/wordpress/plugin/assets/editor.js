/**
 * The Lantern blocks in the block editor: the configurator's settings in the sidebar, and a live preview that is the
 * real widget, mounted by the embed's own loader (enqueued in the editor too), so what the editor sees is what the
 * page shows. Plain JavaScript on WordPress's globals (wp.blocks, wp.element, wp.blockEditor, wp.components): no
 * build step. Each block's metadata (title, attributes) comes from its block.json, registered by PHP.
 *
 * The blocks are dynamic: save() returns null and PHP renders the element on each view, so nothing in the saved post
 * depends on the author's right to post unfiltered HTML.
 */
(() => {
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl } = wp.components;
  const data = window.lanternEditor;
  const labels = data.labels;
  const language = document.documentElement.lang.split("-")[0];
  const named = (names) => names[language] || names.en;

  // The partner's contacts and theme, as the page will have them, so the preview shows them too.
  if (
    data.config &&
    (data.config.contacts || data.config.theme) &&
    !document.querySelector("[data-lantern-config]")
  ) {
    const block = document.createElement("script");
    block.type = "application/json";
    block.setAttribute("data-lantern-config", "");
    block.textContent = JSON.stringify(data.config);
    document.head.append(block);
  }

  /** The sidebar's controls for one block: those of the settings its widget takes. */
  function controls(name, attributes, setAttributes, declared) {
    const fields = [
      el(SelectControl, {
        key: "lang",
        label: labels.lang,
        value: attributes.lang,
        options: [
          { value: "", label: labels.langDefault },
          ...data.locales.map((locale) => ({ value: locale.code, label: locale.name })),
        ],
        onChange: (lang) => setAttributes({ lang }),
      }),
    ];
    if (declared.includes("region")) {
      fields.push(
        el(SelectControl, {
          key: "region",
          label: labels.region,
          value: attributes.region || "CA",
          options: data.regions.map((region) => ({
            value: region.code,
            label: `${named(region.name)} (${region.code})`,
          })),
          onChange: (region) => setAttributes({ region: region === "CA" ? "" : region }),
        }),
        el(SelectControl, {
          key: "audience",
          label: labels.audience,
          value: attributes.audience || "general",
          options: data.audiences.map((audience) => ({ value: audience.id, label: named(audience.name) })),
          onChange: (audience) => setAttributes({ audience: audience === "general" ? "" : audience }),
        }),
      );
    }
    if (declared.includes("variant")) {
      // This widget's own variants (lantern_variant_options), the first being the default, which is saved as none.
      const variants = data.variants[name];
      const preset = variants[0].value;
      fields.push(
        el(SelectControl, {
          key: "variant",
          label: labels.variant,
          value: attributes.variant || preset,
          options: variants,
          onChange: (variant) => setAttributes({ variant: variant === preset ? "" : variant }),
        }),
      );
    }
    if (declared.includes("heading-level")) {
      fields.push(
        el(SelectControl, {
          key: "headingLevel",
          label: labels.headingLevel,
          value: String(attributes.headingLevel || 0),
          options: [
            { value: "0", label: labels.headingAuto },
            ...[2, 3, 4, 5, 6].map((level) => ({ value: String(level), label: `h${level}` })),
          ],
          onChange: (level) => setAttributes({ headingLevel: Number(level) }),
        }),
      );
    }
    if (declared.includes("exit-url") && !data.canSetExitUrl) {
      // Without unfiltered_html, a post's own address is dropped on save (lantern_drop_exit_urls): say where it goes.
      fields.push(
        el(
          "p",
          { key: "exitUrl" },
          data.exitUrl ? `${labels.exitUrlFixed} ${data.exitUrl}` : labels.exitUrlDefault,
        ),
      );
    } else if (declared.includes("exit-url")) {
      const bad = attributes.exitUrl && !attributes.exitUrl.startsWith("https://");
      fields.push(
        el(TextControl, {
          key: "exitUrl",
          type: "url",
          label: labels.exitUrl,
          help: bad ? labels.exitUrlProblem : labels.exitUrlHelp,
          value: attributes.exitUrl,
          placeholder: "https://weather.gc.ca/",
          onChange: (exitUrl) => setAttributes({ exitUrl: exitUrl.trim() }),
        }),
      );
    }
    return el(InspectorControls, {}, el(PanelBody, { title: labels.settings }, ...fields));
  }

  /** The element the page will have: attribute names as the embed reads them. */
  function elementAttributes(attributes) {
    const out = { lang: attributes.lang || data.defaultLang };
    if (attributes.region) out.region = attributes.region;
    if (attributes.audience) out.audience = attributes.audience;
    if (attributes.variant) out.variant = attributes.variant;
    if (attributes.headingLevel) out["heading-level"] = String(attributes.headingLevel);
    if (attributes.exitUrl && data.canSetExitUrl) out["exit-url"] = attributes.exitUrl;
    return out;
  }

  /** A picture of the quick exit: the real one would leave the editor on a click, or on Shift pressed three times. */
  function QuickExitPicture({ lang }) {
    return el(
      "div",
      { className: "lantern-quick-exit-picture", lang },
      el(
        "span",
        {
          style: {
            display: "inline-block",
            padding: "12px 20px",
            background: "#0b4f8a",
            color: "#fff",
            borderRadius: "6px",
            font: "600 16px/1.5 system-ui, sans-serif",
          },
        },
        data.quickExitLabel[lang] || data.quickExitLabel.en,
      ),
      el("p", { style: { fontSize: "13px" } }, labels.quickExitNotice),
    );
  }

  function edit(name, declared) {
    return function Edit({ attributes, setAttributes }) {
      const props = useBlockProps();
      const shown = elementAttributes(attributes);
      // The embed reads attributes once, when it mounts: a new key gives a fresh element for each change.
      const key = JSON.stringify(shown);
      const preview =
        name === "quick-exit"
          ? el(QuickExitPicture, { lang: shown.lang })
          : el(`lantern-${name}`, { key, ...shown });
      return el(Fragment, {}, controls(name, attributes, setAttributes, declared), el("div", props, preview));
    };
  }

  // Each widget's settings, as PHP declares them (lantern_widget_attributes).
  for (const [name, declared] of Object.entries(data.widgets)) {
    registerBlockType(`lantern/${name}`, { edit: edit(name, declared), save: () => null });
  }
})();
