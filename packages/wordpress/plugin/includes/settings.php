<?php
/**
 * Settings → Lantern: the partner's own contacts and theme, and where the embed's files come from.
 *
 * Contacts and theme are checked on this page by the embed's own rules, in assets/admin.js (built from the SDK's
 * partner-contact schema and the widgets' theme limits), which shows the embed's messages next to each field and
 * keeps the form from saving until they are fixed. PHP checks again on every save, whatever shape was posted: phone
 * numbers with the embed's rule (from data/build.json) and addresses as absolute https; a refused save keeps the
 * saved settings and says why. Text is stored as typed and escaped where it is shown. The embed checks the saved
 * configuration again on every page, reporting any problem in the console and still showing everything else. The
 * Settings API checks the nonce and the manage_options capability on save.
 *
 * @package Lantern
 */

defined( 'ABSPATH' ) || exit;

/** Empty rows offered after the saved contacts. */
const LANTERN_BLANK_CONTACT_ROWS = 2;

/**
 * The saved settings, with defaults.
 *
 * @return array{source: string, cdn_base: string, exit_url: string, contacts: array, theme: array}
 */
function lantern_settings() {
	$saved = get_option( LANTERN_OPTION, array() );
	return array_merge(
		array(
			'source'   => 'self',
			'cdn_base' => '',
			'exit_url' => '',
			'contacts' => array(),
			'theme'    => array(),
		),
		is_array( $saved ) ? $saved : array()
	);
}

/**
 * The embed's configuration (`contacts` and `theme`), or an empty array when the partner set neither.
 *
 * @return array
 */
function lantern_partner_config() {
	$settings = lantern_settings();
	$config   = array();
	if ( $settings['contacts'] ) {
		$config['contacts'] = array_values( $settings['contacts'] );
	}
	if ( $settings['theme'] ) {
		$config['theme'] = $settings['theme'];
	}
	return $config;
}

/** Registers the option with its sanitizer; the option group 'lantern' carries the nonce. */
function lantern_register_settings() {
	register_setting(
		'lantern',
		LANTERN_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'lantern_sanitize_settings',
			'default'           => array(),
		)
	);
}

/** Settings → Lantern, for those who can manage options. */
function lantern_add_settings_page() {
	$hook = add_options_page(
		__( 'Lantern', 'lantern' ),
		__( 'Lantern', 'lantern' ),
		'manage_options',
		'lantern',
		'lantern_render_settings_page'
	);
	add_action(
		'admin_print_scripts-' . $hook,
		static function () {
			wp_enqueue_script( 'lantern-admin', plugins_url( 'assets/admin.js', LANTERN_FILE ), array(), lantern_build()['version'], true );
			wp_enqueue_style( 'lantern-admin', plugins_url( 'assets/admin.css', LANTERN_FILE ), array(), lantern_build()['version'] );
			wp_add_inline_script(
				'lantern-admin',
				'window.lanternAdmin = ' . wp_json_encode(
					array(
						'summary' => __( 'Lantern did not save these settings. Fix the fields marked below; each message is the one the widgets would show.', 'lantern' ),
						'cdnBase' => __( 'Write the CDN address with https://, such as https://cdn.example.org/lantern/.', 'lantern' ),
						'exitUrl' => __( 'Write the quick exit address with https://, such as https://weather.gc.ca/.', 'lantern' ),
					),
					JSON_HEX_TAG | JSON_HEX_AMP
				) . ';',
				'before'
			);
		}
	);
}

/**
 * A link to the settings from the plugin's row on the Plugins page.
 *
 * @param string[] $links The row's links.
 * @return string[]
 */
function lantern_action_links( $links ) {
	$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=lantern' ) ) . '">' . esc_html__( 'Settings', 'lantern' ) . '</a>';
	return $links;
}

/**
 * Keeps the option's shape (the contacts in the embed's JSON form, known theme properties, https addresses) and
 * checks what the embed would refuse. A refused save keeps the saved settings, and the page says why.
 *
 * @param mixed $input What the form posted (already unslashed by options.php), or the saved shape on WordPress's
 *                     second pass for a new option.
 * @return array
 */
function lantern_sanitize_settings( $input ) {
	$input    = is_array( $input ) ? $input : array();
	$build    = lantern_build();
	$problems = array();
	$settings = array(
		'source'   => ( isset( $input['source'] ) && 'cdn' === $input['source'] ) ? 'cdn' : 'self',
		'cdn_base' => '',
		'exit_url' => '',
		'contacts' => array(),
		'theme'    => array(),
	);

	foreach ( array(
		'cdn_base' => __( 'Write the CDN address with https://, such as https://cdn.example.org/lantern/.', 'lantern' ),
		'exit_url' => __( 'Write the quick exit address with https://, such as https://weather.gc.ca/.', 'lantern' ),
	) as $key => $problem ) {
		$written = isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
		if ( '' !== $written ) {
			$settings[ $key ] = lantern_https_url( $written );
			if ( '' === $settings[ $key ] ) {
				$problems[] = $problem;
			}
		}
	}
	if ( 'cdn' === $settings['source'] && '' === $settings['cdn_base'] && ! $problems ) {
		$settings['source'] = 'self';
		add_settings_error( LANTERN_OPTION, 'cdn_base', __( 'Write the CDN address with https://, such as https://cdn.example.org/lantern/.', 'lantern' ) );
	}

	foreach ( ( isset( $input['contacts'] ) && is_array( $input['contacts'] ) ) ? $input['contacts'] : array() as $row ) {
		// Both shapes become the same flat row first, so each goes through the same checks below.
		$row     = array_map( 'lantern_plain_text', lantern_contact_row( $row ) );
		$contact = array();
		$name    = array_filter(
			array(
				'en' => $row['name_en'] ?? '',
				'fr' => $row['name_fr'] ?? '',
			)
		);
		$phone   = $row['phone'] ?? '';
		$web     = $row['web'] ?? '';
		if ( ! $name && '' === $phone && '' === $web ) {
			continue;
		}
		$contact['name'] = $name;
		if ( in_array( $row['role'] ?? '', $build['partnerRoles'], true ) ) {
			$contact['role'] = $row['role'];
		}
		$contact['channels'] = array();
		if ( '' !== $phone ) {
			$problems[]            = lantern_phone_problem( $phone );
			$contact['channels'][] = array(
				'kind'  => 'phone',
				'value' => $phone,
			);
		}
		if ( '' !== $web ) {
			if ( '' === lantern_https_url( $web ) ) {
				/* translators: %s: the address as written. */
				$problems[] = sprintf( __( '“%s” is not a secure web address: start it with https://.', 'lantern' ), esc_html( $web ) );
			}
			$contact['channels'][] = array(
				'kind'  => 'web-form',
				'value' => lantern_https_url( $web ),
			);
		}
		$settings['contacts'][] = $contact;
	}

	foreach ( array_keys( $build['themeDefaults'] ) as $property ) {
		$value = isset( $input['theme'][ $property ] ) && is_scalar( $input['theme'][ $property ] ) ? lantern_plain_text( $input['theme'][ $property ] ) : '';
		if ( '' !== $value ) {
			$settings['theme'][ $property ] = $value;
		}
	}

	$problems = array_filter( $problems );
	if ( $problems ) {
		// The messages are HTML (settings_errors() prints them as they are): what the partner typed is escaped above.
		foreach ( $problems as $index => $problem ) {
			add_settings_error( LANTERN_OPTION, "lantern-$index", $problem );
		}
		return get_option( LANTERN_OPTION, array() );
	}
	return $settings;
}

/**
 * A contact as the form's flat row (name_en, name_fr, role, phone, web), from the form or from the saved shape:
 * WordPress sanitizes a new option twice (update_option, then add_option), so the second pass gets the saved shape.
 *
 * @param mixed $row A posted row, or a saved contact.
 * @return string[]
 */
function lantern_contact_row( $row ) {
	if ( ! is_array( $row ) ) {
		return array();
	}
	if ( ! isset( $row['channels'] ) ) {
		return array_filter( $row, 'is_scalar' );
	}
	$flat = array(
		'name_en' => $row['name']['en'] ?? '',
		'name_fr' => $row['name']['fr'] ?? '',
		'role'    => $row['role'] ?? '',
	);
	foreach ( is_array( $row['channels'] ) ? $row['channels'] : array() as $channel ) {
		if ( isset( $channel['kind'], $channel['value'] ) ) {
			$flat[ 'phone' === $channel['kind'] ? 'phone' : 'web' ] = $channel['value'];
		}
	}
	return array_filter( $flat, 'is_scalar' );
}

/**
 * One labelled text field with the place for its problem, which assets/admin.js fills.
 *
 * @param string $id    The input's id.
 * @param string $name  The input's name.
 * @param string $label The visible label.
 * @param string $value The saved value.
 * @param array  $extra More attributes (type, placeholder, autocomplete…).
 */
function lantern_field( $id, $name, $label, $value, array $extra = array() ) {
	printf( '<p class="lantern-field"><label for="%1$s">%2$s</label> ', esc_attr( $id ), esc_html( $label ) );
	printf(
		'<input id="%1$s" name="%2$s" value="%3$s" class="regular-text" aria-describedby="%1$s-problem"',
		esc_attr( $id ),
		esc_attr( $name ),
		esc_attr( $value )
	);
	foreach ( array_merge( array( 'type' => 'text' ), $extra ) as $attribute => $attribute_value ) {
		printf( ' %s="%s"', esc_attr( $attribute ), esc_attr( $attribute_value ) );
	}
	printf( '><span class="lantern-problem" id="%s-problem"></span></p>', esc_attr( $id ) );
}

/** The settings page. */
function lantern_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = lantern_settings();
	$build    = lantern_build();
	$option   = LANTERN_OPTION;
	$roles    = array(
		'support'     => __( 'Support for people affected', 'lantern' ),
		'tips'        => __( 'Reporting and tips', 'lantern' ),
		'information' => __( 'Information', 'lantern' ),
	);
	$rows     = array_merge( $settings['contacts'], array_fill( 0, LANTERN_BLANK_CONTACT_ROWS, array() ) );
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Lantern', 'lantern' ); ?></h1>
		<p><?php esc_html_e( 'Lantern’s widgets always show 911 and the national hotline. Add your own lines here; they appear after Lantern’s, in every widget that lists contacts.', 'lantern' ); ?></p>
		<div id="lantern-summary" class="notice notice-error" role="alert" hidden></div>
		<?php settings_errors( LANTERN_OPTION ); ?>
		<form method="post" action="options.php" id="lantern-settings" novalidate>
			<?php settings_fields( 'lantern' ); ?>

			<h2><?php esc_html_e( 'Your contacts', 'lantern' ); ?></h2>
			<p><?php esc_html_e( 'Leave a row empty to remove it. Give the name in English and in French if your visitors read both.', 'lantern' ); ?></p>
			<?php foreach ( $rows as $index => $contact ) : ?>
				<?php
				$phone = '';
				$web   = '';
				foreach ( $contact['channels'] ?? array() as $channel ) {
					if ( 'phone' === $channel['kind'] ) {
						$phone = $channel['value'];
					} elseif ( 'web-form' === $channel['kind'] ) {
						$web = $channel['value'];
					}
				}
				$prefix = "lantern-contact-$index";
				$name   = "{$option}[contacts][$index]";
				?>
				<fieldset class="lantern-contact" data-lantern-contact="<?php echo esc_attr( $index ); ?>">
					<legend>
						<?php
						/* translators: %d: the contact's number in the list, from 1. */
						echo esc_html( sprintf( __( 'Contact %d', 'lantern' ), $index + 1 ) );
						?>
					</legend>
					<?php
					lantern_field( "$prefix-name-en", "{$name}[name_en]", __( 'Name in English', 'lantern' ), $contact['name']['en'] ?? '', array( 'data-field' => 'name-en' ) );
					lantern_field( "$prefix-name-fr", "{$name}[name_fr]", __( 'Name in French', 'lantern' ), $contact['name']['fr'] ?? '', array( 'data-field' => 'name-fr', 'lang' => 'fr' ) );
					?>
					<p class="lantern-field">
						<label for="<?php echo esc_attr( "$prefix-role" ); ?>"><?php esc_html_e( 'What it is for', 'lantern' ); ?></label>
						<select id="<?php echo esc_attr( "$prefix-role" ); ?>" name="<?php echo esc_attr( "{$name}[role]" ); ?>" data-field="role">
							<?php foreach ( $roles as $role => $role_label ) : ?>
								<option value="<?php echo esc_attr( $role ); ?>" <?php selected( $contact['role'] ?? 'support', $role ); ?>><?php echo esc_html( $role_label ); ?></option>
							<?php endforeach; ?>
						</select>
					</p>
					<?php
					lantern_field( "$prefix-phone", "{$name}[phone]", __( 'Phone', 'lantern' ), $phone, array( 'type' => 'tel', 'placeholder' => '905-555-0100', 'data-field' => 'phone' ) );
					lantern_field( "$prefix-web", "{$name}[web]", __( 'Web address (https)', 'lantern' ), $web, array( 'type' => 'url', 'placeholder' => 'https://', 'data-field' => 'web' ) );
					?>
				</fieldset>
			<?php endforeach; ?>

			<h2><?php esc_html_e( 'Theme', 'lantern' ); ?></h2>
			<p><?php esc_html_e( 'Colours as hex (#0b4f8a) or rgb(). Lantern keeps every colour pair readable (WCAG AA contrast): a pair that fails is not saved. Leave a field empty for Lantern’s default, shown in grey.', 'lantern' ); ?></p>
			<?php
			foreach ( $build['themeDefaults'] as $property => $default ) {
				lantern_field( 'lantern-theme' . $property, "{$option}[theme][$property]", $property, $settings['theme'][ $property ] ?? '', array( 'placeholder' => $default, 'data-theme' => $property ) );
			}
			?>

			<h2><?php esc_html_e( 'Quick exit', 'lantern' ); ?></h2>
			<p><?php esc_html_e( 'Where every quick exit on the site goes (a click, or Shift pressed three times). Only users who may post unfiltered HTML can give a post its own address; a quick exit added by anyone else goes here.', 'lantern' ); ?></p>
			<?php lantern_field( 'lantern-exit-url', "{$option}[exit_url]", __( 'Quick exit address', 'lantern' ), $settings['exit_url'], array( 'type' => 'url', 'placeholder' => 'https://weather.gc.ca/' ) ); ?>
			<p class="description"><?php esc_html_e( 'An https:// address of a neutral page, such as a weather site. Never a search engine: it may show the visitor’s searches.', 'lantern' ); ?></p>

			<h2><?php esc_html_e( 'Where the files come from', 'lantern' ); ?></h2>
			<fieldset>
				<legend class="screen-reader-text"><?php esc_html_e( 'Where the files come from', 'lantern' ); ?></legend>
				<p><label><input type="radio" name="<?php echo esc_attr( "{$option}[source]" ); ?>" value="self" <?php checked( $settings['source'], 'self' ); ?>>
					<?php esc_html_e( 'This site (recommended): the files inside the plugin; visitors’ browsers contact no one else.', 'lantern' ); ?></label></p>
				<p><label><input type="radio" name="<?php echo esc_attr( "{$option}[source]" ); ?>" value="cdn" <?php checked( $settings['source'], 'cdn' ); ?>>
					<?php
					/* translators: %s: the version number, such as 1.0.0. */
					echo esc_html( sprintf( __( 'Lantern’s CDN, pinned to version %s with its integrity hash.', 'lantern' ), $build['version'] ) );
					?>
				</label></p>
			</fieldset>
			<?php lantern_field( 'lantern-cdn-base', "{$option}[cdn_base]", __( 'CDN address', 'lantern' ), $settings['cdn_base'], array( 'type' => 'url', 'placeholder' => 'https://cdn.example.org/lantern/' ) ); ?>
			<p class="description">
				<?php esc_html_e( 'Integrity hash of embed.js:', 'lantern' ); ?> <code><?php echo esc_html( $build['integrity'] ); ?></code>
			</p>

			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
