<?php
/**
 * The four visitor widgets and every attribute a block or shortcode may set on them. Keys are the
 * element's own attribute names (`distance-unit`); a block stores the camelCase form
 * (`distanceUnit`) and a shortcode also accepts the snake_case one (`distance_unit`).
 *
 * Types: url, urls (space-separated), template (a URL with `{placeholders}`), text, json, enum,
 * tokens (space-separated words from a list), bool, int (`clamp`: a number out of range is brought
 * into it, with a note), latlng, lang, langs (language codes), timezone, theme, exit; a json one
 * with `shape` => `type-texts` must be `{code: "text"}` or `{code: {lang: "text"}}`.
 *
 * @package peerkit
 */

defined( 'ABSPATH' ) || exit;

/** The attributes every widget shares (they fall back to Settings → peerkit). */
function peerkit_common_attributes( $with_timezone ) {
	$common = array(
		// A block offers the widgets' languages by their own names; a shortcode may also give a regional tag of one (es-MX).
		'lang'  => array(
			'type'    => 'lang',
			'panel'   => 'display',
			'label'   => __( 'Language', 'peerkit' ),
			'help'    => __( 'Empty: the language chosen in Settings → peerkit, else the site language.', 'peerkit' ),
			'options' => array_merge( array( '' => __( 'As in Settings → peerkit', 'peerkit' ) ), peerkit_languages() ),
		),
		'theme' => array(
			'type'    => 'enum',
			'panel'   => 'display',
			'label'   => __( 'Colours', 'peerkit' ),
			'options' => array(
				''      => __( 'As in Settings → peerkit', 'peerkit' ),
				'auto'  => __( "Follow the visitor's system", 'peerkit' ),
				'light' => __( 'Light', 'peerkit' ),
				'dark'  => __( 'Dark', 'peerkit' ),
			),
		),
	);
	if ( $with_timezone ) {
		$common['timezone'] = array(
			'type'  => 'timezone',
			'panel' => 'source',
			'label' => __( 'Time zone of the feed', 'peerkit' ),
			'help'  => __( 'For feeds that name no time zone, e.g. America/Chicago. Empty: as in Settings → peerkit.', 'peerkit' ),
		);
	}
	return $common;
}

/** Every widget: its tag, shortcode, block, title and attributes. */
function peerkit_widgets() {
	$distance_unit = array(
		'type'    => 'enum',
		'panel'   => 'filters',
		'label'   => __( 'Distance unit', 'peerkit' ),
		'options' => array(
			''   => __( 'Miles', 'peerkit' ),
			'km' => __( 'Kilometres', 'peerkit' ),
		),
	);
	$near          = array(
		'type'  => 'latlng',
		'panel' => 'filters',
		'label' => __( 'Sort by distance from (latitude,longitude)', 'peerkit' ),
		'help'  => __( 'For example 39.78,-89.65.', 'peerkit' ),
	);
	$radius        = array(
		'type'  => 'int',
		'panel' => 'filters',
		'min'   => 1,
		'max'   => 500,
		'label' => __( 'Only within this distance', 'peerkit' ),
	);
	$sync_url      = array(
		'type'  => 'bool',
		'panel' => 'display',
		'label' => __( 'Keep the filters in the page address', 'peerkit' ),
		'help'  => __( 'So a search can be shared as a link.', 'peerkit' ),
	);
	$api           = array(
		'type'  => 'url',
		'panel' => 'source',
		'label' => __( 'peerkit server URL', 'peerkit' ),
		'help'  => __( 'Empty: the one in Settings → peerkit.', 'peerkit' ),
	);
	$geocoder      = array(
		'type'  => 'template',
		'panel' => 'advanced',
		'label' => __( 'Place search service (URL with {query})', 'peerkit' ),
		'help'  => __( 'A Nominatim-style geocoder. Off when empty: no other server is asked.', 'peerkit' ),
	);

	return array(
		'meeting-finder'     => array(
			'tag'        => 'peer-meeting-finder',
			'shortcode'  => 'peer_meeting_finder',
			'title'      => __( 'Meeting finder', 'peerkit' ),
			'setting'    => array(
				'src'    => 'meetings_src',
				'format' => 'meetings_format',
			),
			'attributes' => array_merge(
				array(
					'src'           => array(
						'type'  => 'urls',
						'panel' => 'source',
						'label' => __( 'Meeting feed URL(s)', 'peerkit' ),
						'help'  => __( 'Meeting Guide JSON feeds (several separated by spaces) or a BMLT server. Empty: the default from Settings → peerkit.', 'peerkit' ),
					),
					'format'        => array(
						'type'    => 'enum',
						'panel'   => 'source',
						'label'   => __( 'Feed format', 'peerkit' ),
						'options' => array(
							''              => __( 'As in Settings → peerkit', 'peerkit' ),
							'auto'          => __( 'Detect', 'peerkit' ),
							'meeting-guide' => __( 'Meeting Guide JSON', 'peerkit' ),
							'bmlt'          => __( 'BMLT server', 'peerkit' ),
						),
					),
					'day'           => array(
						'type'   => 'tokens',
						'panel'  => 'filters',
						'tokens' => array( 'today', 'tomorrow', '0', '1', '2', '3', '4', '5', '6' ),
						'label'  => __( 'Days', 'peerkit' ),
						'help'   => __( 'today, tomorrow, or 0 (Sunday) to 6 (Saturday), separated by spaces.', 'peerkit' ),
					),
					'time'          => array(
						'type'   => 'tokens',
						'panel'  => 'filters',
						'tokens' => array( 'morning', 'midday', 'evening', 'night' ),
						'label'  => __( 'Times of day', 'peerkit' ),
						'help'   => __( 'morning, midday, evening or night, separated by spaces.', 'peerkit' ),
					),
					'attendance'    => array(
						'type'    => 'enum',
						'panel'   => 'filters',
						'label'   => __( 'Attendance', 'peerkit' ),
						'options' => array(
							''          => __( 'Any', 'peerkit' ),
							'in-person' => __( 'In person', 'peerkit' ),
							'online'    => __( 'Online', 'peerkit' ),
							'hybrid'    => __( 'Hybrid', 'peerkit' ),
						),
					),
					'types'         => array(
						'type'  => 'text',
						'panel' => 'filters',
						'label' => __( 'Meeting types', 'peerkit' ),
						'help'  => __( 'Type codes that must all be present, e.g. "O -C" (open, not closed).', 'peerkit' ),
					),
					'region'        => array(
						'type'  => 'text',
						'panel' => 'filters',
						'label' => __( 'Area', 'peerkit' ),
					),
					'query'         => array(
						'type'  => 'text',
						'panel' => 'filters',
						'label' => __( 'Search words', 'peerkit' ),
					),
					'near'          => $near,
					'radius'        => $radius,
					'distance-unit' => $distance_unit,
					'view'          => array(
						'type'    => 'enum',
						'panel'   => 'display',
						'label'   => __( 'Show first', 'peerkit' ),
						'options' => array(
							''    => __( 'List', 'peerkit' ),
							'map' => __( 'Map', 'peerkit' ),
						),
					),
					'sync-url'      => $sync_url,
					'favourites'    => array(
						'type'  => 'bool',
						'panel' => 'display',
						'label' => __( "Only the visitor's starred meetings", 'peerkit' ),
					),
					'heading-level' => array(
						'type'  => 'int',
						'panel' => 'display',
						'min'   => 2,
						'max'   => 6,
						'label' => __( 'Heading level of meeting names (2–6)', 'peerkit' ),
						'help'  => __( 'Default 2: right under the page title. Use 3 under a heading of your own.', 'peerkit' ),
						'default' => '2',
					),
					'no-controls'       => array(
						'type'  => 'bool',
						'panel' => 'display',
						'label' => __( 'Only the list: no search box or filters', 'peerkit' ),
						'help'  => __( 'A fixed list for a page, e.g. your Spanish meetings: choose them with the preset filters.', 'peerkit' ),
					),
					'upcoming'          => array(
						'type'  => 'bool',
						'panel' => 'display',
						'label' => __( 'Only meetings that have not started yet, soonest first', 'peerkit' ),
						'help'  => __( 'With a number of meetings: "the next 5 meetings".', 'peerkit' ),
					),
					'limit'             => array(
						'type'  => 'int',
						'clamp' => true,
						'panel' => 'display',
						'min'   => 1,
						'max'   => 500,
						'label' => __( 'Show at most this many meetings', 'peerkit' ),
						'help'  => __( 'Empty: every meeting.', 'peerkit' ),
					),
					'compact'           => array(
						'type'  => 'bool',
						'panel' => 'display',
						'label' => __( 'Compact rows, for a sidebar', 'peerkit' ),
					),
					'languages'         => array(
						'type'  => 'langs',
						'panel' => 'filters',
						'label' => __( 'Meeting languages', 'peerkit' ),
						'help'  => __( 'Only meetings in these languages, as codes separated by spaces, e.g. "es fr ase" (ase: American Sign Language).', 'peerkit' ),
					),
					'keep-duplicates'   => array(
						'type'  => 'bool',
						'panel' => 'source',
						'label' => __( 'Keep meetings that several feeds list', 'peerkit' ),
						'help'  => __( 'Off: a meeting listed by two feeds (same name, day, time and place) is shown once.', 'peerkit' ),
					),
					'type-names'        => array(
						'type'  => 'json',
						'shape' => 'type-texts',
						'panel' => 'advanced',
						'label' => __( 'Meeting type names (JSON)', 'peerkit' ),
						'help'  => __( 'Your own codes or names, per language: {"LGBTQ": {"en": "LGBTQ+", "es": "LGBTQ+"}}.', 'peerkit' ),
					),
					'type-descriptions' => array(
						'type'  => 'json',
						'shape' => 'type-texts',
						'panel' => 'advanced',
						'label' => __( 'What the meeting types mean (JSON)', 'peerkit' ),
						'help'  => __( 'Shown to newcomers, per language: {"O": {"en": "Anyone may attend."}}.', 'peerkit' ),
					),
					'tile-url'      => array(
						'type'  => 'template',
						'panel' => 'advanced',
						'label' => __( 'Map tiles (URL with {z}/{x}/{y})', 'peerkit' ),
						'help'  => __( 'Default: OpenStreetMap, asked only when a visitor opens the map.', 'peerkit' ),
					),
					'geocoder'      => $geocoder,
				),
				peerkit_common_attributes( true )
			),
		),
		'resource-directory' => array(
			'tag'        => 'peer-resource-directory',
			'shortcode'  => 'peer_resource_directory',
			'title'      => __( 'Resource directory', 'peerkit' ),
			'setting'    => array(
				'src'    => 'directory_src',
				'format' => 'directory_format',
			),
			'attributes' => array_merge(
				array(
					'src'          => array(
						'type'  => 'url',
						'panel' => 'source',
						'label' => __( 'Directory URL', 'peerkit' ),
						'help'  => __( 'An Open Referral HSDS API or a JSON file of services. Empty: the default from Settings → peerkit.', 'peerkit' ),
					),
					'format'       => array(
						'type'    => 'enum',
						'panel'   => 'source',
						'label'   => __( 'Directory format', 'peerkit' ),
						'options' => array(
							''     => __( 'As in Settings → peerkit', 'peerkit' ),
							'hsds' => __( 'HSDS API', 'peerkit' ),
							'json' => __( 'JSON file', 'peerkit' ),
						),
					),
					'query'        => array(
						'type'  => 'text',
						'panel' => 'filters',
						'label' => __( 'Search words', 'peerkit' ),
					),
					'category'     => array(
						'type'  => 'text',
						'panel' => 'filters',
						'label' => __( 'Category', 'peerkit' ),
					),
					'language'     => array(
						'type'  => 'text',
						'panel' => 'filters',
						'label' => __( 'Only services offered in this language', 'peerkit' ),
					),
					'cost'         => array(
						'type'    => 'enum',
						'panel'   => 'filters',
						'label'   => __( 'Cost', 'peerkit' ),
						'options' => array(
							''     => __( 'Any', 'peerkit' ),
							'free' => __( 'Free only', 'peerkit' ),
						),
					),
					'open-now'     => array(
						'type'  => 'bool',
						'panel' => 'filters',
						'label' => __( 'Only services open now', 'peerkit' ),
					),
					'near'         => $near,
					'radius'       => $radius,
					'distance-unit' => $distance_unit,
					'quick-exit'   => array(
						'type'  => 'exit',
						'panel' => 'display',
						'label' => __( 'Quick exit button', 'peerkit' ),
						'help'  => __( 'The address of a neutral site to leave to (empty: Google).', 'peerkit' ),
					),
					'crisis-row'   => array(
						'type'  => 'bool',
						'panel' => 'display',
						'label' => __( 'Show crisis lines above the results', 'peerkit' ),
					),
					'sync-url'     => $sync_url,
					'feedback-url' => array(
						'type'      => 'url',
						'protocols' => array( 'https', 'http', 'mailto' ),
						'panel'     => 'advanced',
						'label'     => __( 'Where error reports go (URL or mailto:)', 'peerkit' ),
					),
					'geocoder'     => $geocoder,
					'categories'   => array(
						'type'  => 'json',
						'panel' => 'advanced',
						'label' => __( 'Category list (JSON)', 'peerkit' ),
					),
					'crisis-lines' => array(
						'type'  => 'json',
						'panel' => 'advanced',
						'label' => __( 'Crisis lines (JSON)', 'peerkit' ),
					),
				),
				peerkit_common_attributes( true )
			),
		),
		'question-box'       => array(
			'tag'        => 'peer-question-box',
			'shortcode'  => 'peer_question_box',
			'title'      => __( 'Question box', 'peerkit' ),
			'setting'    => array(),
			'attributes' => array_merge(
				array(
					'api'            => $api,
					'topic'          => array(
						'type'  => 'text',
						'panel' => 'source',
						'label' => __( 'Topic of every question asked here', 'peerkit' ),
					),
					'topics'         => array(
						'type'  => 'text',
						'panel' => 'source',
						'label' => __( 'Topics to choose from (comma-separated)', 'peerkit' ),
					),
					'crisis-region'  => array(
						'type'  => 'text',
						'panel' => 'display',
						'label' => __( 'Crisis lines region', 'peerkit' ),
						'help'  => __( 'Which crisis lines to show when a question suggests a crisis (default: us).', 'peerkit' ),
					),
					'no-public-list' => array(
						'type'  => 'bool',
						'panel' => 'display',
						'label' => __( 'Hide the published questions and answers', 'peerkit' ),
					),
				),
				peerkit_common_attributes( false )
			),
		),
		'story-carousel'     => array(
			'tag'        => 'peer-story-carousel',
			'shortcode'  => 'peer_story_carousel',
			'title'      => __( 'Story carousel', 'peerkit' ),
			'setting'    => array(),
			'attributes' => array_merge(
				array(
					'api'       => $api,
					'src'       => array(
						'type'  => 'url',
						'panel' => 'source',
						'label' => __( 'Stories JSON file (instead of the server)', 'peerkit' ),
					),
					'layout'    => array(
						'type'    => 'enum',
						'panel'   => 'display',
						'label'   => __( 'Layout', 'peerkit' ),
						'options' => array(
							''     => __( 'Carousel', 'peerkit' ),
							'list' => __( 'List', 'peerkit' ),
						),
					),
					'autoplay'  => array(
						'type'  => 'bool',
						'panel' => 'display',
						'label' => __( 'Rotate automatically', 'peerkit' ),
						'help'  => __( 'Never while the visitor prefers reduced motion; stops for good when focus enters.', 'peerkit' ),
					),
					'interval'  => array(
						'type'  => 'int',
						'panel' => 'display',
						'min'   => 3,
						'max'   => 60,
						'label' => __( 'Seconds per story', 'peerkit' ),
					),
					'no-submit' => array(
						'type'  => 'bool',
						'panel' => 'display',
						'label' => __( 'Hide "Share your story"', 'peerkit' ),
					),
					'heading-level' => array(
						'type'  => 'int',
						'clamp' => true,
						'panel' => 'display',
						'min'   => 2,
						'max'   => 6,
						'label' => __( 'Heading level of story titles (2–6)', 'peerkit' ),
						'help'  => __( 'Default 3, under a heading the carousel adds. Use 4 under a heading of your own at level 2.', 'peerkit' ),
					),
				),
				peerkit_common_attributes( false )
			),
		),
	);
}

/** `distance-unit` → `distanceUnit`: the block attribute holding an element attribute. */
function peerkit_block_attribute_name( $attribute ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $attribute ) ) ) );
}
