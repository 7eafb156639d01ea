<?php
// Runs the sanitising of the meeting finder's and the carousel's embed options (issue 14) outside
// WordPress, with the few WordPress functions it calls stubbed, and prints what each value gives as
// JSON: [clean value or null, note]. Used by test/wordpress/plugin.test.ts.
define( 'ABSPATH', __DIR__ . '/' );
define( 'PEERKIT_FILE', __DIR__ . '/peerkit.php' );
$GLOBALS['peerkit_test_option'] = array( 'lang' => 'es' );
function __( $text, $domain = 'default' ) {
	return $text;
}
function add_action() {}
function add_filter() {}
function plugin_basename( $file ) {
	return basename( $file );
}
function get_option( $name, $default = false ) {
	return 'peerkit_settings' === $name ? $GLOBALS['peerkit_test_option'] : $default;
}
function get_locale() {
	return 'en_US';
}
function sanitize_text_field( $s ) {
	return trim( wp_strip_all_tags_stub( (string) $s ) );
}
function wp_strip_all_tags_stub( $s ) {
	return strip_tags( $s );
}
function sanitize_key( $s ) {
	return preg_replace( '/[^a-z0-9_\-]/', '', strtolower( (string) $s ) );
}
function untrailingslashit( $s ) {
	return rtrim( $s, '/\\' );
}
function esc_url_raw( $url ) {
	return $url;
}
function add_settings_error() {}
function wp_json_encode( $data ) {
	return json_encode( $data );
}
function esc_attr( $s ) {
	return htmlspecialchars( (string) $s, ENT_QUOTES, 'UTF-8' );
}
function esc_html( $s ) {
	return htmlspecialchars( (string) $s, ENT_QUOTES, 'UTF-8' );
}
function selected( $a, $b, $echo = true ) {
	return (string) $a === (string) $b ? ' selected=\'selected\'' : '';
}
$plugin = __DIR__ . '/../../wordpress/peerkit/includes/';
require $plugin . 'languages.php';
require $plugin . 'options.php';
require $plugin . 'widgets.php';
require $plugin . 'render.php';
require $plugin . 'settings.php';

$widgets = peerkit_widgets();
$cases   = array(
	'meeting-finder' => array(
		'limit'             => array( '5', 5, '0', '-3', '9999', '2.5', 'five', '' ),
		'no-controls'       => array( true, false, '1', 'yes', 'no', 'false' ),
		'upcoming'          => array( true, 'off' ),
		'compact'           => array( '', 'on' ),
		'keep-duplicates'   => array( 'true', '0' ),
		'languages'         => array( 'es', 'ES fr', 'es, ase  es', 'Spanish!', 'es "><script>' ),
		'type-names'        => array( '{"LGBTQ": {"en": "LGBTQ+", "es": "LGBTQ+"}, "GR": "Grapevine"}', '{"X": "<b>Y</b> & \"z\""}', '{"LGBTQ": "LGBTQ+",}', '["LGBTQ"]', '{"X": {"en": 5}}', '{"X": {"not a lang": "Y"}}', '{}', '"text"' ),
		'type-descriptions' => array( '{"O": {"en": "Anyone may attend."}}', 'nope' ),
	),
	'story-carousel' => array(
		'heading-level' => array( '4', '2', '1', '7', 'h3' ),
	),
);
$out = array();
foreach ( $cases as $slug => $attributes ) {
	foreach ( $attributes as $name => $values ) {
		foreach ( $values as $value ) {
			$out[ $slug ][ $name ][] = array( $value, peerkit_sanitize_attribute( $widgets[ $slug ]['attributes'][ $name ], $value ) );
		}
	}
}
echo json_encode( $out );
