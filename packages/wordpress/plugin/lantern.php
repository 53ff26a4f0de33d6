<?php
/**
 * Plugin Name:       Lantern
 * Description:       Human-trafficking warning signs, who is most at risk, myths and facts, where to get help and a quick exit, as blocks and shortcodes. Accessible, bilingual, and private: no cookies, no tracking.
 * Version:           1.0.0-0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Lantern
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       lantern
 * Domain Path:       /languages
 *
 * @package Lantern
 */

defined( 'ABSPATH' ) || exit;

define( 'LANTERN_FILE', __FILE__ );
define( 'LANTERN_DIR', __DIR__ );
define( 'LANTERN_OPTION', 'lantern_settings' );

require_once __DIR__ . '/includes/build.php';
require_once __DIR__ . '/includes/values.php';
require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/settings.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'lantern', false, dirname( plugin_basename( LANTERN_FILE ) ) . '/languages' );
		lantern_register_blocks();
		add_shortcode( 'lantern', 'lantern_shortcode' );
	}
);
add_filter( 'wp_kses_allowed_html', 'lantern_kses_allowed_html', 10, 2 );
// After kses (10), which runs for the same users: a post's exit address is the settings' unless its writer may post
// unfiltered HTML. Both saving and showing are filtered: see lantern_drop_exit_urls().
add_filter( 'content_save_pre', 'lantern_filter_saved_content', 11 );
add_filter( 'the_content', 'lantern_filter_shown_content', 8 );
add_action( 'wp_enqueue_scripts', 'lantern_enqueue_if_used' );
add_action( 'enqueue_block_editor_assets', 'lantern_enqueue_editor' );
add_action( 'admin_menu', 'lantern_add_settings_page' );
add_action( 'admin_init', 'lantern_register_settings' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'lantern_action_links' );
