<?php
/**
 * One shortcode per widget: `[peer_meeting_finder src="…" day="today"]`, `[peer_resource_directory]`,
 * `[peer_question_box]`, `[peer_story_carousel]`. Attributes are the element's own (`crisis-region`,
 * or `crisis_region`); a boolean one may stand alone (`[peer_story_carousel autoplay]`).
 *
 * @package peerkit
 */

defined( 'ABSPATH' ) || exit;

/** Registers the shortcodes. */
function peerkit_register_shortcodes() {
	foreach ( peerkit_widgets() as $widget ) {
		add_shortcode( $widget['shortcode'], 'peerkit_shortcode' );
	}
}
add_action( 'init', 'peerkit_register_shortcodes' );

/**
 * Renders a widget's shortcode.
 *
 * @param array|string $atts    Attributes ('' when there are none).
 * @param string|null  $content Enclosed content (unused).
 * @param string       $tag     The shortcode's name.
 * @return string
 */
function peerkit_shortcode( $atts, $content, $tag ) {
	foreach ( peerkit_widgets() as $slug => $widget ) {
		if ( $widget['shortcode'] !== $tag ) {
			continue;
		}
		$given   = array();
		$unknown = array();
		foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
			if ( is_int( $key ) ) {
				// A word standing alone: a boolean attribute, or nothing we know.
				$name = str_replace( '_', '-', strtolower( trim( (string) $value ) ) );
				if ( isset( $widget['attributes'][ $name ] ) && in_array( $widget['attributes'][ $name ]['type'], array( 'bool', 'exit' ), true ) ) {
					$given[ $name ] = true;
				} else {
					$unknown[] = (string) $value;
				}
				continue;
			}
			$name = str_replace( '_', '-', strtolower( (string) $key ) );
			if ( isset( $widget['attributes'][ $name ] ) ) {
				$given[ $name ] = $value;
			} else {
				$unknown[] = (string) $key;
			}
		}
		return peerkit_render_widget( $slug, $given, $unknown, '[' . $tag . ']' );
	}
	return '';
}
