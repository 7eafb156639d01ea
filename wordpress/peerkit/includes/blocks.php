<?php
/**
 * One block per widget (blocks/<widget>/block.json), rendered on the server: a post keeps the block
 * comment and its attributes, never raw custom elements, so it survives the editors of users
 * without `unfiltered_html`. The editor script (blocks/editor.js) needs no build step.
 *
 * @package peerkit
 */

defined( 'ABSPATH' ) || exit;

/** Registers the editor script and the four blocks. */
function peerkit_register_blocks() {
	wp_register_script(
		'peerkit-editor',
		plugins_url( 'blocks/editor.js', PEERKIT_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
		PEERKIT_VERSION,
		true
	);
	foreach ( array_keys( peerkit_widgets() ) as $slug ) {
		register_block_type( PEERKIT_DIR . 'blocks/' . $slug, array( 'render_callback' => 'peerkit_render_block' ) );
	}
}
add_action( 'init', 'peerkit_register_blocks' );

/**
 * Renders a block.
 *
 * @param array    $attributes The block's attributes.
 * @param string   $content    Saved content (none: the blocks save nothing but their comment).
 * @param WP_Block $block      The block.
 * @return string
 */
function peerkit_render_block( $attributes, $content = '', $block = null ) {
	$slug    = $block ? substr( $block->name, strlen( 'peerkit/' ) ) : '';
	$widgets = peerkit_widgets();
	if ( ! isset( $widgets[ $slug ] ) ) {
		return '';
	}
	$given = array();
	foreach ( $widgets[ $slug ]['attributes'] as $name => $spec ) {
		$key = peerkit_block_attribute_name( $name );
		if ( isset( $attributes[ $key ] ) && '' !== $attributes[ $key ] && false !== $attributes[ $key ] ) {
			$given[ $name ] = $attributes[ $key ];
		}
	}
	/* translators: %s: the block's title, e.g. "Meeting finder". */
	$where = sprintf( __( 'the “%s” block', 'peerkit' ), $widgets[ $slug ]['title'] );
	return peerkit_render_widget( $slug, $given, array(), $where, get_block_wrapper_attributes( array( 'class' => peerkit_widget_class( $slug ) ) ) );
}

/**
 * The editor: the widgets' attributes and labels for the block controls, and the bundled widgets
 * themselves so the live preview (ServerSideRender) shows them working.
 */
function peerkit_editor_assets() {
	$widgets = array();
	foreach ( peerkit_widgets() as $slug => $widget ) {
		$attributes = array();
		foreach ( $widget['attributes'] as $name => $spec ) {
			$control = array(
				'name'  => peerkit_block_attribute_name( $name ),
				'type'  => $spec['type'],
				'panel' => $spec['panel'],
				'label' => $spec['label'],
				'help'  => isset( $spec['help'] ) ? $spec['help'] : '',
			);
			if ( isset( $spec['options'] ) ) {
				$control['options'] = array();
				foreach ( $spec['options'] as $value => $label ) {
					$option = array(
						'value' => (string) $value,
						'label' => $label,
					);
					if ( 'lang' === $spec['type'] && '' !== (string) $value ) {
						// A language's name is in that language: marked so, a screen reader says it rightly.
						$option['lang'] = (string) $value;
						$option['dir']  = peerkit_language_dir( (string) $value );
					}
					$control['options'][] = $option;
				}
			}
			if ( isset( $spec['min'] ) ) {
				$control['min'] = $spec['min'];
				$control['max'] = $spec['max'];
			}
			$attributes[] = $control;
		}
		$widgets[ 'peerkit/' . $slug ] = $attributes;
	}
	$config = array(
		'blocks' => $widgets,
		'panels' => array(
			array(
				'id'    => 'source',
				'title' => __( 'Source', 'peerkit' ),
			),
			array(
				'id'    => 'filters',
				'title' => __( 'Preset filters', 'peerkit' ),
			),
			array(
				'id'    => 'display',
				'title' => __( 'Display', 'peerkit' ),
			),
			array(
				'id'    => 'advanced',
				'title' => __( 'Advanced', 'peerkit' ),
			),
		),
		'exitLabel'   => __( 'Neutral site (empty: Google)', 'peerkit' ),
		'jsonInvalid' => __( 'This is not valid JSON yet: until it is, the page leaves it out.', 'peerkit' ),
	);
	wp_add_inline_script( 'peerkit-editor', 'window.peerkitEditor = ' . wp_json_encode( $config ) . ';', 'before' );
	wp_enqueue_script( 'peerkit-editor' );
}
add_action( 'enqueue_block_editor_assets', 'peerkit_editor_assets' );

/**
 * Every widget's code in the editor (and in its canvas where that is a frame): peerkit.js defines
 * each element when its tag first appears, so a preview loads only what it shows.
 */
function peerkit_editor_canvas_assets() {
	if ( is_admin() ) {
		wp_enqueue_script( 'peerkit-module-all', peerkit_asset_url( 'peerkit.js' ), array(), PEERKIT_VERSION, true );
	}
}
add_action( 'enqueue_block_assets', 'peerkit_editor_canvas_assets' );
