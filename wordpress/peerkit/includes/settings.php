<?php
/**
 * Settings → peerkit: the defaults every block and shortcode uses (feeds, the peerkit server,
 * language, colours, time zone), through the Settings API (capability manage_options, its nonce,
 * every value sanitized on save). When the 12 Step Meeting List plugin runs on the site, its feed
 * can become the default meeting source in one click.
 *
 * @package peerkit
 */

defined( 'ABSPATH' ) || exit;

/** The page under Settings. */
function peerkit_settings_menu() {
	add_options_page( __( 'peerkit settings', 'peerkit' ), 'peerkit', 'manage_options', 'peerkit', 'peerkit_settings_page' );
}
add_action( 'admin_menu', 'peerkit_settings_menu' );

/** "Settings" beside "Deactivate" on the Plugins screen. */
function peerkit_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=peerkit' ) ) . '">' . esc_html__( 'Settings', 'peerkit' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( PEERKIT_FILE ), 'peerkit_action_links' );

/** The option, its sanitizer, and the fields. */
function peerkit_settings_init() {
	register_setting(
		'peerkit',
		'peerkit_settings',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'peerkit_sanitize_settings',
			'default'           => peerkit_default_settings(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'peerkit_sources', __( 'Where the widgets get their data', 'peerkit' ), 'peerkit_sources_intro', 'peerkit' );
	add_settings_section( 'peerkit_display', __( 'How they look and speak', 'peerkit' ), '__return_false', 'peerkit' );
	$fields = array(
		'meetings_src'  => array( __( 'Meeting feed URL(s)', 'peerkit' ), 'peerkit_sources' ),
		'directory_src' => array( __( 'Resource directory URL', 'peerkit' ), 'peerkit_sources' ),
		'api'           => array( __( 'peerkit server URL', 'peerkit' ), 'peerkit_sources' ),
		'timezone'      => array( __( 'Time zone of the meetings', 'peerkit' ), 'peerkit_sources' ),
		'lang'          => array( __( 'Language', 'peerkit' ), 'peerkit_display' ),
		'theme'         => array( __( 'Colours', 'peerkit' ), 'peerkit_display' ),
	);
	foreach ( $fields as $key => $field ) {
		add_settings_field( 'peerkit_' . $key, $field[0], 'peerkit_field_' . $key, 'peerkit', $field[1], array( 'label_for' => 'peerkit_' . $key ) );
	}
}
add_action( 'admin_init', 'peerkit_settings_init' );

/** The sources section's introduction. */
function peerkit_sources_intro() {
	echo '<p>' . esc_html__( 'Each block and shortcode can name its own source; these are the defaults for those that do not.', 'peerkit' ) . '</p>';
}

/** `name` and `id` of a settings field. */
function peerkit_field_name( $key ) {
	return 'name="peerkit_settings[' . esc_attr( $key ) . ']" id="peerkit_' . esc_attr( $key ) . '"';
}

/** A `<select>` of value => label. */
function peerkit_select( $key, $options, $current, $describedby = '' ) {
	echo '<select ' . peerkit_field_name( $key ) . ( $describedby ? ' aria-describedby="' . esc_attr( $describedby ) . '"' : '' ) . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in peerkit_field_name().
	foreach ( $options as $value => $label ) {
		echo '<option value="' . esc_attr( $value ) . '"' . selected( $current, (string) $value, false ) . '>' . esc_html( $label ) . '</option>';
	}
	echo '</select>';
}

/** Meeting feeds and their format. */
function peerkit_field_meetings_src() {
	$settings = peerkit_settings();
	echo '<textarea ' . peerkit_field_name( 'meetings_src' ) . ' class="large-text code" rows="2" aria-describedby="peerkit_meetings_src_help">' . esc_textarea( str_replace( ' ', "\n", $settings['meetings_src'] ) ) . '</textarea>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in peerkit_field_name().
	echo '<p class="description" id="peerkit_meetings_src_help">' . esc_html__( 'Meeting Guide JSON feeds, one a line, or the URL of a BMLT server.', 'peerkit' ) . '</p>';
	echo '<p><label for="peerkit_meetings_format">' . esc_html__( 'Format', 'peerkit' ) . '</label> ';
	peerkit_select(
		'meetings_format',
		array(
			'auto'          => __( 'Detect', 'peerkit' ),
			'meeting-guide' => __( 'Meeting Guide JSON', 'peerkit' ),
			'bmlt'          => __( 'BMLT server', 'peerkit' ),
		),
		$settings['meetings_format']
	);
	echo '</p>';
	if ( peerkit_tsml_active() ) {
		echo '<p class="peerkit-tsml">';
		if ( $settings['meetings_src'] === peerkit_tsml_feed_url() ) {
			esc_html_e( 'Meeting finders show the meetings of the 12 Step Meeting List plugin on this site.', 'peerkit' );
		} else {
			esc_html_e( 'The 12 Step Meeting List plugin runs on this site: use “Use its meetings” above the form to make its feed the default.', 'peerkit' );
		}
		echo '</p>';
	}
}

/** The resource directory's URL and format. */
function peerkit_field_directory_src() {
	$settings = peerkit_settings();
	echo '<input type="url" ' . peerkit_field_name( 'directory_src' ) . ' class="large-text code" value="' . esc_attr( $settings['directory_src'] ) . '" aria-describedby="peerkit_directory_src_help">'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in peerkit_field_name().
	echo '<p class="description" id="peerkit_directory_src_help">' . esc_html__( 'An Open Referral HSDS API, or a JSON file of services.', 'peerkit' ) . '</p>';
	echo '<p><label for="peerkit_directory_format">' . esc_html__( 'Format', 'peerkit' ) . '</label> ';
	peerkit_select(
		'directory_format',
		array(
			''     => __( 'From the address (.json: a file)', 'peerkit' ),
			'hsds' => __( 'HSDS API', 'peerkit' ),
			'json' => __( 'JSON file', 'peerkit' ),
		),
		$settings['directory_format']
	);
	echo '</p>';
}

/** The peerkit server (questions and stories). */
function peerkit_field_api() {
	$settings = peerkit_settings();
	echo '<input type="url" ' . peerkit_field_name( 'api' ) . ' class="large-text code" value="' . esc_attr( $settings['api'] ) . '" placeholder="https://peerkit.example.org/api" aria-describedby="peerkit_api_help">'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in peerkit_field_name().
	echo '<p class="description" id="peerkit_api_help">' . esc_html__( 'Where the question box and the story carousel send and read questions and stories (its /api address).', 'peerkit' ) . '</p>';
}

/** The time zone for feeds that name none. */
function peerkit_field_timezone() {
	$settings = peerkit_settings();
	$site     = peerkit_site_timezone();
	/* translators: %s: the site's time zone, e.g. America/Chicago. */
	$options = array( '' => '' !== $site ? sprintf( __( 'The site’s time zone (%s)', 'peerkit' ), $site ) : __( 'None (the site’s time zone is only an offset)', 'peerkit' ) );
	foreach ( timezone_identifiers_list() as $zone ) {
		$options[ $zone ] = str_replace( '_', ' ', $zone );
	}
	peerkit_select( 'timezone', $options, $settings['timezone'], 'peerkit_timezone_help' );
	echo '<p class="description" id="peerkit_timezone_help">' . esc_html__( 'Most meeting feeds name no time zone: their times are read in this one.', 'peerkit' ) . '</p>';
}

/** The widgets' language: each by its own name, marked with its language (and direction) so a screen reader says it rightly. */
function peerkit_field_lang() {
	$settings = peerkit_settings();
	echo '<select ' . peerkit_field_name( 'lang' ) . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in peerkit_field_name().
	/* translators: %s: the site's language tag, e.g. es-ES. */
	echo '<option value=""' . selected( $settings['lang'], '', false ) . '>' . esc_html( sprintf( __( 'The site language (%s)', 'peerkit' ), peerkit_locale_to_lang( get_locale() ) ) ) . '</option>';
	foreach ( peerkit_languages() as $code => $name ) {
		echo '<option value="' . esc_attr( $code ) . '" lang="' . esc_attr( $code ) . '" dir="' . esc_attr( peerkit_language_dir( $code ) ) . '"' . selected( $settings['lang'], $code, false ) . '>' . esc_html( $name ) . '</option>';
	}
	echo '</select>';
}

/** Light, dark or the visitor's choice. */
function peerkit_field_theme() {
	$settings = peerkit_settings();
	peerkit_select(
		'theme',
		array(
			'auto'  => __( "Follow the visitor's system", 'peerkit' ),
			'light' => __( 'Light', 'peerkit' ),
			'dark'  => __( 'Dark', 'peerkit' ),
		),
		$settings['theme']
	);
}

/**
 * Cleans what the form sent. A value that is not valid keeps the one saved before and says why.
 *
 * @param mixed $input The submitted `peerkit_settings`.
 * @return array
 */
function peerkit_sanitize_settings( $input ) {
	// Idempotent: WordPress runs it again on its own result when the option is first added.
	$old   = peerkit_settings();
	$input = is_array( $input ) ? $input : array(); // options.php has unslashed it already.
	$clean = $old;
	$error = function ( $key, $message ) {
		add_settings_error( 'peerkit_settings', 'peerkit_' . $key, $message );
	};

	$feeds = array();
	$bad   = false;
	foreach ( preg_split( '/\s+/', trim( isset( $input['meetings_src'] ) ? (string) $input['meetings_src'] : '' ) ) as $one ) {
		if ( '' === $one ) {
			continue;
		}
		$url = peerkit_clean_url( $one );
		if ( '' === $url ) {
			$bad = true;
		} else {
			$feeds[] = $url;
		}
	}
	if ( $bad ) {
		$error( 'meetings_src', __( 'The meeting feeds were not changed: each must be a web address (https://…).', 'peerkit' ) );
	} else {
		$clean['meetings_src'] = implode( ' ', $feeds );
	}

	foreach ( array( 'directory_src', 'api' ) as $key ) {
		$value = isset( $input[ $key ] ) ? trim( sanitize_text_field( $input[ $key ] ) ) : '';
		$url   = peerkit_clean_url( $value );
		if ( '' !== $value && '' === $url ) {
			$error(
				$key,
				'api' === $key
					? __( 'The peerkit server URL was not changed: it must be a web address (https://…).', 'peerkit' )
					: __( 'The resource directory URL was not changed: it must be a web address (https://…).', 'peerkit' )
			);
		} else {
			$clean[ $key ] = untrailingslashit( $url );
		}
	}

	$choices = array(
		'meetings_format'  => array( 'auto', 'meeting-guide', 'bmlt' ),
		'directory_format' => array( '', 'hsds', 'json' ),
		'theme'            => array( 'auto', 'light', 'dark' ),
	);
	foreach ( $choices as $key => $allowed ) {
		$value = isset( $input[ $key ] ) ? sanitize_key( $input[ $key ] ) : '';
		if ( in_array( $value, $allowed, true ) ) {
			$clean[ $key ] = $value;
		}
	}

	// A language from the list (sanitize_key would lower-case zh-Hans); anything else keeps the saved one.
	$lang = isset( $input['lang'] ) ? sanitize_text_field( $input['lang'] ) : '';
	if ( '' === $lang || '' !== peerkit_language_code( $lang ) ) {
		$clean['lang'] = peerkit_language_code( $lang );
	}

	$zone = isset( $input['timezone'] ) ? sanitize_text_field( $input['timezone'] ) : '';
	if ( '' === $zone || peerkit_is_timezone( $zone ) ) {
		$clean['timezone'] = $zone;
	} else {
		$error( 'timezone', __( 'The time zone was not changed: choose one from the list.', 'peerkit' ) );
	}

	return $clean;
}

/** "Use its meetings": the 12 Step Meeting List feed becomes the default meeting source. */
function peerkit_use_tsml() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change these settings.', 'peerkit' ), 403 );
	}
	check_admin_referer( 'peerkit_use_tsml' );
	$settings                    = peerkit_settings();
	$settings['meetings_src']    = peerkit_tsml_feed_url();
	$settings['meetings_format'] = 'meeting-guide';
	update_option( 'peerkit_settings', $settings );
	wp_safe_redirect( admin_url( 'options-general.php?page=peerkit&peerkit-tsml=1' ) );
	exit;
}
add_action( 'admin_post_peerkit_use_tsml', 'peerkit_use_tsml' );

/** The settings page. */
function peerkit_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = peerkit_settings();
	echo '<div class="wrap"><h1>' . esc_html__( 'peerkit settings', 'peerkit' ) . '</h1>';
	if ( isset( $_GET['peerkit-tsml'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only shows a message.
		echo '<div class="notice notice-success"><p>' . esc_html__( 'Meeting finders now show the meetings of the 12 Step Meeting List plugin.', 'peerkit' ) . '</p></div>';
	}
	if ( peerkit_tsml_active() && $settings['meetings_src'] !== peerkit_tsml_feed_url() ) {
		echo '<div class="notice notice-info inline"><form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"><p>';
		esc_html_e( 'The 12 Step Meeting List plugin runs on this site. peerkit’s meeting finder can show its meetings (its feed: /wp-admin/admin-ajax.php?action=meetings).', 'peerkit' );
		echo ' <input type="hidden" name="action" value="peerkit_use_tsml">';
		wp_nonce_field( 'peerkit_use_tsml' );
		echo '<button type="submit" class="button button-primary">' . esc_html__( 'Use its meetings', 'peerkit' ) . '</button></p></form></div>';
	}
	echo '<form method="post" action="options.php">';
	settings_fields( 'peerkit' );
	do_settings_sections( 'peerkit' );
	submit_button();
	echo '</form>';
	echo '<h2>' . esc_html__( 'Adding the widgets', 'peerkit' ) . '</h2>';
	echo '<p>' . esc_html__( 'In the block editor, search the inserter for “peerkit”. Elsewhere, use a shortcode:', 'peerkit' ) . '</p><ul>';
	foreach ( peerkit_widgets() as $widget ) {
		echo '<li><code>[' . esc_html( $widget['shortcode'] ) . ']</code> — ' . esc_html( $widget['title'] ) . '</li>';
	}
	echo '</ul><p>' . esc_html__( 'Attributes are the widget’s own, e.g. [peer_meeting_finder day="today" attendance="online"].', 'peerkit' ) . '</p></div>';
}
