<?php
/**
 * The two kinds of value the plugin stores and passes on: plain text, kept as typed and escaped where it is shown
 * (escape late), and absolute https addresses.
 *
 * @package Lantern
 */

defined( 'ABSPATH' ) || exit;

/**
 * Text as the partner typed it, on one line: no control characters, no surrounding spaces, valid UTF-8 ('' if not).
 * Not HTML-encoded: sanitize_text_field() would store "A < B" as "A &lt; B", which every later escape then shows to
 * visitors as a literal "&lt;". Each output escapes for its own context: esc_attr() in the settings form, JSON with
 * JSON_HEX_TAG in the configuration block, and the embed writes it as text, never as markup.
 *
 * @param mixed $value A posted or saved value.
 * @return string
 */
function lantern_plain_text( $value ) {
	return trim( (string) preg_replace( '/[\x00-\x1F\x7F]+/', ' ', wp_check_invalid_utf8( (string) $value ) ) );
}

/**
 * An absolute https address, or '' for anything else. esc_url_raw( $url, array( 'https' ) ) alone checks only a
 * scheme that is written, so it passes a protocol-relative //evil.example/ (any host, over whatever the page uses)
 * and a relative path: both are refused here.
 *
 * @param mixed $value A posted or saved address.
 * @return string
 */
function lantern_https_url( $value ) {
	$value = trim( (string) $value );
	$parts = wp_parse_url( $value );
	if ( ! is_array( $parts ) || 'https' !== strtolower( $parts['scheme'] ?? '' ) || empty( $parts['host'] ) ) {
		return '';
	}
	return esc_url_raw( $value, array( 'https' ) );
}

/**
 * Why a partner's phone number is refused, or '' when it is fine: the embed's own rule (the SDK's
 * PARTNER_PHONE_RULE, copied into data/build.json by the build), so a number the settings page's script would refuse
 * is refused here too, whatever shape the form was posted in.
 *
 * @param string $phone The number as written.
 * @return string
 */
function lantern_phone_problem( $phone ) {
	$rule   = lantern_build()['phoneRule'];
	$digits = preg_replace( '/\D/', '', $phone );
	// The rule is a JavaScript pattern; D keeps PHP's $ from matching before a final newline, as JavaScript's does not.
	$pattern = '/' . str_replace( '/', '\/', $rule['pattern'] ) . '/D';
	if ( ! preg_match( $pattern, $phone ) || strlen( $digits ) < $rule['minDigits'] || strlen( $digits ) > $rule['maxDigits'] ) {
		/* translators: %s: the phone number as written. */
		return sprintf( __( '“%s” is not a phone number: write digits with spaces or hyphens, like 905-555-0100.', 'lantern' ), esc_html( $phone ) );
	}
	if ( $rule['emergency'] === $digits ) {
		return __( '911 is always shown first by Lantern: remove it from your contacts.', 'lantern' );
	}
	return '';
}
