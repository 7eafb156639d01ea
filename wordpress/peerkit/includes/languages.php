<?php
/**
 * The languages the widgets speak, each named in its own language (never translated: a reader
 * finds their language by its own name), and the checks that keep a setting, block or shortcode to
 * them. The list is src/model/language-names.ts's; test/wordpress/plugin.test.ts keeps the two equal.
 *
 * @package peerkit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every language: the code the widgets' `lang` takes => its own name, in the widgets' order.
 *
 * @return array<string, string>
 */
function peerkit_languages() {
	return array(
		'en'      => 'English',
		'es'      => 'Español',
		'fr'      => 'Français',
		'de'      => 'Deutsch',
		'it'      => 'Italiano',
		'pt'      => 'Português (Brasil)',
		'nl'      => 'Nederlands',
		'pl'      => 'Polski',
		'ru'      => 'Русский',
		'uk'      => 'Українська',
		'sv'      => 'Svenska',
		'ar'      => 'العربية',
		'fa'      => 'فارسی',
		'zh-Hans' => '中文（简体）',
		'vi'      => 'Tiếng Việt',
		'tl'      => 'Tagalog',
		'ko'      => '한국어',
		'ja'      => '日本語',
	);
}

/** `rtl` for the languages written right to left (Arabic, Persian), else `ltr`. */
function peerkit_language_dir( $code ) {
	return in_array( $code, array( 'ar', 'fa' ), true ) ? 'rtl' : 'ltr';
}

/**
 * A language's code as the list spells it (`zh-hans` → `zh-Hans`), or '' when it is not one of them.
 *
 * @param mixed $value What a form sent.
 * @return string
 */
function peerkit_language_code( $value ) {
	if ( ! is_string( $value ) ) {
		return '';
	}
	$lower = strtolower( trim( $value ) );
	foreach ( array_keys( peerkit_languages() ) as $code ) {
		if ( strtolower( $code ) === $lower ) {
			return $code;
		}
	}
	return '';
}

/**
 * The language the widgets read a BCP 47 tag in, as they do (`es-MX` → `es`, `pt-PT` → `pt`,
 * `zh-TW` → `zh-Hans`, `fil` → `tl`), or '' when they speak none of it.
 *
 * @param string $tag A language tag.
 * @return string
 */
function peerkit_tag_language( $tag ) {
	if ( ! is_string( $tag ) || ! preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/', $tag ) ) {
		return '';
	}
	$exact = peerkit_language_code( $tag );
	if ( '' !== $exact ) {
		return $exact;
	}
	$primary = strtolower( strtok( $tag, '-' ) );
	$aliases = array(
		'fil' => 'tl',
		'prs' => 'fa',
		'zh'  => 'zh-Hans',
	);
	return isset( $aliases[ $primary ] ) ? $aliases[ $primary ] : peerkit_language_code( $primary );
}
