<?php
/**
 * Blocks and the [lantern] shortcode: both end in one element the embed mounts, such as
 * <lantern-warning-signs lang="fr" region="CA-ON">. Blocks are dynamic (rendered here on each view, never saved as
 * HTML), so an author or contributor without unfiltered_html, whose saved HTML loses <script> and unknown elements,
 * still adds a working widget: what is saved is the block's comment and attributes, and what is shown is built here,
 * escaped, and passed through wp_kses with rules that allow only Lantern's elements and attributes.
 *
 * @package Lantern
 */

defined( 'ABSPATH' ) || exit;

/** Block attribute names (camelCase, as block.json allows) and the element attribute each becomes. */
const LANTERN_BLOCK_ATTRIBUTES = array(
	'lang'         => 'lang',
	'region'       => 'region',
	'audience'     => 'audience',
	'variant'      => 'variant',
	'headingLevel' => 'heading-level',
	'exitUrl'      => 'exit-url',
);

/** One block per widget, each described by its blocks/<widget>/block.json. */
function lantern_register_blocks() {
	wp_register_script(
		'lantern-blocks-editor',
		plugins_url( 'assets/editor.js', LANTERN_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		lantern_build()['version'],
		true
	);
	foreach ( lantern_build()['widgets'] as $widget ) {
		register_block_type(
			LANTERN_DIR . '/blocks/' . $widget,
			array(
				'render_callback' => static function ( $attributes ) use ( $widget ) {
					$settings = array();
					foreach ( LANTERN_BLOCK_ATTRIBUTES as $block_name => $element_name ) {
						if ( isset( $attributes[ $block_name ] ) ) {
							$settings[ $element_name ] = (string) $attributes[ $block_name ];
						}
					}
					return lantern_render_widget( $widget, $settings );
				},
			)
		);
	}
}

/**
 * The [lantern] shortcode, for the classic editor and page builders:
 * [lantern widget="warning-signs" lang="fr" region="CA-ON" audience="youth" variant="compact" heading-level="3"].
 *
 * @param array|string $atts The shortcode's attributes (a string when it has none).
 * @return string
 */
function lantern_shortcode( $atts ) {
	$atts   = is_array( $atts ) ? $atts : array();
	$widget = isset( $atts['widget'] ) ? (string) $atts['widget'] : 'warning-signs';
	unset( $atts['widget'] );
	return lantern_render_widget( $widget, array_map( 'strval', $atts ) );
}

/**
 * The language a widget shows when none is set: the page's WordPress locale (fr_CA → fr), which multilingual
 * plugins set per page, if Lantern has that language reviewed; English otherwise.
 *
 * @return string
 */
function lantern_default_lang() {
	$code = strtolower( explode( '_', (string) get_locale() )[0] );
	return in_array( $code, array_column( lantern_build()['locales'], 'code' ), true ) ? $code : 'en';
}

/**
 * The widget's element, escaped, with the partner's configuration block before the first one on the page.
 *
 * Values are passed to the embed as written (escaped), not checked against the vocabularies here: the embed checks
 * them and, for a bad one, says in the console which attribute is wrong and how to fix it, and still shows the
 * widget, so a WordPress page behaves exactly like a pasted snippet.
 *
 * @param string   $widget   A widget name, such as warning-signs.
 * @param string[] $settings Element attributes by name (lang, region, audience, variant, heading-level, exit-url).
 * @return string
 */
function lantern_render_widget( $widget, array $settings ) {
	$settings = array_change_key_case( $settings, CASE_LOWER );
	$known    = in_array( $widget, lantern_build()['widgets'], true );
	$allowed  = $known ? lantern_widget_attributes( $widget ) : array( 'lang' );
	if ( empty( $settings['lang'] ) ) {
		$settings['lang'] = lantern_default_lang();
	}

	$attributes = '';
	foreach ( $allowed as $name ) {
		$value = isset( $settings[ $name ] ) ? trim( $settings[ $name ] ) : '';
		if ( 'exit-url' === $name ) {
			// Only https: a neutral page must not be downgraded, and never a javascript: address.
			$value = esc_url( $value, array( 'https' ) );
		}
		if ( '' !== $value && '0' !== $value ) {
			$attributes .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	// An unknown name still reaches the embed, as a placeholder: it names the widgets it has in the console and shows
	// 911 and the hotline in its place.
	$html = $known
		? '<lantern-' . $widget . $attributes . '></lantern-' . $widget . '>'
		: '<div data-lantern="' . esc_attr( $widget ) . '"' . $attributes . '></div>';

	lantern_enqueue();
	return lantern_config_block() . wp_kses( $html, lantern_allowed_tags() );
}

/**
 * The partner's contacts and theme as the embed's JSON configuration block, once per page (the embed reads the first
 * block on the page), or '' when there is nothing to configure.
 *
 * @return string
 */
function lantern_config_block() {
	static $printed = false;
	$config = lantern_partner_config();
	if ( $printed || ! $config ) {
		return '';
	}
	$printed = true;
	// JSON_HEX_TAG turns < and > into \u003C and \u003E, so no value can close the script element.
	$json = wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	return '<script type="application/json" data-lantern-config>' . $json . '</script>';
}

/**
 * Lantern's elements and the attributes each may carry, for wp_kses.
 *
 * @return array
 */
function lantern_allowed_tags() {
	$tags = array( 'div' => array( 'data-lantern' => true, 'lang' => true ) );
	foreach ( lantern_build()['widgets'] as $widget ) {
		$tags[ 'lantern-' . $widget ] = array_fill_keys( lantern_widget_attributes( $widget ), true );
	}
	return $tags;
}

/**
 * Lets Lantern's elements survive in saved post HTML for everyone (WordPress keeps them only for users with
 * unfiltered_html otherwise), with their own attributes and nothing else: no script, no event handler. A snippet
 * pasted by a contributor then works, since the plugin brings the script.
 *
 * @param array  $tags    Allowed tags for the context.
 * @param string $context The kses context.
 * @return array
 */
function lantern_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( lantern_allowed_tags() as $tag => $attributes ) {
		if ( 'div' !== $tag ) {
			$tags[ $tag ] = $attributes;
		}
	}
	return $tags;
}
