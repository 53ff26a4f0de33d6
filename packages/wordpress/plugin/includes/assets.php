<?php
/**
 * The embed's script and the reserved space: enqueued once per page, and only on pages that show a widget.
 *
 * The script is the embed's own embed.js, pinned to the version the plugin was built with and carrying that file's
 * SRI hash (from the embed's manifest), async so it never holds up the page. By default it is served from the
 * plugin's folder, so a visitor's browser talks to this site and no one else.
 *
 * @package Lantern
 */

defined( 'ABSPATH' ) || exit;

/**
 * On pages whose posts use a widget (block, shortcode, or a pasted element), enqueue early, so the script and the
 * reservation CSS land in <head> on classic themes too. Widgets elsewhere (widget areas, reusable blocks) enqueue
 * when they render, and then the script goes to the footer.
 */
function lantern_enqueue_if_used() {
	global $wp_query;
	foreach ( (array) ( $wp_query->posts ?? array() ) as $post ) {
		$content = $post instanceof WP_Post ? $post->post_content : '';
		// Block comments are lower case (WordPress's parser reads no other), but HTML names are not: a pasted
		// <LANTERN-AT-RISK> is the same element to the browser, so the scan ignores case for elements and attributes.
		if ( false !== strpos( $content, '<!-- wp:lantern/' )
			|| false !== stripos( $content, '<lantern-' )
			|| false !== stripos( $content, 'data-lantern=' )
			|| has_shortcode( $content, 'lantern' ) ) {
			lantern_enqueue();
			// The partner's configuration goes before any element, so the embed finds it whenever it runs.
			add_action(
				'wp_head',
				static function () {
					echo lantern_config_block(); // phpcs:ignore WordPress.Security.EscapeOutput -- JSON encoded with JSON_HEX_TAG.
				}
			);
			return;
		}
	}
}

/** The script and the reservation CSS; WordPress prints each once, however many widgets call this. */
function lantern_enqueue() {
	$build = lantern_build();
	// The embed's own reservation rules (every widget, variant and language), from the site even when the script comes
	// from the CDN: a stylesheet in <head> that must not wait on another server.
	wp_enqueue_style( 'lantern-reserve', plugins_url( 'embed/reserve.css', LANTERN_FILE ), array(), $build['version'] );
	if ( ! wp_script_is( 'lantern-embed', 'registered' ) ) {
		// No ?ver= query: the URL is already versioned, and the embed loads its chunks relative to it.
		wp_register_script( 'lantern-embed', lantern_script_src(), array(), null, false ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
	}
	wp_enqueue_script( 'lantern-embed' );
}

/**
 * Where embed.js comes from: the copy inside the plugin (the default: nothing leaves the site), or Lantern's CDN at
 * the version this plugin was built with, never the moving v1/ URL, so the SRI hash always matches.
 *
 * @return string
 */
function lantern_script_src() {
	$settings = lantern_settings();
	if ( 'cdn' === $settings['source'] && '' !== $settings['cdn_base'] ) {
		return trailingslashit( $settings['cdn_base'] ) . lantern_build()['version'] . '/embed.js';
	}
	return plugins_url( 'embed/embed.js', LANTERN_FILE );
}

add_filter(
	'script_loader_tag',
	static function ( $tag, $handle, $src ) {
		if ( 'lantern-embed' !== $handle ) {
			return $tag;
		}
		// crossorigin lets the browser check integrity on a CDN's response; on the site's own origin it is harmless.
		return wp_get_script_tag(
			array(
				'src'         => esc_url( $src ),
				'integrity'   => lantern_build()['integrity'],
				'crossorigin' => 'anonymous',
				'async'       => true,
			)
		);
	},
	10,
	3
);

/** The block editor: the blocks' script with its choices and words, and the embed for the live preview. */
function lantern_enqueue_editor() {
	lantern_enqueue();
	wp_add_inline_script( 'lantern-blocks-editor', 'window.lanternEditor = ' . wp_json_encode( lantern_editor_data(), JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
}

/**
 * What the editor's script offers and says, in the user's language: each block's settings, the choices for each
 * (languages, regions, audiences, each widget's own variants) and the sidebar's words.
 *
 * @return array
 */
function lantern_editor_data() {
	$build = lantern_build();
	return array(
		'defaultLang'    => lantern_default_lang(),
		'widgets'        => array_combine( $build['widgets'], array_map( 'lantern_widget_attributes', $build['widgets'] ) ),
		'variants'       => lantern_variant_options(),
		'locales'        => $build['locales'],
		'regions'        => $build['regions'],
		'audiences'      => $build['audiences'],
		'quickExitLabel' => $build['quickExitLabel'],
		'config'         => lantern_partner_config(),
		// Who may give a quick exit its own address: what the user saves is filtered by lantern_drop_exit_urls()
		// otherwise, so the sidebar shows where it will go instead of a field whose value would be dropped.
		'canSetExitUrl'  => current_user_can( 'unfiltered_html' ),
		'exitUrl'        => lantern_settings()['exit_url'],
		'labels'         => array(
			'settings'        => __( 'Lantern settings', 'lantern' ),
			'lang'            => __( 'Language', 'lantern' ),
			'langDefault'     => __( 'The page’s language', 'lantern' ),
			'region'          => __( 'Region', 'lantern' ),
			'audience'        => __( 'Audience', 'lantern' ),
			'variant'         => __( 'Variant', 'lantern' ),
			'headingLevel'    => __( 'Heading level', 'lantern' ),
			'headingAuto'     => __( 'The widget’s default', 'lantern' ),
			'exitUrl'         => __( 'Quick exit address', 'lantern' ),
			'exitUrlHelp'     => __( 'An https:// address of a neutral page, such as a weather site. Never a search engine: it may show the visitor’s searches.', 'lantern' ),
			'exitUrlProblem'  => __( 'Use an address that starts with https://. The default weather page is used until then.', 'lantern' ),
			'exitUrlFixed'    => __( 'This quick exit goes to the address set in Settings → Lantern:', 'lantern' ),
			'exitUrlDefault'  => __( 'This quick exit goes to Lantern’s default neutral page (a weather site) until an address is set in Settings → Lantern.', 'lantern' ),
			'quickExitNotice' => __( 'Preview: the quick exit works on the published page (a click, or Shift pressed three times), not in the editor.', 'lantern' ),
		),
	);
}

/**
 * The Variant menu of each block whose widget has a choice: the widget's own variants (from the build, the default
 * first), each with its label. A variant the widgets add later is offered by its name until it has a label here (the
 * WordPress suite fails until then).
 *
 * @return array<string, array{value: string, label: string}[]>
 */
function lantern_variant_options() {
	$labels  = array(
		'full'      => __( 'Full', 'lantern' ),
		'compact'   => __( 'Compact', 'lantern' ),
		'languages' => __( 'Help in your language only', 'lantern' ),
	);
	$options = array();
	foreach ( lantern_build()['widgets'] as $widget ) {
		if ( in_array( 'variant', lantern_widget_attributes( $widget ), true ) ) {
			$options[ $widget ] = array_map(
				static function ( $variant ) use ( $labels ) {
					return array(
						'value' => $variant,
						'label' => $labels[ $variant ] ?? $variant,
					);
				},
				lantern_widget_variants( $widget )
			);
		}
	}
	return $options;
}
