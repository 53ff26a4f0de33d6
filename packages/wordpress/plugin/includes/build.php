<?php
/**
 * What the build pinned: the embed's version and SRI hash, and the vocabularies the blocks offer (languages,
 * regions, audiences, each widget's variants), all read from data/build.json, which the build takes from the SDK's
 * bundles, the widgets and the embed's manifest. PHP never restates them, so a new region, language or variant
 * reaches the blocks and the shortcode with the next build.
 *
 * @package Lantern
 */

defined( 'ABSPATH' ) || exit;

/**
 * The build's data, read once per request.
 *
 * @return array{version: string, integrity: string, widgets: string[], locales: array, regions: array, audiences: array, variants: array, quickExitLabel: array}
 */
function lantern_build() {
	static $build = null;
	if ( null === $build ) {
		// A local file of the plugin's own, read from disk: no outside call.
		$build = json_decode( (string) file_get_contents( LANTERN_DIR . '/data/build.json' ), true );
	}
	return $build;
}

/**
 * A widget's variants, the default first (the widgets' WIDGET_VARIANTS, carried by data/build.json), or none for a
 * widget without content (the quick exit).
 *
 * @param string $widget A widget name, such as help-directory.
 * @return string[]
 */
function lantern_widget_variants( $widget ) {
	return lantern_build()['variants'][ $widget ] ?? array();
}

/** Widgets whose content has a heading, and so take heading-level. */
const LANTERN_CONTENT_WIDGETS = array( 'warning-signs', 'at-risk', 'myths-facts', 'help-directory' );

/**
 * The settings each widget takes, as element attributes (the embed's names).
 *
 * @param string $widget A widget name, such as warning-signs.
 * @return string[]
 */
function lantern_widget_attributes( $widget ) {
	if ( 'quick-exit' === $widget ) {
		return array( 'lang', 'exit-url' );
	}
	$attributes = array( 'lang', 'region', 'audience' );
	if ( count( lantern_widget_variants( $widget ) ) > 1 ) {
		$attributes[] = 'variant';
	}
	if ( in_array( $widget, LANTERN_CONTENT_WIDGETS, true ) ) {
		$attributes[] = 'heading-level';
	}
	return $attributes;
}
