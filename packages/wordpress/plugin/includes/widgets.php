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
			// Only absolute https (a neutral page must not be downgraded; never javascript: or //another.host/), and
			// otherwise the address from Settings → Lantern. A post's own address reaches here only if its writer may
			// post unfiltered HTML: lantern_drop_exit_urls() removed the others before the post was saved or shown.
			$value = lantern_https_url( $value );
			$value = '' !== $value ? $value : lantern_settings()['exit_url'];
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
 * pasted by a contributor then works, since the plugin brings the script. Not exit-url: WordPress applies these
 * rules only to users without unfiltered_html, and where a fleeing visitor lands is the partner's choice (Settings →
 * Lantern), not a post writer's.
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
			unset( $attributes['exit-url'] );
			$tags[ $tag ] = $attributes;
		}
	}
	return $tags;
}

/**
 * Removes exit-url from Lantern's blocks, shortcodes and elements in a post's content, so a quick exit the post adds
 * goes where Settings → Lantern says. A post writer could otherwise add a second quick exit, hidden in a closed
 * <details> or a zero-height box, that sends a fleeing visitor's Shift×3 to an address of the writer's choosing.
 *
 * @param string $content Post content.
 * @return string
 */
function lantern_drop_exit_urls( $content ) {
	if ( false === stripos( $content, 'lantern' ) ) {
		return $content;
	}
	// Blocks: parsed as WordPress parses them, since the comment's JSON can spell a key with escapes ("exit\u0055rl").
	if ( false !== strpos( $content, 'wp:lantern/' ) ) {
		$changed = false;
		$blocks  = lantern_drop_block_exit_urls( parse_blocks( $content ), $changed );
		if ( $changed ) {
			$content = serialize_blocks( $blocks );
		}
	}
	// Shortcodes: the attributes tokenized with WordPress's own pattern, and every exit-url token left out.
	$content = preg_replace_callback(
		'/' . get_shortcode_regex( array( 'lantern' ) ) . '/',
		static function ( $match ) {
			$text = preg_replace( '/[\x{00a0}\x{200b}]+/u', ' ', $match[3] );
			if ( ! preg_match_all( get_shortcode_atts_regex(), $text, $tokens, PREG_SET_ORDER ) ) {
				return $match[0];
			}
			$kept = '';
			foreach ( $tokens as $token ) {
				$name = strtolower( $token[1] ? $token[1] : ( $token[3] ?? '' ) . ( $token[5] ?? '' ) );
				$kept .= 'exit-url' === $name ? '' : $token[0];
			}
			return substr_replace( $match[0], '' === $kept ? '' : ' ' . $kept, 1 + strlen( $match[1] . $match[2] ), strlen( $match[3] ) );
		},
		$content
	);
	// Elements: any <lantern-…> start tag, in any case, loses its exit-url attribute however it is written.
	return lantern_edit_element_attributes(
		$content,
		static function ( $element, array $attributes ) {
			return array_filter(
				$attributes,
				static function ( $attribute ) {
					return 'exit-url' !== $attribute['name'];
				}
			);
		}
	);
}

/**
 * Rewrites the attributes of every <lantern-…> start tag in $content, read as a browser reads them (a quoted value
 * may hold > or another attribute's name; attributes need no space between them).
 *
 * @param string   $content HTML.
 * @param callable $edit    Given the element's name (lower case) and its attributes (each ['name' => lower case,
 *                          'text' => as written]), returns the attributes to keep or add.
 * @return string
 */
function lantern_edit_element_attributes( $content, $edit ) {
	return preg_replace_callback(
		'/<(lantern-[^\s\/>]*)((?:[^>"\']|"[^"]*"|\'[^\']*\')*)>/i',
		static function ( $tag ) use ( $edit ) {
			preg_match_all( '/([^\s"\'>\/=]+)(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s>]*))?/', $tag[2], $found, PREG_SET_ORDER );
			$attributes = array();
			foreach ( $found as $attribute ) {
				$attributes[] = array(
					'name' => strtolower( $attribute[1] ),
					'text' => $attribute[0],
				);
			}
			$kept = $edit( strtolower( $tag[1] ), $attributes );
			return '<' . $tag[1] . implode( '', array_map( static function ( $attribute ) {
				return ' ' . $attribute['text'];
			}, $kept ) ) . '>';
		},
		$content
	);
}

/**
 * Removes exitUrl from Lantern's blocks, at any depth (inside a group, columns, a details block).
 *
 * @param array $blocks  Parsed blocks.
 * @param bool  $changed Set to true when an attribute was removed.
 * @return array
 */
function lantern_drop_block_exit_urls( array $blocks, &$changed ) {
	foreach ( $blocks as &$block ) {
		if ( 0 === strpos( (string) $block['blockName'], 'lantern/' ) && isset( $block['attrs']['exitUrl'] ) ) {
			unset( $block['attrs']['exitUrl'] );
			$changed = true;
		}
		$block['innerBlocks'] = lantern_drop_block_exit_urls( $block['innerBlocks'], $changed );
	}
	return $blocks;
}

/**
 * On save, for a user without unfiltered_html (the same users WordPress's kses filters), a post keeps no exit-url.
 *
 * @param string $content Post content, slashed.
 * @return string
 */
function lantern_filter_saved_content( $content ) {
	if ( current_user_can( 'unfiltered_html' ) ) {
		return $content;
	}
	return wp_slash( lantern_drop_exit_urls( wp_unslash( $content ) ) );
}

/**
 * On view, before blocks (9) and shortcodes (11) render: a post whose author may not post unfiltered HTML keeps no
 * exit-url, whoever saved it and however it was saved (an import, a script). Then each pasted quick exit without an
 * address gets the one from Settings → Lantern, as blocks and shortcodes do when they render. A theme's own block is
 * rendered outside the post's content, so it keeps its address.
 *
 * @param string $content Post content.
 * @return string
 */
function lantern_filter_shown_content( $content ) {
	$post = get_post();
	if ( ! $post || ! user_can( (int) $post->post_author, 'unfiltered_html' ) ) {
		$content = lantern_drop_exit_urls( $content );
	}
	$exit_url = lantern_settings()['exit_url'];
	if ( '' === $exit_url || false === stripos( $content, '<lantern-quick-exit' ) ) {
		return $content;
	}
	return lantern_edit_element_attributes(
		$content,
		static function ( $element, array $attributes ) use ( $exit_url ) {
			if ( 'lantern-quick-exit' !== $element || in_array( 'exit-url', array_column( $attributes, 'name' ), true ) ) {
				return $attributes;
			}
			$attributes[] = array(
				'name' => 'exit-url',
				'text' => 'exit-url="' . esc_attr( $exit_url ) . '"',
			);
			return $attributes;
		}
	);
}
