<?php
// Runs the plugin's language checks outside WordPress, with the few WordPress functions they call
// stubbed, and prints what they give as JSON. Used by test/wordpress/plugin.test.ts.
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

$spec = array( 'type' => 'lang' );
$attribute = array();
foreach ( array( 'ja', 'zh-hans', 'ZH-Hans', 'es-MX', 'pt-PT', 'zh-TW', 'fil', 'hi', 'xx-YY', '"><script>', 'en es' ) as $value ) {
	$attribute[ $value ] = peerkit_sanitize_attribute( $spec, $value );
}
$settings = array();
foreach ( array( 'ja', 'zh-Hans', 'zh-hans', 'fa', '', 'hi', 'es-MX' ) as $value ) {
	$settings[ $value ] = peerkit_sanitize_settings( array( 'lang' => $value ) )['lang'];
}
$GLOBALS['peerkit_test_option'] = array( 'lang' => 'fa' );
ob_start();
peerkit_field_lang();
$field = ob_get_clean();
echo json_encode(
	array(
		'languages' => peerkit_languages(),
		'attribute' => $attribute,
		'settings'  => $settings,
		'field'     => $field,
	),
	JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
);
