<?php
/**
 * Plugin Name:       peerkit
 * Description:       Recovery meeting finder, resource directory, anonymous question box and peer story carousel, as blocks and shortcodes. Everything runs from this plugin: no script from another server.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            peerkit contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       peerkit
 * Domain Path:       /languages
 *
 * @package peerkit
 */

defined( 'ABSPATH' ) || exit;

// The build (`npm run build:wordpress`) writes the package's version here.
define( 'PEERKIT_VERSION', '0.0.0-dev' );
define( 'PEERKIT_FILE', __FILE__ );
define( 'PEERKIT_DIR', plugin_dir_path( __FILE__ ) );
define( 'PEERKIT_URL', plugin_dir_url( __FILE__ ) );

require_once PEERKIT_DIR . 'includes/languages.php';
require_once PEERKIT_DIR . 'includes/options.php';
require_once PEERKIT_DIR . 'includes/widgets.php';
require_once PEERKIT_DIR . 'includes/render.php';
require_once PEERKIT_DIR . 'includes/assets.php';
require_once PEERKIT_DIR . 'includes/shortcodes.php';
require_once PEERKIT_DIR . 'includes/blocks.php';
if ( is_admin() ) {
	require_once PEERKIT_DIR . 'includes/settings.php';
}

/** The plugin's own strings (settings page, block controls, notices). */
function peerkit_load_textdomain() {
	load_plugin_textdomain( 'peerkit', false, dirname( plugin_basename( PEERKIT_FILE ) ) . '/languages' );
}
add_action( 'init', 'peerkit_load_textdomain', 1 );
