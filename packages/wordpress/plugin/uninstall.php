<?php
/**
 * Deleting the plugin removes its only stored data: the settings option. Lantern stores nothing else, on the site
 * or in visitors' browsers.
 *
 * @package Lantern
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'lantern_settings' );
delete_site_option( 'lantern_settings' );
