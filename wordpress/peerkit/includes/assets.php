<?php
/**
 * The widgets' code, bundled in this plugin (assets/cdn/, the CDN build): only the files of the
 * widgets a page holds, as JavaScript modules. WordPress 6.5+ prints them through its script
 * modules (wp_enqueue_script_module); older versions get a classic script handle printed as a
 * `type="module"` tag. Nothing is loaded from another server.
 *
 * @package peerkit
 */

defined( 'ABSPATH' ) || exit;

/** URL of one file of the bundled build. */
function peerkit_asset_url( $file ) {
	return PEERKIT_URL . 'assets/cdn/' . $file;
}

/**
 * Queues one widget's module (its chunks are imported by it, once per page however many widgets
 * share them).
 *
 * @param string $slug Widget key, e.g. meeting-finder.
 */
function peerkit_enqueue_widget( $slug ) {
	$url = peerkit_asset_url( 'peer-' . $slug . '.js' );
	if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() ) {
		wp_enqueue_script_module( '@peerkit/' . $slug, $url, array(), PEERKIT_VERSION );
		return;
	}
	wp_enqueue_script( 'peerkit-module-' . $slug, $url, array(), PEERKIT_VERSION, true );
}

/**
 * The classic handles of our modules, printed as `<script type="module">` (WordPress before 6.5
 * has no other way to print a module).
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle Its handle.
 * @param string $src    Its URL.
 */
function peerkit_module_tag( $tag, $handle, $src ) {
	if ( 0 !== strpos( $handle, 'peerkit-module-' ) ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="' . esc_attr( $handle ) . '-js"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'peerkit_module_tag', 10, 3 );
