<?php
/**
 * The plugin's settings (one option, `peerkit_settings`) and what they resolve to on a page.
 *
 * @package peerkit
 */

defined( 'ABSPATH' ) || exit;

/** Every setting and its default: empty means "not set" (or "follow the site" for language and time zone). */
function peerkit_default_settings() {
	return array(
		'meetings_src'     => '',
		'meetings_format'  => 'auto',
		'directory_src'    => '',
		'directory_format' => '',
		'api'              => '',
		'lang'             => '',
		'theme'            => 'auto',
		'timezone'         => '',
	);
}

/** The saved settings over the defaults. */
function peerkit_settings() {
	$saved = get_option( 'peerkit_settings', array() );
	return array_merge( peerkit_default_settings(), is_array( $saved ) ? array_intersect_key( $saved, peerkit_default_settings() ) : array() );
}

/**
 * A WordPress locale (`es_ES`, `de_DE_formal`, `pt_BR`) as a BCP 47 tag (`es-ES`, `de-DE`, `pt-BR`):
 * the widgets pick their strings by the language and format dates by the whole tag.
 *
 * @param string $locale WordPress locale.
 * @return string
 */
function peerkit_locale_to_lang( $locale ) {
	$parts = explode( '_', (string) $locale );
	$lang  = strtolower( $parts[0] );
	if ( ! preg_match( '/^[a-z]{2,3}$/', $lang ) ) {
		return 'en';
	}
	if ( isset( $parts[1] ) && preg_match( '/^[A-Za-z]{2}$|^[0-9]{3}$/', $parts[1] ) ) {
		return $lang . '-' . strtoupper( $parts[1] );
	}
	return $lang;
}

/** The widgets' language: the setting, else the site's language. */
function peerkit_lang() {
	$settings = peerkit_settings();
	return '' !== $settings['lang'] ? $settings['lang'] : peerkit_locale_to_lang( get_locale() );
}

/** Whether a string is an IANA time zone name PHP knows (`America/Chicago`, `UTC`). */
function peerkit_is_timezone( $zone ) {
	return is_string( $zone ) && '' !== $zone && in_array( $zone, timezone_identifiers_list(), true );
}

/** The site's own time zone (Settings → General) when it is a named zone; '' when it is only an offset. */
function peerkit_site_timezone() {
	$zone = function_exists( 'wp_timezone_string' ) ? wp_timezone_string() : (string) get_option( 'timezone_string' );
	return peerkit_is_timezone( $zone ) ? $zone : '';
}

/** The time zone given to feeds that name none: the setting, else the site's named zone, else none. */
function peerkit_timezone() {
	$settings = peerkit_settings();
	return '' !== $settings['timezone'] ? $settings['timezone'] : peerkit_site_timezone();
}

/** Whether the 12 Step Meeting List plugin is running on this site. */
function peerkit_tsml_active() {
	return defined( 'TSML_VERSION' ) || function_exists( 'tsml_ajax_meetings' );
}

/** The 12 Step Meeting List plugin's Meeting Guide feed on this site. */
function peerkit_tsml_feed_url() {
	return admin_url( 'admin-ajax.php?action=meetings' );
}

/**
 * A feed URL as the page should fetch it. The 12 Step Meeting List feed answers visitors only when
 * its sharing is open or with its nonce, as its own finder does; the nonce is added at render time
 * (never stored).
 *
 * @param string $url A feed URL.
 * @return string
 */
function peerkit_feed_for_page( $url ) {
	if ( peerkit_tsml_active() && $url === peerkit_tsml_feed_url() && 'open' !== get_option( 'tsml_sharing', 'restricted' ) && ! empty( $GLOBALS['tsml_nonce'] ) ) {
		return add_query_arg( 'nonce', wp_create_nonce( $GLOBALS['tsml_nonce'] ), $url );
	}
	return $url;
}
