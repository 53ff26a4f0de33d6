<?php
/**
 * Router for PHP's built-in server in the tests: WordPress runs from Debian's /usr/share/wordpress, while its content
 * folder (plugins, themes, uploads) lives in the run's temp folder, outside the document root. This serves that
 * folder's static files under /wp-content/ and leaves every other request to the server, as Apache would.
 */

$lantern_path    = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$lantern_content = realpath( (string) getenv( 'LANTERN_WP_CONTENT' ) );

if ( '/favicon.ico' === $lantern_path ) {
	http_response_code( 204 );
	return true;
}
if ( $lantern_content && 0 === strpos( $lantern_path, '/wp-content/' ) ) {
	$lantern_file = realpath( $lantern_content . substr( rawurldecode( $lantern_path ), strlen( '/wp-content' ) ) );
	if ( ! $lantern_file || 0 !== strpos( $lantern_file, $lantern_content . '/' ) || ! is_file( $lantern_file ) || '.php' === substr( $lantern_file, -4 ) ) {
		http_response_code( 404 );
		return true;
	}
	$lantern_types = array(
		'js'    => 'text/javascript',
		'css'   => 'text/css',
		'html'  => 'text/html',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'woff2' => 'font/woff2',
	);
	$lantern_ext = strtolower( pathinfo( $lantern_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( $lantern_types[ $lantern_ext ] ?? 'application/octet-stream' ) );
	readfile( $lantern_file );
	return true;
}
return false;
