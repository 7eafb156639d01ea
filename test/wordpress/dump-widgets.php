<?php
// Prints the plugin's widget table (wordpress/peerkit/includes/widgets.php) as JSON, outside
// WordPress: the translation functions return their text. Used by test/wordpress/plugin.test.ts.
define( 'ABSPATH', __DIR__ . '/' );
function __( $text, $domain = 'default' ) {
	return $text;
}
require __DIR__ . '/../../wordpress/peerkit/includes/languages.php';
require __DIR__ . '/../../wordpress/peerkit/includes/widgets.php';
$out = array();
foreach ( peerkit_widgets() as $slug => $widget ) {
	$widget['blockAttributes'] = array();
	foreach ( $widget['attributes'] as $name => $spec ) {
		$widget['blockAttributes'][ $name ] = peerkit_block_attribute_name( $name );
	}
	$out[ $slug ] = $widget;
}
echo json_encode( $out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
