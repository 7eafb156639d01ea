<?php
/**
 * One widget's markup from the values a block or shortcode gave: every value checked against the
 * widget's attribute list and escaped, the site's settings as a `<peer-config>` around it, and a
 * note for the site's editors (never for visitors) about anything that was left out.
 *
 * @package peerkit
 */

defined( 'ABSPATH' ) || exit;

/** A value as text: entities WordPress may have added (`&amp;`, `&#8220;`) turned back into characters. */
function peerkit_text_value( $raw ) {
	if ( is_bool( $raw ) || is_array( $raw ) || is_object( $raw ) || null === $raw ) {
		return '';
	}
	return trim( html_entity_decode( (string) $raw, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
}

/** Whether a shortcode or block value means "on". */
function peerkit_truthy( $raw ) {
	if ( is_bool( $raw ) ) {
		return $raw;
	}
	return in_array( strtolower( peerkit_text_value( $raw ) ), array( '', '1', 'true', 'yes', 'on' ), true );
}

/**
 * One URL, as `esc_url_raw` keeps it (http and https, or the protocols given); '' when it is not one.
 *
 * @param string   $url       The URL.
 * @param string[] $protocols Allowed protocols.
 */
function peerkit_clean_url( $url, $protocols = array( 'https', 'http' ) ) {
	if ( '' === $url || preg_match( '/\s/', $url ) ) {
		return '';
	}
	return esc_url_raw( $url, $protocols );
}

/**
 * Checks one value against its attribute's type.
 *
 * @param array $spec The attribute (see peerkit_widgets()).
 * @param mixed $raw  The value the block or shortcode gave.
 * @return array{0: string|bool|null, 1: string} The clean value (null: leave the attribute out; true:
 *               a boolean attribute; '' for `exit`: present and empty) and, when something was
 *               dropped, why (a translated sentence).
 */
function peerkit_sanitize_attribute( $spec, $raw ) {
	$type = $spec['type'];
	if ( 'bool' === $type ) {
		return array( peerkit_truthy( $raw ) ? true : null, '' );
	}
	if ( 'exit' === $type ) {
		if ( true === $raw ) {
			return array( '', '' );
		}
		$value = peerkit_text_value( $raw );
		if ( false === $raw || '' === $value || in_array( strtolower( $value ), array( 'false', '0', 'no', 'off' ), true ) ) {
			return array( null, '' );
		}
		if ( in_array( strtolower( $value ), array( '1', 'true', 'yes', 'on' ), true ) ) {
			return array( '', '' );
		}
		$url = peerkit_clean_url( $value );
		return '' === $url ? array( null, __( 'it is not a web address', 'peerkit' ) ) : array( $url, '' );
	}
	if ( is_int( $raw ) || is_float( $raw ) ) {
		$raw = (string) $raw;
	}
	$value = peerkit_text_value( $raw );
	if ( '' === $value ) {
		return array( null, '' );
	}
	switch ( $type ) {
		case 'url':
			$url = peerkit_clean_url( $value, isset( $spec['protocols'] ) ? $spec['protocols'] : array( 'https', 'http' ) );
			return '' === $url ? array( null, __( 'it is not a web address', 'peerkit' ) ) : array( $url, '' );
		case 'urls':
			$urls = array();
			foreach ( preg_split( '/\s+/', $value ) as $one ) {
				$url = peerkit_clean_url( $one );
				if ( '' === $url ) {
					return array( null, __( 'it is not a list of web addresses', 'peerkit' ) );
				}
				$urls[] = $url;
			}
			return array( implode( ' ', $urls ), '' );
		case 'template':
			// Braces are no URL characters: checked with placeholders swapped out, then put back.
			$marked = preg_replace( '/\{([a-z]{1,10})\}/', 'PEERKIT0$1', $value );
			$url    = preg_match( '#^https?://#i', $value ) ? peerkit_clean_url( $marked ) : '';
			return '' === $url ? array( null, __( 'it is not a web address', 'peerkit' ) ) : array( preg_replace( '/PEERKIT0([a-z]{1,10})/', '{$1}', $url ), '' );
		case 'enum':
			return isset( $spec['options'][ $value ] ) ? array( $value, '' ) : array( null, __( 'that is not one of its choices', 'peerkit' ) );
		case 'tokens':
			$words = preg_split( '/[\s,]+/', strtolower( $value ) );
			if ( array_diff( $words, $spec['tokens'] ) ) {
				/* translators: %s: the words allowed, e.g. "morning, midday, evening, night". */
				return array( null, sprintf( __( 'it takes only %s', 'peerkit' ), implode( ', ', $spec['tokens'] ) ) );
			}
			return array( implode( ' ', array_unique( $words ) ), '' );
		case 'int':
			if ( ! empty( $spec['clamp'] ) && preg_match( '/^-?\d{1,9}$/', $value ) ) {
				$n = max( $spec['min'], min( $spec['max'], (int) $value ) );
				/* translators: 1: smallest number allowed, 2: largest, 3: the number used. */
				return array( (string) $n, (int) $value === $n ? '' : sprintf( __( 'it takes a whole number from %1$d to %2$d, so %3$d is used', 'peerkit' ), $spec['min'], $spec['max'], $n ) );
			}
			if ( ! preg_match( '/^\d{1,6}$/', $value ) || (int) $value < $spec['min'] || (int) $value > $spec['max'] ) {
				/* translators: 1: smallest number allowed, 2: largest. */
				return array( null, sprintf( __( 'it takes a whole number from %1$d to %2$d', 'peerkit' ), $spec['min'], $spec['max'] ) );
			}
			return array( (string) (int) $value, '' );
		case 'latlng':
			if ( ! preg_match( '/^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/', $value, $m ) || abs( (float) $m[1] ) > 90 || abs( (float) $m[2] ) > 180 ) {
				return array( null, __( 'it takes a latitude and longitude such as 39.78,-89.65', 'peerkit' ) );
			}
			return array( $m[1] . ',' . $m[2], '' );
		case 'lang':
			// One of the widgets' languages, or a regional tag of one (es-MX: dates and numbers as in Mexico).
			if ( '' !== peerkit_tag_language( $value ) ) {
				$code = peerkit_language_code( $value );
				return array( '' !== $code ? $code : $value, '' );
			}
			/* translators: %s: the language codes allowed, e.g. "en, es, fr". */
			return array( null, sprintf( __( 'it takes one of the widgets’ languages (%s), or a regional tag of one such as es-MX', 'peerkit' ), implode( ', ', array_keys( peerkit_languages() ) ) ) );
		case 'langs':
			// Meeting languages: lower-case BCP 47 codes (es fr ase); Meeting Guide's codes (ES, ASL) as they are, lower-cased.
			$codes = array_unique( preg_split( '/[\s,]+/', strtolower( $value ) ) );
			foreach ( $codes as $code ) {
				if ( ! preg_match( '/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/', $code ) ) {
					return array( null, __( 'it takes language codes separated by spaces, such as es fr ase', 'peerkit' ) );
				}
			}
			return array( implode( ' ', $codes ), '' );
		case 'timezone':
			return peerkit_is_timezone( $value ) ? array( $value, '' ) : array( null, __( 'it takes a time zone name such as America/Chicago', 'peerkit' ) );
		case 'json':
			$decoded = json_decode( $value, true );
			if ( ! is_array( $decoded ) ) {
				return array( null, __( 'it is not valid JSON', 'peerkit' ) );
			}
			if ( isset( $spec['shape'] ) && 'type-texts' === $spec['shape'] && ! peerkit_is_type_texts( $decoded ) ) {
				return array( null, __( 'it takes JSON such as {"LGBTQ": {"en": "LGBTQ+", "es": "LGBTQ+"}}: a meeting type code, then a text or texts by language', 'peerkit' ) );
			}
			return array( wp_json_encode( $decoded ), '' );
		default:
			return array( sanitize_text_field( $value ), '' );
	}
}

/**
 * Whether decoded JSON is `{code: "text"}` or `{code: {lang: "text"}}` (type names, their descriptions).
 *
 * @param array $decoded json_decode( …, true ) of the value.
 */
function peerkit_is_type_texts( $decoded ) {
	if ( ! $decoded || array_keys( $decoded ) === range( 0, count( $decoded ) - 1 ) ) {
		return false;
	}
	foreach ( $decoded as $code => $texts ) {
		if ( '' === trim( (string) $code ) ) {
			return false;
		}
		if ( is_string( $texts ) ) {
			continue;
		}
		if ( ! is_array( $texts ) || ! $texts || array_keys( $texts ) === range( 0, count( $texts ) - 1 ) ) {
			return false;
		}
		foreach ( $texts as $lang => $text ) {
			if ( ! is_string( $text ) || ! preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/', (string) $lang ) ) {
				return false;
			}
		}
	}
	return true;
}

/** Whether the current request renders a block preview inside the editor. */
function peerkit_is_editor_preview() {
	return defined( 'REST_REQUEST' ) && REST_REQUEST && isset( $_GET['context'] ) && 'edit' === $_GET['context']; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- read-only: how to render a preview.
}

/**
 * A widget's markup.
 *
 * @param string $slug     Widget key (peerkit_widgets()).
 * @param array  $given    Element attribute name => raw value, as the block or shortcode gave them.
 * @param array  $unknown  Names the shortcode gave that the widget does not have.
 * @param string $where    How the widget was placed, for the editors' note (`[peer_meeting_finder]`).
 * @param string $wrapper  Attributes of the outer `<div>` (a block's wrapper attributes); default its class.
 * @return string
 */
function peerkit_render_widget( $slug, $given, $unknown, $where, $wrapper = '' ) {
	$widgets = peerkit_widgets();
	$widget  = $widgets[ $slug ];
	$notes   = array();
	$values  = array();
	foreach ( $widget['attributes'] as $name => $spec ) {
		if ( ! array_key_exists( $name, $given ) ) {
			continue;
		}
		list( $value, $problem ) = peerkit_sanitize_attribute( $spec, $given[ $name ] );
		if ( '' !== $problem && null !== $value ) {
			/* translators: 1: attribute name, 2: what was changed and why. */
			$notes[] = sprintf( __( '“%1$s” was changed: %2$s.', 'peerkit' ), $name, $problem );
		} elseif ( '' !== $problem ) {
			/* translators: 1: attribute name, 2: why it was left out. */
			$notes[] = sprintf( __( '“%1$s” was left out: %2$s.', 'peerkit' ), $name, $problem );
		}
		if ( null !== $value ) {
			$values[ $name ] = $value;
		}
	}
	foreach ( $unknown as $name ) {
		$notes[] = preg_match( '/^[A-Za-z][\w-]{0,39}$/', $name )
			/* translators: %s: an attribute name the shortcode does not know. */
			? sprintf( __( '“%s” is not an attribute of this widget and was ignored.', 'peerkit' ), $name )
			: __( 'Something that is not an attribute was ignored.', 'peerkit' );
	}

	// The plugin's own defaults (a finder's headings sit right under the page title)…
	foreach ( $widget['attributes'] as $name => $spec ) {
		if ( ! isset( $values[ $name ] ) && isset( $spec['default'] ) ) {
			$values[ $name ] = $spec['default'];
		}
	}
	// …and the site's (Settings → peerkit) for what the block or shortcode left empty.
	$settings = peerkit_settings();
	foreach ( $widget['setting'] as $name => $key ) {
		if ( ! isset( $values[ $name ] ) && '' !== $settings[ $key ] ) {
			$values[ $name ] = $settings[ $key ];
		}
	}
	if ( isset( $values['src'] ) && 'urls' === $widget['attributes']['src']['type'] ) {
		$values['src'] = implode( ' ', array_map( 'peerkit_feed_for_page', explode( ' ', $values['src'] ) ) );
	}
	if ( isset( $widget['attributes']['src'] ) && empty( $values['src'] ) && isset( $widget['setting']['src'] ) ) {
		$notes[] = __( 'It has no feed yet: set a default in Settings → peerkit, or give this one its own.', 'peerkit' );
	}
	if ( isset( $widget['attributes']['api'] ) && empty( $values['api'] ) && empty( $values['src'] ) && '' === $settings['api'] ) {
		$notes[] = __( 'It needs a peerkit server: set its URL in Settings → peerkit.', 'peerkit' );
	}
	if ( peerkit_is_editor_preview() ) {
		// In the editor: no address rewriting and no quick exit out of the editor.
		unset( $values['sync-url'], $values['quick-exit'] );
	}

	$config = array(
		'api'      => $settings['api'],
		'lang'     => peerkit_lang(),
		'theme'    => $settings['theme'],
		'timezone' => isset( $widget['attributes']['timezone'] ) ? peerkit_timezone() : '',
	);

	peerkit_enqueue_widget( $slug );

	$html = '';
	if ( $notes && current_user_can( 'edit_posts' ) ) {
		$html .= peerkit_editor_note( $where, $notes );
	}
	$html .= '<div ' . ( '' !== $wrapper ? $wrapper : 'class="' . esc_attr( peerkit_widget_class( $slug ) ) . '"' ) . '>';
	$html .= '<peer-config' . peerkit_attributes( $config, array( 'api' => 'url' ) ) . '>';
	$types = array();
	foreach ( $widget['attributes'] as $name => $spec ) {
		$types[ $name ] = $spec['type'];
	}
	$html .= '<' . $widget['tag'] . peerkit_attributes( $values, $types ) . '></' . $widget['tag'] . '>';
	$html .= '</peer-config></div>';
	return $html;
}

/**
 * ` name="value"` for each value ('' values left out, except an empty `exit`), escaped for an
 * attribute: URLs through esc_url, everything else through esc_attr.
 *
 * @param array $values Attribute name => clean value (true: a boolean attribute).
 * @param array $types  Attribute name => type.
 */
function peerkit_attributes( $values, $types ) {
	$out = '';
	foreach ( $values as $name => $value ) {
		$type = isset( $types[ $name ] ) ? $types[ $name ] : 'text';
		if ( true === $value ) {
			$out .= ' ' . esc_attr( $name );
		} elseif ( '' !== $value || 'exit' === $type ) {
			if ( 'url' === $type || ( 'exit' === $type && '' !== $value ) ) {
				$escaped = esc_url( $value, 'feedback-url' === $name ? array( 'https', 'http', 'mailto' ) : array( 'https', 'http' ) );
			} elseif ( 'urls' === $type ) {
				$escaped = implode( ' ', array_map( 'esc_url', explode( ' ', $value ) ) );
			} else {
				$escaped = esc_attr( $value );
			}
			$out .= ' ' . esc_attr( $name ) . '="' . $escaped . '"';
		}
	}
	return $out;
}

/** The class of a widget's outer `<div>`. */
function peerkit_widget_class( $slug ) {
	return 'peerkit peerkit-' . $slug;
}

/** A note above a widget for the people who edit the site (never shown to visitors). */
function peerkit_editor_note( $where, $notes ) {
	$html  = '<div class="peerkit-editor-note" role="note" style="border:2px solid #996800;padding:0.5em 1em;margin:0 0 1em">';
	/* translators: %s: the shortcode or block, e.g. [peer_meeting_finder]. */
	$html .= '<p><strong>' . esc_html( sprintf( __( 'peerkit: %s', 'peerkit' ), $where ) ) . '</strong> ';
	$html .= esc_html__( '(only people who can edit this site see this note)', 'peerkit' ) . '</p><ul>';
	foreach ( $notes as $note ) {
		$html .= '<li>' . esc_html( $note ) . '</li>';
	}
	return $html . '</ul></div>';
}
