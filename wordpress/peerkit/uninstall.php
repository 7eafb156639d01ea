<?php
/**
 * Deleting the plugin removes everything it stored: its one option, on every site of a network.
 *
 * @package peerkit
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $peerkit_site ) {
		switch_to_blog( $peerkit_site );
		delete_option( 'peerkit_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'peerkit_settings' );
}
